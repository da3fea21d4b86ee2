// Builds a site with the real `jekyll build` (the reference the Site view is measured against)
// and reads back, from a hook of ours, which file became which published document.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
// Paths are from the repository root, where npm, vitest and the benchmark run (the benchmark
// runs as CommonJS under tsx, where import.meta is empty).
const pluginFolder = resolve('tests/fidelity/jekyll-plugin')

/** A document Jekyll wrote: `file` relative to the site, `out` the absolute file in the build. */
export interface PublishedDocument {
  collection: string
  file: string
  url: string
  out: string
}

export interface JekyllBuild {
  dest: string
  baseurl: string
  documents: PublishedDocument[]
  ms: number
}

/** `jekyll --version`'s answer, or null when there is no Jekyll to compare with. */
export async function jekyllVersion(): Promise<string | null> {
  try {
    const { stdout } = await run('jekyll', ['--version'], { timeout: 60_000 })
    return stdout.trim()
  } catch {
    return null
  }
}

/**
 * `jekyll build -s source -d dest --disable-disk-cache`, plus `--plugins` pointing at our hook
 * (none of the measured sites has plugins of its own there). The disk cache stays off so no
 * `.jekyll-cache` lands in the source folder.
 */
export async function buildWithJekyll(source: string, dest: string): Promise<JekyllBuild> {
  const report = `${dest}.documents.json`
  const started = performance.now()
  await run(
    'jekyll',
    ['build', '-s', source, '-d', dest, '--disable-disk-cache', '--plugins', pluginFolder, '-q'],
    {
      env: { ...process.env, POSTCLOUD_FIDELITY_REPORT: report },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000
    }
  )
  const ms = performance.now() - started
  const parsed = JSON.parse(await readFile(report, 'utf8')) as {
    baseurl: string
    documents: PublishedDocument[]
  }
  return { dest, baseurl: parsed.baseurl.replace(/\/$/, ''), documents: parsed.documents, ms }
}

/** The path of a page in the built site for a site URL: `index.html` for URLs ending in `/`. */
export function urlToSitePath(url: string): string {
  let path: string
  try {
    path = decodeURI(url)
  } catch {
    path = url
  }
  path = path.split(/[?#]/)[0]
  if (path.endsWith('/')) path += 'index.html'
  return join('.', path).replace(/\\/g, '/')
}
