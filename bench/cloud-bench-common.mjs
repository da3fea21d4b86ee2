/**
 * What the two word cloud benchmarks share: where the reference lives, how to tell it is missing,
 * how to run a command and time it. (The median is in stats.mjs, with the other benchmarks'.)
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const python = '/usr/bin/python3'
/** The same Noto design as the bundled Noto Sans SC; PIL reads the woff2 seven times slower. */
export const notoFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
export const postcloudArgv = ['node', join(root, 'bin', 'postcloud.js')]
const MiB = 1024 * 1024

/**
 * Null when Debian's wordcloud, jieba and Noto CJK font are there; otherwise what is missing and
 * how to install it. The pyenv python3 on PATH does not see Debian's packages: use /usr/bin/python3.
 */
export function missingReference() {
  const missing = []
  if (!existsSync(python)) missing.push(python)
  else {
    const probe = spawnSync(python, ['-c', 'import wordcloud, jieba'], { encoding: 'utf8' })
    if (probe.status !== 0)
      missing.push(`python modules (${probe.stderr.trim().split('\n').at(-1)})`)
  }
  if (!existsSync(notoFont)) missing.push(notoFont)
  if (missing.length === 0) return null
  return (
    `the reference is not installed: ${missing.join('; ')}.\n` +
    'Install it with: sudo apt-get install python3-wordcloud python3-jieba fonts-noto-cjk'
  )
}

/** Null when the CLI bundle is built, else the reason. */
export function missingBuild() {
  return existsSync(join(root, 'out', 'main', 'cli.js'))
    ? null
    : 'the CLI is not built: run `npm run build` first.'
}

/** Runs argv to completion; returns the wall time (process start to exit) and stdout. */
export function run(argv, options = {}) {
  const started = process.hrtime.bigint()
  const child = spawnSync(argv[0], argv.slice(1), {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
    ...options
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  if (child.status !== 0) {
    throw new Error(
      `${argv.join(' ')} failed (${child.status ?? child.signal}):\n${(child.stderr ?? '').slice(-2000)}`
    )
  }
  return { wallMs, stdout: child.stdout, stderr: child.stderr }
}

/** The last line of stdout that parses as JSON (a progress line may come before it). */
export function lastJson(stdout) {
  try {
    return JSON.parse(stdout)
  } catch {
    // several lines: look for the last one that is JSON
  }
  const lines = stdout.trim().split('\n').reverse()
  for (const line of lines) {
    try {
      return JSON.parse(line)
    } catch {
      // not the JSON line
    }
  }
  throw new Error(`no JSON in the output:\n${stdout.slice(-2000)}`)
}

export function machine() {
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
  return `${process.platform} ${process.arch}, node ${process.version}, ${availableParallelism()} cores, load average ${load}`
}

/** Prints why the benchmark cannot run and leaves with exit code 2 ("not measured"). */
export function skip(reason) {
  console.log(`SKIP: ${reason}`)
  process.exit(2)
}
