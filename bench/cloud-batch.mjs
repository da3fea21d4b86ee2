#!/usr/bin/env node
/**
 * Batch regeneration: `postcloud cloud --all <folder> --force` against the classic pipeline
 * (jieba + amueller's wordcloud, bench/reference_cloud_batch.py), on the same 40 posts.
 *
 *   npm run build && node bench/cloud-batch.mjs [--runs 3] [--posts 40]
 *
 * Builds (once, deterministically) a Jekyll folder in bench/.cloud-corpus/ from the sample
 * posts: each post takes one sample's paragraphs in a seeded shuffle plus two prose paragraphs
 * borrowed from another sample, with its own title and date, and without the sample's word cloud
 * section (so every post gets its own cloud). Each run works on a fresh copy of that folder in a
 * temp folder (postcloud writes the images and links into the posts). After a warm-up on one
 * post, the two tools take turns `runs` times (so both see the same machine load); the medians
 * of the whole command's wall time (process start to exit, start-up and dictionary loads
 * included) are compared. Target: 5x. Exit code 1 on FAIL, 2 when the reference or the build is
 * missing.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { parseArgs } from 'node:util'
import {
  lastJson,
  machine,
  missingBuild,
  missingReference,
  postcloudArgv,
  python,
  root,
  run,
  skip
} from './cloud-bench-common.mjs'
import { splitPost } from './post-blocks.mjs'
import { seededRandom } from './seeded-random.mjs'
import { median } from './stats.mjs'

const corpusDir = join(root, 'bench', '.cloud-corpus')
const targetRatio = 5

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, posts: { type: 'string', default: '40' } }
})
const runs = Math.max(1, Number(values.runs))
const postCount = Math.max(1, Number(values.posts))

const missing = missingReference() ?? missingBuild()
if (missing) skip(missing)

/** A sample's front matter and body blocks, without its cloud section. */
function split(post) {
  const { frontMatter, blocks } = splitPost(post)
  // The sample's own cloud section would make every post derived from it share one image.
  const kept = blocks.filter((b) => !/^## 词云分析\s*$/.test(b.trim()) && !/^!\[词云图\]/.test(b))
  return { frontMatter, blocks: kept }
}

const isProse = (block) => !/^\s*(#|```|~~~|\||- |\d+\. |>)/.test(block)

function shuffle(items, random) {
  const shuffled = [...items]
  for (let j = shuffled.length - 1; j > 0; j--) {
    const k = Math.floor(random() * (j + 1))
    ;[shuffled[j], shuffled[k]] = [shuffled[k], shuffled[j]]
  }
  return shuffled
}

function buildCorpus() {
  const folder = join(root, 'resources', 'sample-posts', '_posts')
  const samples = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => split(readFileSync(join(folder, name), 'utf8')))
  const stamp = join(corpusDir, '.stamp')
  const signature = JSON.stringify({ postCount, samples })
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === signature) return
  rmSync(corpusDir, { recursive: true, force: true })
  mkdirSync(join(corpusDir, '_posts'), { recursive: true })
  writeFileSync(join(corpusDir, '_config.yml'), 'title: Postcloud word cloud benchmark\n')
  const random = seededRandom(20251202)
  const start = Date.UTC(2024, 0, 1)
  for (let i = 0; i < postCount; i++) {
    const own = samples[i % samples.length]
    const other = samples[(i + 1 + Math.floor(i / samples.length)) % samples.length]
    const borrowed = shuffle(other.blocks.filter(isProse), random).slice(0, 2)
    const blocks = shuffle([...own.blocks, ...borrowed], random)
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10)
    const head = own.frontMatter
      .replace(/^title: .*$/m, `title: "云图基准第 ${i + 1} 期"`)
      .replace(/^(date|posttime): .*$/gm, `$1: "${date} 09:00:00 +0800"`)
    writeFileSync(
      join(corpusDir, '_posts', `${date}-cloud-${String(i + 1).padStart(2, '0')}.md`),
      `---\n${head}\n---\n\n${blocks.join('\n\n')}\n`
    )
  }
  writeFileSync(stamp, signature)
}

function jpegsUnder(folder) {
  if (!existsSync(folder)) return 0
  return readdirSync(folder, { recursive: true }).filter((name) => /\.jpe?g$/i.test(name)).length
}

/**
 * Runs one tool on a fresh copy of the corpus (only its first post when `firstOnly`, for the
 * warm-up); returns the wall time, what it printed and how many images it wrote.
 */
function runOn(tool, firstOnly = false) {
  const work = mkdtempSync(join(tmpdir(), 'postcloud-cloud-batch-'))
  try {
    const site = join(work, 'site')
    const first = join(corpusDir, '_posts', readdirSync(join(corpusDir, '_posts')).sort()[0])
    const keep = (path) =>
      !path.endsWith('.stamp') &&
      (!firstOnly || !path.startsWith(join(corpusDir, '_posts') + sep) || path === first)
    cpSync(corpusDir, site, { recursive: true, filter: keep })
    const out = join(work, 'reference-out')
    const before = jpegsUnder(site)
    const { wallMs, stdout } = run(tool.argv(site, out))
    // postcloud writes into the site, the reference into its own folder.
    return { wallMs, json: lastJson(stdout), images: jpegsUnder(site) - before + jpegsUnder(out) }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const tools = {
  reference: {
    argv: (site, out) => [python, join(root, 'bench', 'reference_cloud_batch.py'), site, out],
    inProcessMs: (json) => json.seconds * 1000
  },
  postcloud: {
    argv: (site) => [...postcloudArgv, 'cloud', '--all', site, '--force', '--json'],
    inProcessMs: (json) => (typeof json.ms === 'number' ? json.ms : undefined)
  }
}

buildCorpus()
const files = readdirSync(join(corpusDir, '_posts'))
const bytes = files.reduce(
  (sum, name) => sum + readFileSync(join(corpusDir, '_posts', name)).length,
  0
)
console.log(`corpus: ${files.length} posts, ${(bytes / 1e3).toFixed(0)} kB in ${corpusDir}`)
for (const [name, tool] of Object.entries(tools))
  console.log(`${name}: ${tool.argv('<copy>', '<out>').join(' ')}`)
console.log(`machine: ${machine()}`)

// Warm-up on one post: the OS file cache, jieba's dictionary cache in /tmp.
for (const tool of Object.values(tools)) runOn(tool, true)
// The tools take turns, so a change in the machine's load hits both alike.
const samples = { reference: [], postcloud: [] }
for (let i = 0; i < runs; i++) {
  for (const [name, tool] of Object.entries(tools)) samples[name].push(runOn(tool))
}
const summary = {}
for (const [name, tool] of Object.entries(tools)) {
  const done = samples[name]
  const inProcess = done.map((s) => tool.inProcessMs(s.json)).filter((ms) => ms !== undefined)
  summary[name] = {
    wallMs: median(done.map((s) => s.wallMs)),
    inProcessMs: inProcess.length ? median(inProcess) : undefined,
    walls: done.map((s) => Math.round(s.wallMs)),
    images: done.map((s) => s.images),
    last: done.at(-1).json
  }
  const s = summary[name]
  console.log(
    `\n${name}: wall median ${(s.wallMs / 1000).toFixed(2)} s (runs ${s.walls.join(', ')} ms), ` +
      `${(s.wallMs / files.length).toFixed(0)} ms a post` +
      (s.inProcessMs !== undefined ? `, in-process ${(s.inProcessMs / 1000).toFixed(2)} s` : '') +
      `; images written per run: ${s.images.join(', ')}`
  )
}
console.log(`  postcloud's summary: ${JSON.stringify(summary.postcloud.last)}`)

const ratio = summary.reference.wallMs / summary.postcloud.wallMs
const complete = Object.values(summary).every((s) => s.images.every((n) => n === files.length))
const pairs = summary.reference.walls.map((ms, i) => (ms / summary.postcloud.walls[i]).toFixed(2))
console.log(
  `\nspeed ratio postcloud / reference (wall): ${ratio.toFixed(2)}x (run by run: ${pairs.join(', ')})`
)
console.log(`machine at the end: ${machine()}`)
if (!complete) console.log(`FAIL: not every run wrote ${files.length} images (see above)`)
const pass = complete && ratio >= targetRatio
console.log(
  `${pass ? 'PASS' : 'FAIL'}: ${ratio.toFixed(2)}x on wall time against the ${targetRatio}x target`
)
mkdirSync(join(root, 'bench', '.results'), { recursive: true })
writeFileSync(
  join(root, 'bench', '.results', 'cloud-batch.json'),
  JSON.stringify({ posts: files.length, bytes, runs, summary, ratio, pass }, null, 2) + '\n'
)
if (!pass) process.exitCode = 1
