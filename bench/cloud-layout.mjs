#!/usr/bin/env node
/**
 * Cloud layout + JPEG encoding: `postcloud cloud <post> --json` against amueller's wordcloud.
 *
 *   npm run build && node bench/cloud-layout.mjs [--runs 5] [--seed 7]
 *
 * Word lists: `postcloud keywords <post> --top 200 --json` for the sample posts in
 * resources/sample-posts/_posts and tests/fixtures/cloud/report-3000.md (when present). For each
 * post and each of `runs` seeds (seed, seed + 1, ...):
 * - reference: bench/reference_cloud.py (Debian python3-wordcloud), one python process per post
 *   (taking turns with postcloud, so both see the same machine load) after one untimed draw:
 *   `WordCloud(width=1200, height=800, max_words=200, collocations=False, font_path=Noto CJK,
 *   random_state=seed).generate_from_frequencies(counts)` + `to_file(jpg)`, timed inside
 *   python; `placed` = len(layout_), `inked` = share of pixels unlike the background.
 * - postcloud: `postcloud cloud <copy of the post in a temp folder> --width 1200 --height 800
 *   --max-words 200 --seed S --json --out <temp>/cloud.jpg`, one process per run; its `ms`
 *   (layout + paint + JPEG encode inside the process), `placed` and `inked`.
 * Medians over the seeds are compared. Targets: at least 5x faster (sum of the per-post medians),
 * inked share at least 0.90 of the reference's on every post, and at least 95% of the requested
 * words placed on every run. Exit code 1 on FAIL, 2 when the reference or the build is missing.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  lastJson,
  machine,
  missingBuild,
  missingReference,
  notoFont,
  postcloudArgv,
  python,
  root,
  run,
  skip
} from './cloud-bench-common.mjs'
import { median } from './stats.mjs'

const width = 1200
const height = 800
const maxWords = 200
const targets = { speed: 5, inked: 0.9, placed: 0.95 }

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '7' } }
})
const runs = Math.max(1, Number(values.runs))
const seeds = Array.from({ length: runs }, (_, i) => Number(values.seed) + i)

const missing = missingReference() ?? missingBuild()
if (missing) skip(missing)

function benchPosts() {
  const samples = join(root, 'resources', 'sample-posts', '_posts')
  const posts = readdirSync(samples)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(samples, name))
  const report = join(root, 'tests', 'fixtures', 'cloud', 'report-3000.md')
  if (existsSync(report)) posts.push(report)
  return posts.map((path) => ({ path, name: basename(path, '.md') }))
}

function wordCounts(path) {
  const { stdout } = run([...postcloudArgv, 'keywords', path, '--top', String(maxWords), '--json'])
  return lastJson(stdout).words.map((w) => [w.word, w.count])
}

/**
 * The reference on one post, all seeds in one python process (its clock excludes the start-up).
 * One process per post lets the two tools take turns, so both see the same machine load.
 */
function runReference(post) {
  const work = mkdtempSync(join(tmpdir(), 'postcloud-cloud-reference-'))
  try {
    const job = join(work, 'job.json')
    writeFileSync(
      job,
      JSON.stringify({
        width,
        height,
        max_words: maxWords,
        font: notoFont,
        out_dir: join(work, 'out'),
        posts: [{ name: post.name, counts: post.counts, seeds }]
      })
    )
    const { stdout } = run([python, join(root, 'bench', 'reference_cloud.py'), job])
    return lastJson(stdout).posts[0]
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** One `postcloud cloud` run on a fresh copy of the post, so the original is never touched. */
function runPostcloud(post, seed) {
  const folder = mkdtempSync(join(tmpdir(), 'postcloud-cloud-bench-'))
  try {
    const copy = join(folder, basename(post.path))
    copyFileSync(post.path, copy)
    const { wallMs, stdout } = run([
      ...postcloudArgv,
      'cloud',
      copy,
      '--width',
      String(width),
      '--height',
      String(height),
      '--max-words',
      String(maxWords),
      '--seed',
      String(seed),
      '--json',
      '--out',
      join(folder, 'cloud.jpg')
    ])
    const json = lastJson(stdout)
    return { ...json, wallMs }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

function pad(text, size) {
  return String(text).padStart(size)
}

const posts = benchPosts().map((post) => ({ ...post, counts: wordCounts(post.path) }))
console.log(`posts: ${posts.map((p) => `${p.name} (${p.counts.length} words)`).join(', ')}`)
console.log(`canvas ${width}x${height}, max ${maxWords} words, seeds ${seeds.join(', ')}`)
console.log(`machine: ${machine()}`)

runPostcloud(posts[0], seeds[0]) // warm-up: OS file cache for node, the bundle and the font

const rows = posts.map((post) => {
  const ref = runReference(post)
  const ours = seeds.map((seed) => runPostcloud(post, seed))
  const row = {
    name: post.name,
    requested: { reference: ref.requested, postcloud: ours[0].requested },
    reference: {
      ms: median(ref.runs.map((r) => r.ms)),
      inked: median(ref.runs.map((r) => r.inked)),
      placed: Math.min(...ref.runs.map((r) => r.placed))
    },
    postcloud: {
      ms: median(ours.map((r) => r.ms)),
      wallMs: median(ours.map((r) => r.wallMs)),
      inked: median(ours.map((r) => r.inked)),
      placed: Math.min(...ours.map((r) => r.placed))
    },
    runs: { reference: ref.runs, postcloud: ours }
  }
  row.speed = row.reference.ms / row.postcloud.ms
  row.inkedRatio = row.postcloud.inked / row.reference.inked
  row.placedShare = row.postcloud.placed / row.requested.postcloud
  return row
})

console.log(
  `\n${'post'.padEnd(30)} ${pad('ref ms', 7)} ${pad('our ms', 7)} ${pad('speed', 6)}  ` +
    `${pad('ref ink', 7)} ${pad('our ink', 7)} ${pad('ratio', 5)}  ${pad('placed ref/ours/req', 19)}  ${pad('our wall', 8)}`
)
for (const row of rows) {
  console.log(
    `${row.name.padEnd(30)} ${pad(row.reference.ms.toFixed(0), 7)} ${pad(row.postcloud.ms.toFixed(0), 7)} ` +
      `${pad(row.speed.toFixed(2) + 'x', 6)}  ${pad(row.reference.inked.toFixed(3), 7)} ` +
      `${pad(row.postcloud.inked.toFixed(3), 7)} ${pad(row.inkedRatio.toFixed(2), 5)}  ` +
      `${pad(`${row.reference.placed}/${row.postcloud.placed}/${row.requested.postcloud}`, 19)}  ` +
      `${pad(row.postcloud.wallMs.toFixed(0), 8)}`
  )
}

const sum = (pick) => rows.reduce((total, row) => total + pick(row), 0)
const speed = sum((r) => r.reference.ms) / sum((r) => r.postcloud.ms)
const slow = rows.filter((r) => r.speed < targets.speed).map((r) => r.name)
const thin = rows.filter((r) => r.inkedRatio < targets.inked).map((r) => r.name)
const dropped = rows.filter((r) => r.placedShare < targets.placed).map((r) => r.name)
const inkedMean = sum((r) => r.inkedRatio) / rows.length
console.log(
  `\noverall: reference ${sum((r) => r.reference.ms).toFixed(0)} ms, postcloud ${sum((r) => r.postcloud.ms).toFixed(0)} ms ` +
    `(sums of the per-post medians); speed ${speed.toFixed(2)}x; ` +
    `inked ratio mean ${inkedMean.toFixed(2)}, min ${Math.min(...rows.map((r) => r.inkedRatio)).toFixed(2)}; ` +
    `placed min ${Math.min(...rows.map((r) => r.placedShare * 100)).toFixed(1)}% of requested`
)
const verdicts = [
  [
    speed >= targets.speed,
    `speed ${speed.toFixed(2)}x against the ${targets.speed}x target` +
      (slow.length ? ` (below on: ${slow.join(', ')})` : '')
  ],
  [
    thin.length === 0,
    `inked share at least ${targets.inked} of the reference's on every post` +
      (thin.length ? ` (below on: ${thin.join(', ')})` : '')
  ],
  [
    dropped.length === 0,
    `at least ${targets.placed * 100}% of the requested words placed on every run` +
      (dropped.length ? ` (below on: ${dropped.join(', ')})` : '')
  ]
]
for (const [pass, text] of verdicts) console.log(`${pass ? 'PASS' : 'FAIL'}: ${text}`)

const pass = verdicts.every(([ok]) => ok)
mkdirSync(join(root, 'bench', '.results'), { recursive: true })
writeFileSync(
  join(root, 'bench', '.results', 'cloud-layout.json'),
  JSON.stringify({ width, height, maxWords, seeds, speed, inkedMean, rows, pass }, null, 2) + '\n'
)
if (!pass) process.exitCode = 1
