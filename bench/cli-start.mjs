#!/usr/bin/env node
/**
 * Command-line start: what `postcloud` costs, whole process, before and around a little work.
 *
 *   npm run build && node bench/cli-start.mjs [--runs 5]
 *
 * Runs each command line once to warm the file cache, then `runs` times, and reports the median
 * wall time and the median peak RSS (from /usr/bin/time -v when present). The post is a copy of
 * one sample post, alone in a temporary folder, with an empty analysis cache on every run (cold).
 * Target (issue #15): `postcloud --help` under 150 ms.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { median } from './stats.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(root, 'bin', 'postcloud.js')
const targetMs = 150
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } })
const runs = Math.max(1, Number(values.runs))
const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : null

if (!existsSync(join(root, 'out', 'main', 'cli.js'))) {
  console.error('Build first: npm run build')
  process.exit(1)
}

const temp = mkdtempSync(join(tmpdir(), 'postcloud-cli-start-'))
const post = join(temp, 'post.md')
copyFileSync(join(root, 'resources/sample-posts/_posts/2025-11-11-twitter-ai-daily.md'), post)

const lines = [
  ['--help'],
  ['--version'],
  ['keywords', '--help'],
  ['cloud', '--help'],
  ['fm', 'get', post, 'title'],
  ['keywords', post, '--top', '5']
]

/** One run: wall milliseconds and peak RSS in MB (null without /usr/bin/time). */
function runOnce(args) {
  const env = {
    ...process.env,
    POSTCLOUD_DATA_DIR: join(temp, 'data'),
    POSTCLOUD_CACHE_DIR: mkdtempSync(join(temp, 'cache-'))
  }
  const command = timeTool
    ? [timeTool, ['-v', process.execPath, bin, ...args]]
    : [process.execPath, [bin, ...args]]
  const started = performance.now()
  const run = spawnSync(command[0], command[1], { env, encoding: 'utf8' })
  const ms = performance.now() - started
  if (run.status !== 0) throw new Error(`postcloud ${args.join(' ')} failed:\n${run.stderr}`)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '')
  return { ms, mb: rss ? Number(rss[1]) / 1024 : null }
}

const shown = (args) => `postcloud ${args.map((arg) => (arg === post ? 'post.md' : arg)).join(' ')}`
let helpMs = Infinity
try {
  console.log(`${runs} runs each, medians; Node ${process.version}`)
  for (const args of lines) {
    runOnce(args)
    const samples = Array.from({ length: runs }, () => runOnce(args))
    const ms = median(samples.map((sample) => sample.ms))
    const rss = timeTool ? `${median(samples.map((sample) => sample.mb)).toFixed(0)} MB` : 'n/a'
    console.log(`${shown(args).padEnd(42)} ${ms.toFixed(0).padStart(6)} ms  peak RSS ${rss}`)
    if (args[0] === '--help') helpMs = ms
  }
} finally {
  rmSync(temp, { recursive: true, force: true })
}
console.log(
  `${helpMs < targetMs ? 'PASS' : 'FAIL'}: postcloud --help ${helpMs.toFixed(0)} ms (target < ${targetMs} ms)`
)
