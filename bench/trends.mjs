#!/usr/bin/env node
/**
 * `postcloud trends <post>` on the last issue of a 400-post series: cold and warm analysis cache,
 * whole process, against issue #16's targets (no reference tool does this: the median of the
 * runs against the absolute target).
 *
 *   npm run build && node bench/trends.mjs [--runs 5]
 *
 * The series (bench/.corpus-trends/, built once, gitignored): the weekly corpus's AI 前沿周报
 * (bench/weekly-series.mjs) with 400 issues, written by bench/weekly-corpus.mjs, ~8.8 MB. Each
 * run: `trends <issue 400> --json` with a fresh empty cache folder (cold), then the same command
 * again on the folder that run filled (warm). The baseline is issues 392 to 399.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { measure } from './process-tree.mjs'
import { median } from './stats.mjs'
import { buildWeeklyCorpus } from './weekly-corpus.mjs'
import { series } from './weekly-series.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } })
const runs = Math.max(1, Number(values.runs))
const targets = { coldMs: 3000, warmMs: 1000 }
const issues = 400

const dir = join(root, 'bench', '.corpus-trends')
const one = [{ ...series.find((s) => s.slug === 'ai-weekly'), posts: issues }]
const { built } = buildWeeklyCorpus(root, dir, issues * 22_000, one)
const posts = readdirSync(join(dir, '_posts')).sort()
const post = join(dir, '_posts', posts[posts.length - 1])
console.log(`series: ${posts.length} posts in ${dir}${built ? ' (built now)' : ''}`)
console.log(`post: ${post}`)
console.log(`machine: node ${process.version}, load average ${loadavg()[0].toFixed(1)}`)

async function trends(cache) {
  const env = { ...process.env, POSTCLOUD_CACHE_DIR: cache, XDG_CACHE_HOME: cache }
  const result = await measure([process.execPath, 'bin/postcloud.js', 'trends', post, '--json'], {
    cwd: root,
    env
  })
  if (result.status !== 0) throw new Error(`trends failed:\n${result.stderr.slice(-2000)}`)
  return { ...result, json: JSON.parse(result.stdout) }
}

// Warm-up, untimed: the OS file cache.
const warmUp = mkdtempSync(join(tmpdir(), 'postcloud-bench-trends-'))
await trends(warmUp)
rmSync(warmUp, { recursive: true, force: true })

const cold = []
const warm = []
for (let i = 0; i < runs; i++) {
  const cache = mkdtempSync(join(tmpdir(), 'postcloud-bench-trends-'))
  const first = await trends(cache)
  const second = await trends(cache)
  rmSync(cache, { recursive: true, force: true })
  const lists = (json) => JSON.stringify({ ...json, ms: 0 })
  if (lists(first.json) !== lists(second.json)) throw new Error('the warm run’s lists differ')
  cold.push(first)
  warm.push(second)
  console.log(
    `run ${i + 1}: cold ${first.wallMs.toFixed(0)} ms (${first.treeMB?.toFixed(0)} MB), ` +
      `warm ${second.wallMs.toFixed(0)} ms (in-process ${second.json.ms} ms)`
  )
}
const coldMs = median(cold.map((r) => r.wallMs))
const warmMs = median(warm.map((r) => r.wallMs))
const verdict = (ok) => (ok ? 'PASS' : 'FAIL')
const last = warm[warm.length - 1].json
console.log(
  `\nbaseline ${last.baseline.length} posts; new ${last.new.length}, rising ${last.rising.length}, falling ${last.falling.length}`
)
console.log(
  `trends, cold cache, whole process: ${coldMs.toFixed(0)} ms (target < ${targets.coldMs} ms) ${verdict(coldMs < targets.coldMs)}`
)
console.log(
  `trends, warm cache, whole process: ${warmMs.toFixed(0)} ms (target < ${targets.warmMs} ms) ${verdict(warmMs < targets.warmMs)}`
)
console.log(`peak RSS, cold: ${median(cold.map((r) => r.treeMB ?? NaN)).toFixed(0)} MB`)
process.exit(coldMs < targets.coldMs && warmMs < targets.warmMs ? 0 : 1)
