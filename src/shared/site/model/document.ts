/**
 * One post, draft, collection document or page as Jekyll holds it after reading (document.rb,
 * page.rb): front matter with defaults, date, categories, tags, URL, excerpt source.
 */
import type { FrontMatterDefaults, SiteConfig } from '../config'
import type { SiteDiagnostic } from '../types'
import { deepMerge } from '../config'
import { documentUrl, addPermalinkSuffix, pageUrl } from '../permalink'
import { parseJekyllDate, splitPostFileName, zonedParts } from '../post-date'
import { basenameWithoutExt, extname, markdownExtensions, outputExt } from './output-ext'
import {
  extractExcerpt,
  mergeCategories,
  populateCategories,
  populateTags,
  titleizeSlug
} from './front-matter-fields'

export type DocumentKind = 'post' | 'draft' | 'document' | 'page'

export interface SiteDocument {
  /** Folder-relative path (`/`-separated), the post id. */
  id: string
  kind: DocumentKind
  /** Jekyll's `relative_path` (the id without `collections_dir`). */
  relativePath: string
  url: string
  /** Null only for pages, which have no date. */
  date: Date | null
  /** Front matter after defaults, with Jekyll's additions (title, slug, ext, categories, tags…). */
  data: Record<string, unknown>
  /** The text after the front matter. */
  body: string
  /** 1-based line of the file where `body` starts. */
  bodyLine: number
  /** The collection's label (`posts` for posts and drafts), null for pages. */
  collection: string | null
  /** The file's extension, with its dot. */
  ext: string
  outputExt: string
  /** The Markdown to render as the excerpt; null when the front matter gives `excerpt` itself or no separator is set. */
  excerptSource: string | null
  /** Whether Jekyll writes it (published, not in the future, an output collection). */
  write: boolean
  /** What could not be read as Jekyll reads it (a front matter date it cannot parse). */
  diagnostics?: SiteDiagnostic[]
}

/** What the model knows that documents are read against. */
export interface SiteContext {
  config: SiteConfig
  defaults: FrontMatterDefaults
  /** The site's zone (`timezone`), null for the machine's. */
  zone: string | null
  /** `site.time`: the build's now. */
  now: Date
  unpublished: boolean
  future: boolean
}

export interface DocumentSource {
  id: string
  kind: DocumentKind
  /** The collection label (`posts` for drafts); null for pages. */
  collection: string | null
  frontMatter: Record<string, unknown>
  body: string
  bodyLine: number
  /** The file's modification time, a draft's date when it names none. */
  mtime: Date
}

/** `.gsub(/\.*\z/, "")`: trailing dots go (a loop: the regex is slow on long runs of dots). */
function trimDots(text: string): string {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 46) end -= 1
  return text.slice(0, end)
}

function collectionsDir(config: SiteConfig): string {
  return typeof config.collections_dir === 'string' ? config.collections_dir : ''
}

function relativePathOf(id: string, config: SiteConfig): string {
  const dir = collectionsDir(config)
  return dir !== '' && id.startsWith(`${dir}/`) ? id.slice(dir.length + 1) : id
}

/** categories_from_path: the folders above `_posts` (or `_drafts`) become categories. */
function categoriesFromPath(relativePath: string, special: string): string[] {
  if (relativePath.startsWith(special)) return []
  const at = relativePath.indexOf(special)
  const above = at === -1 ? relativePath : relativePath.slice(0, at)
  const base = relativePath.slice(relativePath.lastIndexOf('/') + 1)
  return above.split('/').filter((part) => part !== '' && part !== special && part !== base)
}

function collectionMeta(config: SiteConfig, label: string): Record<string, unknown> {
  const collections = config.collections as Record<string, unknown> | null
  const meta = collections?.[label]
  return typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : {}
}

/** Document#read then read_post_data, for posts, drafts and collection documents. */
export function buildDocument(source: DocumentSource, site: SiteContext): SiteDocument {
  const { config } = site
  const relativePath = relativePathOf(source.id, config)
  const label = source.collection ?? 'posts'
  const special = source.kind === 'draft' ? '_drafts' : `_${label}`
  let data: Record<string, unknown> = {
    categories: categoriesFromPath(relativePath, special)
  }
  const merge = (incoming: Record<string, unknown>): void => {
    data = deepMerge(data, mergeCategories(data, incoming))
  }
  merge(site.defaults.all(relativePath, label))
  merge(source.frontMatter)

  // populate_title: a date in the file name counts only when the front matter names none.
  const base = relativePath.slice(relativePath.lastIndexOf('/') + 1)
  const named = splitPostFileName(base)
  const ext = extname(base)
  let slug = trimDots(named ? named.slug : basenameWithoutExt(base))
  const diagnostics: SiteDiagnostic[] = []
  const given = data.date === undefined || data.date === null ? null : data.date
  let date = given === null ? null : parseJekyllDate(given, site.zone)
  if (given !== null && date === null)
    // Jekyll stops the build here (InvalidDateError); the preview goes on with the file name's.
    diagnostics.push({
      kind: 'yaml',
      file: source.id,
      line: null,
      message: `Invalid date '${String(given)}': Jekyll cannot read it and stops the build`
    })
  if (date === null && named) date = parseJekyllDate(named.date, site.zone)
  if (date === null) date = source.kind === 'draft' ? source.mtime : site.now
  if (data.title === undefined || data.title === null) data.title = titleizeSlug(slug)
  if (data.slug === undefined || data.slug === null) data.slug = slug
  else slug = String(data.slug)
  if (data.ext === undefined || data.ext === null) data.ext = ext
  data.date = date
  data.categories = populateCategories(data)
  data.tags = populateTags(data)
  if (source.kind === 'draft') data.draft = true

  const markdown = markdownExtensions(config)
  const out = outputExt(ext, data.permalink, markdown)
  const meta = collectionMeta(config, label)
  const template =
    typeof meta.permalink === 'string'
      ? meta.permalink
      : addPermalinkSuffix('/:collection/:path', config.permalink)
  // cleaned_relative_path: String#sub drops the first `_<label>` wherever it is.
  const cleaned = relativePath
    .slice(0, ext === '' ? undefined : -ext.length)
    .replace(`_${label}`, '')
  const cleanedPath = trimDots(cleaned)
  const url = documentUrl({
    template,
    permalink: data.permalink,
    collection: label,
    cleanedPath,
    basename: basenameWithoutExt(base),
    outputExt: out,
    slug: data.slug,
    categories: data.categories as unknown[],
    date: zonedParts(date, site.zone)
  })
  const published = data.published !== false || site.unpublished
  const future = !site.future && date.getTime() > site.now.getTime()
  const output = label === 'posts' || meta.output === true
  return {
    id: source.id,
    kind: source.kind,
    relativePath,
    url,
    date,
    data,
    body: source.body,
    bodyLine: source.bodyLine,
    collection: label,
    ext,
    outputExt: out,
    excerptSource: excerptOf(data, source.body, config),
    write: published && !future && output,
    diagnostics
  }
}

function excerptOf(data: Record<string, unknown>, body: string, config: SiteConfig): string | null {
  if (data.excerpt !== undefined && data.excerpt !== null) return null
  const separator = String(data.excerpt_separator ?? config.excerpt_separator ?? '')
  return separator === '' ? null : extractExcerpt(body, separator)
}

export interface PageSource {
  id: string
  /** Jekyll's relative_path when it differs from the id (a theme's asset: `assets/main.scss`). */
  relativePath?: string
  frontMatter: Record<string, unknown>
  body: string
  bodyLine: number
}

/** Page: its front matter, defaults only for keys it lacks (a lookup, not a merge), its URL. */
export function buildPage(source: PageSource, site: SiteContext): SiteDocument {
  const relativePath = source.relativePath ?? source.id
  const slash = relativePath.lastIndexOf('/')
  const dir = slash === -1 ? '' : `/${relativePath.slice(0, slash)}`
  const name = relativePath.slice(slash + 1)
  const ext = extname(name)
  const basename = trimDots(ext === '' ? name : name.slice(0, -ext.length))
  const data = { ...site.defaults.all(relativePath, 'pages'), ...source.frontMatter }
  const out = outputExt(ext, data.permalink, markdownExtensions(site.config))
  const url = pageUrl({
    dir,
    basename,
    outputExt: out,
    permalink: data.permalink,
    style: site.config.permalink
  })
  return {
    id: source.id,
    kind: 'page',
    relativePath,
    url,
    date: null,
    data,
    body: source.body,
    bodyLine: source.bodyLine,
    collection: null,
    ext,
    outputExt: out,
    excerptSource: null,
    write: data.published !== false || site.unpublished
  }
}
