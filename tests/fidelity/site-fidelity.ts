// Measures one site: builds it with Jekyll, renders it with the renderer under test, and
// compares every post Jekyll published with the renderer's page for the same file.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { comparePages } from './compare-pages'
import type { PageComparison } from './compare-pages'
import { buildWithJekyll, urlToSitePath } from './jekyll-build'
import type { PublishedDocument } from './jekyll-build'
import { pageFeatures } from './page-features'
import { pixelDifference } from './pixel-diff'
import type { Renderer, RenderedPost, RenderWarning } from './renderers'
import type { Screenshotter } from './screenshots'
import { serveStatic } from './static-server'

export interface FidelitySite {
  name: string
  /** The site's folder; it is copied to a temp folder before anything builds it. */
  source: string
}

export interface PostFidelity {
  file: string
  collection: string
  /** Jekyll's page.url, or null when Jekyll did not publish the file. */
  jekyllUrl: string | null
  /** The renderer's url, or null when it wrote no page for the file. */
  renderedUrl: string | null
  /** The same page path in the built site (`index.html` for URLs ending in `/`). */
  urlMatch: boolean
  /** The renderer's `out` is at that path under its output folder. */
  outMatch: boolean
  comparison: PageComparison | null
  /** Share of differing pixels, or null when not measured. */
  pixels: number | null
  warnings: RenderWarning[]
}

export interface SiteFidelity {
  site: string
  /** Every post Jekyll published, with the renderer's page for it when there is one. */
  posts: PostFidelity[]
  /** Pages the renderer wrote for files that are not Jekyll posts (collection documents are
   * compared with Jekyll's; a file Jekyll did not publish at all has jekyllUrl null). */
  others: PostFidelity[]
  jekyllMs: number
  renderMs: number
  renderExit: number
  renderProblem: string
  /** Why no pixels were measured, or null. */
  pixelsSkipped: string | null
}

export interface MeasureOptions {
  renderer: Renderer
  shooter: Screenshotter | null
  /** Why there is no shooter, repeated in the result. */
  noShooterReason?: string
  /** A folder for screenshots and diff images of pages that differ. */
  artifacts?: string
  /** Keep the temp folder (builds, overlay) and print where it is. */
  keep?: boolean
}

function sitePath(root: string, file: string): string {
  return relative(root, file).split('\\').join('/')
}

async function compareFiles(jekyllFile: string, renderedFile: string): Promise<PageComparison> {
  const [a, b] = await Promise.all([readFile(jekyllFile, 'utf8'), readFile(renderedFile, 'utf8')])
  return comparePages(pageFeatures(a), pageFeatures(b))
}

async function measurePost(
  doc: PublishedDocument | null,
  rendered: RenderedPost | null,
  jekyllDest: string,
  outDir: string
): Promise<PostFidelity> {
  const jekyllPath = doc ? sitePath(jekyllDest, doc.out) : null
  const renderedPath = rendered ? urlToSitePath(rendered.url) : null
  let comparison: PageComparison | null = null
  if (doc && rendered) {
    comparison = await compareFiles(doc.out, rendered.out).catch(() => null)
  }
  return {
    file: doc?.file ?? rendered?.file ?? '',
    collection: doc?.collection ?? 'unpublished',
    jekyllUrl: doc?.url ?? null,
    renderedUrl: rendered?.url ?? null,
    urlMatch: jekyllPath !== null && jekyllPath === renderedPath,
    outMatch: rendered !== null && jekyllPath === sitePath(outDir, rendered.out),
    comparison,
    pixels: null,
    warnings: rendered?.warnings ?? []
  }
}

/** A URL as the browser sends it, whether Jekyll gave it percent-encoded or not. */
function normalizedUrl(url: string): string {
  try {
    return encodeURI(decodeURI(url))
  } catch {
    return url
  }
}

function artifactName(file: string): string {
  return file.replace(/[\\/]/g, '__').replace(/\.[^.]+$/, '')
}

/** Screenshots each compared page from two copies of Jekyll's site: as built, and with the
 * renderer's page dropped over the post's file, so both load the same CSS and images. */
async function measurePixels(
  results: PostFidelity[],
  docs: Map<string, PublishedDocument>,
  rendered: Map<string, RenderedPost>,
  jekyll: { dest: string; baseurl: string },
  work: string,
  shooter: Screenshotter,
  artifacts: string | undefined
): Promise<void> {
  const overlay = join(work, 'overlay')
  await cp(jekyll.dest, overlay, { recursive: true })
  const compared = results.filter((result) => result.comparison && docs.has(result.file))
  for (const result of compared) {
    const doc = docs.get(result.file) as PublishedDocument
    const page = rendered.get(result.file) as RenderedPost
    await cp(page.out, join(overlay, sitePath(jekyll.dest, doc.out)))
  }
  const original = await serveStatic(jekyll.dest, jekyll.baseurl)
  const replaced = await serveStatic(overlay, jekyll.baseurl)
  try {
    for (const result of compared) {
      const doc = docs.get(result.file) as PublishedDocument
      const path = `${jekyll.baseurl}${normalizedUrl(doc.url)}`
      const [a, b] = await Promise.all([
        shooter.shoot(`${original.origin}${path}`),
        shooter.shoot(`${replaced.origin}${path}`)
      ])
      const difference = pixelDifference(a, b)
      result.pixels = difference.share
      if (artifacts && difference.share > 0) {
        const base = join(artifacts, artifactName(result.file))
        await mkdir(dirname(base), { recursive: true })
        await writeFile(`${base}.jekyll.png`, a)
        await writeFile(`${base}.postcloud.png`, b)
        await writeFile(`${base}.diff.png`, difference.diffPng)
      }
    }
  } finally {
    await original.close()
    await replaced.close()
  }
}

export async function measureSite(
  site: FidelitySite,
  options: MeasureOptions
): Promise<SiteFidelity> {
  const work = await mkdtemp(join(tmpdir(), `postcloud-fidelity-${site.name}-`))
  try {
    // Both builders read the same copy: neither may leave anything in the fixtures, and the
    // bundled sample site must stay untouched.
    const source = join(work, 'site')
    await cp(site.source, source, { recursive: true })
    const jekyll = await buildWithJekyll(source, join(work, 'jekyll'))
    const outDir = join(work, 'rendered')
    await mkdir(outDir)
    const run = await options.renderer(source, outDir)

    const docs = new Map(jekyll.documents.map((doc) => [doc.file, doc]))
    const rendered = new Map(run.posts.map((post) => [post.file, post]))
    const posts: PostFidelity[] = []
    for (const doc of jekyll.documents.filter((d) => d.collection === 'posts')) {
      posts.push(await measurePost(doc, rendered.get(doc.file) ?? null, jekyll.dest, outDir))
    }
    const others: PostFidelity[] = []
    for (const post of run.posts.filter((p) => docs.get(p.file)?.collection !== 'posts')) {
      others.push(await measurePost(docs.get(post.file) ?? null, post, jekyll.dest, outDir))
    }

    let pixelsSkipped = options.shooter ? null : (options.noShooterReason ?? 'not requested')
    if (options.shooter) {
      const artifacts = options.artifacts ? join(options.artifacts, site.name) : undefined
      await measurePixels(
        [...posts, ...others],
        docs,
        rendered,
        jekyll,
        work,
        options.shooter,
        artifacts
      ).catch((error: unknown) => {
        pixelsSkipped = `screenshots failed: ${String(error).split('\n')[0]}`
      })
    }
    return {
      site: site.name,
      posts,
      others,
      jekyllMs: jekyll.ms,
      renderMs: run.ms,
      renderExit: run.exitCode,
      renderProblem: run.problem,
      pixelsSkipped
    }
  } finally {
    if (options.keep) console.log(`kept ${work}`)
    else await rm(work, { recursive: true, force: true })
  }
}
