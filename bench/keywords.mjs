#!/usr/bin/env node
/**
 * keywords on a 5 MB corpus: `postcloud keywords <corpus> --json` against Debian's python3-jieba.
 *
 *   npm run build && node bench/keywords.mjs [--mb 5] [--runs 3]
 *
 * Builds (once, deterministically) a Jekyll folder of Chinese report posts in bench/.corpus/ from
 * resources/sample-posts/_posts/*.md: paragraphs shuffled with a seeded RNG (fenced code kept
 * whole), titles and dates varied, until the corpus reaches the size asked for. Then runs each
 * tool once to warm caches (jieba writes its dictionary cache to /tmp on first use), then `runs`
 * times, and compares medians of the whole command's wall time (what a user feels) and of the time
 * each tool measures inside its process. Peak RSS comes from /usr/bin/time -v when present.
 *
 * POSTCLOUD_CMD overrides the postcloud command; `{corpus}` is replaced by the corpus folder and
 * the command is split on whitespace (no shell). Default: `node bin/postcloud.js keywords {corpus} --json`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { splitPost } from './post-blocks.mjs'
import { seededRandom } from './seeded-random.mjs'
import { median } from './stats.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpusDir = join(root, 'bench', '.corpus')
const targetRatio = 4
const MiB = 1024 * 1024

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '5' }, runs: { type: 'string', default: '3' } }
})
const targetBytes = Math.ceil(Number(values.mb) * MiB)
const runs = Math.max(1, Number(values.runs))

function sources() {
  for (const dir of ['resources/sample-posts/_posts', 'tests/fixtures/analysis']) {
    const full = join(root, dir)
    if (!existsSync(full)) continue
    const files = readdirSync(full)
      .filter((name) => name.endsWith('.md'))
      .sort()
    if (files.length > 0) return files.map((name) => readFileSync(join(full, name), 'utf8'))
  }
  throw new Error('no source posts found')
}

function buildCorpus() {
  const stamp = join(corpusDir, '.stamp')
  const posts = sources().map(splitPost)
  const signature = JSON.stringify({
    targetBytes,
    sizes: posts.map((p) => p.blocks.join('').length)
  })
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === signature) return
  rmSync(corpusDir, { recursive: true, force: true })
  mkdirSync(join(corpusDir, '_posts'), { recursive: true })
  writeFileSync(join(corpusDir, '_config.yml'), 'title: Postcloud keywords benchmark\n')
  const random = seededRandom(20251111)
  const start = Date.UTC(2023, 0, 1)
  let bytes = 0
  for (let i = 0; bytes < targetBytes; i++) {
    const { frontMatter, blocks } = posts[i % posts.length]
    const shuffled = [...blocks]
    for (let j = shuffled.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1))
      ;[shuffled[j], shuffled[k]] = [shuffled[k], shuffled[j]]
    }
    const day = new Date(start + i * 86_400_000 + Math.floor(random() * 86_400_000))
    const date = day.toISOString().slice(0, 10)
    const head = frontMatter
      .replace(/^title: .*$/m, `title: "第 ${i + 1} 期报告"`)
      .replace(/^(date|posttime): .*$/gm, `$1: "${date} 09:00:00 +0800"`)
    const text = `---\n${head}\n---\n\n${shuffled.join('\n\n')}\n`
    writeFileSync(
      join(corpusDir, '_posts', `${date}-report-${String(i + 1).padStart(4, '0')}.md`),
      text
    )
    bytes += Buffer.byteLength(text)
  }
  writeFileSync(stamp, signature)
}

function corpusBytes() {
  const dir = join(corpusDir, '_posts')
  return readdirSync(dir).reduce((sum, name) => sum + readFileSync(join(dir, name)).length, 0)
}

const hasTime = existsSync('/usr/bin/time')

/** Runs argv, returning wall ms, parsed stdout JSON and peak RSS in MB (if measurable). */
function run(argv) {
  const command = hasTime ? ['/usr/bin/time', '-v', ...argv] : argv
  const started = process.hrtime.bigint()
  const child = spawnSync(command[0], command.slice(1), {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * MiB
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  if (child.status !== 0) {
    throw new Error(`${argv.join(' ')} failed (${child.status}):\n${child.stderr.slice(-2000)}`)
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? '')
  return { wallMs, json: JSON.parse(child.stdout), rssMB: rss ? Number(rss[1]) / 1024 : undefined }
}

const tools = {
  reference: {
    argv: ['/usr/bin/python3', join('bench', 'reference_keywords.py'), corpusDir],
    inProcessMs: (json) => json.seconds * 1000,
    top: (json) =>
      json.top
        .filter(([word]) => word.trim().length > 1)
        .slice(0, 8)
        .map(([w]) => w)
  },
  postcloud: {
    argv: (process.env.POSTCLOUD_CMD ?? 'node bin/postcloud.js keywords {corpus} --json')
      .trim()
      .split(/\s+/)
      .map((part) => part.replaceAll('{corpus}', corpusDir)),
    inProcessMs: (json) => json.ms,
    top: (json) => json.words.slice(0, 8).map((w) => w.word)
  }
}

buildCorpus()
const bytes = corpusBytes()
const files = readdirSync(join(corpusDir, '_posts')).length
console.log(
  `corpus: ${files} posts, ${(bytes / 1e6).toFixed(2)} MB (${(bytes / MiB).toFixed(2)} MiB) in ${corpusDir}`
)
console.log(`postcloud: ${tools.postcloud.argv.join(' ')}`)
console.log(`reference: ${tools.reference.argv.join(' ')}`)
console.log(
  `machine: ${process.platform} ${process.arch}, node ${process.version}, ${(await import('node:os')).availableParallelism()} cores`
)

const summary = {}
for (const [name, tool] of Object.entries(tools)) {
  run(tool.argv) // warm-up: OS file cache, jieba's /tmp dictionary cache
  const samples = Array.from({ length: runs }, () => run(tool.argv))
  const last = samples.at(-1).json
  summary[name] = {
    wallMs: median(samples.map((s) => s.wallMs)),
    inProcessMs: median(samples.map((s) => tool.inProcessMs(s.json))),
    rssMB: hasTime ? median(samples.map((s) => s.rssMB)) : undefined,
    walls: samples.map((s) => Math.round(s.wallMs))
  }
  const s = summary[name]
  console.log(
    `\n${name}: wall median ${s.wallMs.toFixed(0)} ms (runs ${s.walls.join(', ')}), ` +
      `in-process ${s.inProcessMs.toFixed(0)} ms, ${(bytes / 1e6 / (s.wallMs / 1000)).toFixed(2)} MB/s` +
      (s.rssMB ? `, peak RSS ${s.rssMB.toFixed(0)} MB` : '')
  )
  console.log(`  top words: ${tool.top(last).join(' ')}`)
}

const wallRatio = summary.reference.wallMs / summary.postcloud.wallMs
const inProcessRatio = summary.reference.inProcessMs / summary.postcloud.inProcessMs
console.log(`\nspeed ratio postcloud / reference (wall):       ${wallRatio.toFixed(2)}x`)
console.log(`speed ratio postcloud / reference (in-process): ${inProcessRatio.toFixed(2)}x`)
const pass = wallRatio >= targetRatio
console.log(
  `${pass ? 'PASS' : 'FAIL'}: ${wallRatio.toFixed(2)}x on wall time against the ${targetRatio}x target`
)
mkdirSync(join(root, 'bench', '.results'), { recursive: true })
writeFileSync(
  join(root, 'bench', '.results', 'keywords.json'),
  JSON.stringify({ bytes, files, runs, summary, wallRatio, inProcessRatio, pass }, null, 2) + '\n'
)
if (!pass) process.exitCode = 1
