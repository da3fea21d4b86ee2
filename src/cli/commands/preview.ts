import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import { findSiteRoot } from '@core/site/site-root'
import { SiteService } from '@core/site/site-service'
import { decodePost } from '@core/library/text-decode'
import { PostcloudError } from '@shared/errors'
import type { SiteDiagnostic, SitePage } from '@shared/site/types'
import { refuseAppResources } from '../app-resources'
import { previewHelp } from '../help'
import { UsageError } from '../usage-error'

/** One page written, as `--json` reports it. */
interface WrittenPage {
  file: string
  url: string
  out: string
  layouts: string[]
  ms: number
  warnings: { file: string; line: number | null; message: string }[]
}

/**
 * `postcloud preview <post> [--out FILE] [--json]` and
 * `postcloud preview --all <folder> --out-dir DIR [--json]`: the page exactly as the Site view
 * renders it, with the site's own URLs, so it can be dropped into a built site.
 */
export async function previewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      all: { type: 'boolean', default: false },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    process.stdout.write(previewHelp)
    return 0
  }
  if (positionals.length !== 1) {
    throw new UsageError(values.all ? 'preview --all needs one folder.' : 'preview needs one post.')
  }
  if (values.all) {
    if (!values['out-dir']) throw new UsageError('preview --all needs --out-dir DIR.')
    await refuseAppResources(values['out-dir'])
    return previewAll(resolve(positionals[0]), resolve(values['out-dir']), values.json)
  }
  if (values['out-dir']) throw new UsageError('--out-dir goes with --all; use --out FILE.')
  if (values.json && !values.out) throw new UsageError('--json needs --out FILE.')
  if (values.out) await refuseAppResources(values.out)
  return previewOne(resolve(positionals[0]), values.out ? resolve(values.out) : null, values.json)
}

async function previewOne(postPath: string, out: string | null, json: boolean): Promise<number> {
  const started = performance.now()
  const root = await findSiteRoot(postPath)
  if (!root) {
    throw new PostcloudError('NOT_FOUND', `${postPath} is not inside a Jekyll site.`)
  }
  const id = relative(root, postPath).split(sep).join('/')
  const text = await readText(postPath)
  const service = new SiteService(root, true)
  const page = await service.page(id, text)
  if (page.kind !== 'page') throw new PostcloudError('NOT_FOUND', 'Not a Jekyll site.')
  if (!out) {
    process.stdout.write(page.html)
    printWarnings(page.diagnostics)
    return 0
  }
  const written = await writePage(page, id, out)
  if (json) process.stdout.write(`${JSON.stringify(written)}\n`)
  else report([written], performance.now() - started)
  return 0
}

async function previewAll(folder: string, outDir: string, json: boolean): Promise<number> {
  const started = performance.now()
  if (!(await isFolder(folder))) throw new PostcloudError('NOT_FOUND', `no such folder: ${folder}`)
  const service = new SiteService(folder, true)
  const model = await service.current()
  const posts: WrittenPage[] = []
  let failed = 0
  for (const doc of model.posts()) {
    try {
      const page = await service.page(doc.id, await readText(join(folder, doc.id)))
      if (page.kind !== 'page') continue
      posts.push(await writePage(page, doc.id, outputPath(outDir, page.url)))
      if (!json) process.stderr.write(`\r${posts.length} page(s) written`)
    } catch (error) {
      failed++
      process.stderr.write(`\npostcloud preview: ${doc.id}: ${(error as Error).message}\n`)
    }
  }
  const ms = Math.round(performance.now() - started)
  if (json) process.stdout.write(`${JSON.stringify({ posts, ms })}\n`)
  else {
    process.stderr.write('\n')
    report(posts, ms)
  }
  return failed > 0 ? 1 : 0
}

async function writePage(page: SitePage, id: string, out: string): Promise<WrittenPage> {
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, page.html)
  return {
    file: id,
    url: page.url,
    out,
    layouts: page.layouts,
    ms: Math.round(page.ms * 10) / 10,
    warnings: page.diagnostics.map(({ file, line, message }) => ({ file, line, message }))
  }
}

/** Where Jekyll's `_site` has the page of `url`: `index.html` for a URL ending in `/`. */
export function outputPath(outDir: string, url: string): string {
  const segments = url
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment)
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\\'))) {
    throw new PostcloudError('OUTSIDE_FOLDER', `The URL ${url} leads outside the output folder.`)
  }
  if (url.endsWith('/') || segments.length === 0) segments.push('index.html')
  return join(outDir, ...segments)
}

/** A URL segment as a file name: percent-decoded, or as written where it is no escape (`100%`). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

async function readText(path: string): Promise<string> {
  const decoded = decodePost(await readFile(path))
  if (decoded.kind !== 'text') {
    throw new PostcloudError('BAD_ENCODING', `${path} is not text Postcloud can read.`)
  }
  return decoded.text
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isDirectory(),
    () => false
  )
}

function printWarnings(warnings: Pick<SiteDiagnostic, 'file' | 'line' | 'message'>[]): void {
  for (const each of warnings) {
    process.stderr.write(
      `warning: ${each.file}${each.line ? `:${each.line}` : ''}: ${each.message}\n`
    )
  }
}

function report(pages: WrittenPage[], ms: number): void {
  // A problem of the whole site (its theme, a Sass error) is every page's, but said once.
  const seen = new Set<string>()
  const warnings = pages
    .flatMap((page) => page.warnings)
    .filter((each) => {
      const key = `${each.file}\u0000${each.line}\u0000${each.message}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  printWarnings(warnings)
  process.stdout.write(
    `${pages.length} page(s) written in ${Math.round(ms)} ms, ${warnings.length} warning(s)\n`
  )
}
