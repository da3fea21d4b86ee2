// The page producers the comparison can measure against Jekyll. `postcloud` is the real one:
// `postcloud preview --all`. `jekyll` renders with Jekyll again, a self-check that must score
// 1.0 everywhere (if it does not, the comparison itself is broken, not the renderer).
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildWithJekyll } from './jekyll-build'

export interface RenderWarning {
  file: string
  line?: number | null
  message: string
}

/** One post as `postcloud preview --all --json` reports it. */
export interface RenderedPost {
  file: string
  url: string
  out: string
  layouts: string[]
  ms?: number
  warnings: RenderWarning[]
}

export interface RenderRun {
  posts: RenderedPost[]
  ms: number
  exitCode: number
  /** stderr, or why the output could not be read. */
  problem: string
}

export type Renderer = (source: string, outDir: string) => Promise<RenderRun>

const cliBundle = resolve('out/main/cli.js')
const bin = resolve('bin/postcloud.js')

export function postcloudBuilt(): boolean {
  return existsSync(cliBundle)
}

export const renderWithPostcloud: Renderer = (source, outDir) =>
  new Promise((done) => {
    const started = performance.now()
    execFile(
      process.execPath,
      [bin, 'preview', '--all', source, '--out-dir', outDir, '--json'],
      { maxBuffer: 256 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => {
        const ms = performance.now() - started
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        try {
          const parsed = JSON.parse(stdout) as { posts: RenderedPost[]; ms?: number }
          done({ posts: parsed.posts, ms: parsed.ms ?? ms, exitCode, problem: stderr.trim() })
        } catch {
          const output = `${stderr}${stdout}`.trim().slice(0, 2000)
          done({ posts: [], ms, exitCode, problem: `no JSON from postcloud preview: ${output}` })
        }
      }
    )
  })

export const renderWithJekyll: Renderer = async (source, outDir) => {
  const build = await buildWithJekyll(source, outDir)
  const posts = build.documents
    .filter((doc) => doc.collection === 'posts')
    .map((doc) => ({ file: doc.file, url: doc.url, out: doc.out, layouts: [], warnings: [] }))
  return { posts, ms: build.ms, exitCode: 0, problem: '' }
}
