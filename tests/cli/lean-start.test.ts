import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Start-up cost is checked by what a command loads, not by a stopwatch: timings are noisy, the
// list of modules is not. Each heavy package costs tens of milliseconds and megabytes on every
// start (canvas and jieba are native, the rest are hundreds of small files).

const bin = resolve('bin/postcloud.js')
const outMain = resolve('out/main')
const post = resolve('resources/sample-posts/_posts/2025-11-11-twitter-ai-daily.md')
const heavy = [
  'nodejieba',
  '@napi-rs/canvas',
  'markdown-it',
  'highlight.js',
  'liquidjs',
  'sass',
  'gray-matter',
  'chokidar'
]
/** What every command that reads posts needs: gray-matter's fences, the folder's library. */
const postReading = ['gray-matter', 'chokidar']

interface Probe {
  code: number
  stdout: string
  /** Every CommonJS file and native addon the command loaded, node_modules paths shortened. */
  loaded: string[]
}

const marker = '\nPOSTCLOUD-LOADED '

/** Runs the built command in a process that reports, on exit, every module it loaded. */
function probe(args: string[], dataDir: string): Promise<Probe> {
  const script = `
    process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...${JSON.stringify(args)}]
    process.on('exit', () => {
      process.stderr.write(${JSON.stringify(marker)} + JSON.stringify(Object.keys(require.cache)))
    })
    require(${JSON.stringify(bin)})
  `
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ['-e', script],
      { env: { ...process.env, POSTCLOUD_DATA_DIR: dataDir }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const at = stderr.lastIndexOf(marker)
        if (at === -1) return fail(new Error(`no module list; stderr: ${stderr}`))
        const files = JSON.parse(stderr.slice(at + marker.length)) as string[]
        done({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          loaded: files.map((file) => file.replace(/^.*[\\/]node_modules[\\/]/, 'node_modules/'))
        })
      }
    )
  })
}

function packagesIn(loaded: string[]): string[] {
  const names = loaded
    .filter((file) => file.startsWith('node_modules/'))
    .map((file) => {
      const parts = file.split(/[\\/]/)
      return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1]
    })
  return [...new Set(names)].sort()
}

const built = existsSync(resolve('out/main/cli.js'))
if (!built) console.log('The CLI is not built (npm run build): the lean start tests are skipped')

describe.skipIf(!built)('postcloud starts lean', () => {
  let dataDir: string
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'postcloud-lean-'))
  })
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  it.each([
    [['--help']],
    [['--version']],
    [['no-such-command']],
    // A name the command table's prototype has is no command either.
    [['constructor']],
    ...['cloud', 'fm', 'keywords', 'lint', 'new', 'preview', 'samples', 'serve', 'trends'].map(
      (command) => [[command, '--help']]
    )
  ])('loads no package at all for %j', async (args) => {
    const run = await probe(args, dataDir)
    expect(run.code).toBe(['no-such-command', 'constructor'].includes(args[0]) ? 2 : 0)
    if (args.includes('--help')) expect(run.stdout).toMatch(/^(Usage|postcloud)/)
    expect(packagesIn(run.loaded)).toEqual([])
    // Nor any command's chunk: of the bundle only the entry and the error type it shares.
    const bundle = run.loaded
      .filter((file) => file.startsWith(outMain))
      .map((file) => basename(file))
    expect(bundle.filter((file) => !/^(cli|errors-[\w-]+)\.js$/.test(file))).toEqual([])
  })

  it('counts a post without the canvas or the Markdown and site engines', async () => {
    const run = await probe(['keywords', post, '--json', '--top', '5'], dataDir)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toHaveProperty('words')
    const loaded = packagesIn(run.loaded)
    // A lone post's jieba loads in the analysis worker (this list is the main thread's, which
    // segments too only in a folder's count, once it has read the posts).
    for (const name of heavy.filter((name) => !postReading.includes(name))) {
      expect(loaded).not.toContain(name)
    }
  })

  it('reads front matter without the Markdown, site and drawing engines', async () => {
    const run = await probe(['fm', 'get', post, 'title'], dataDir)
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).not.toBe('')
    const loaded = packagesIn(run.loaded)
    for (const name of heavy.filter((name) => !postReading.includes(name))) {
      expect(loaded).not.toContain(name)
    }
  })
})
