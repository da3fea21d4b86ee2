/**
 * Liquid's `site` (SiteDrop): every config key, then posts (newest first), pages, html_pages,
 * static_files, collections, documents, tags, categories, data, time, and each collection by its
 * label. Lists are built on first read, and documents' `content`/`excerpt` render on first read.
 */
import type { SiteDocument } from './document'
import type { DropContext, RenderPart } from './document-drop'
import { dropContext } from './document-drop'
import { lazyList } from './lazy-list'

export interface StaticFileInfo {
  /** Folder-relative path. */
  id: string
  mtime: Date
  collection: string | null
  /** Where the file is on disk (a theme's assets live in the theme), for the asset route. */
  file?: string
}

export interface SiteDropSource {
  config: Record<string, unknown>
  /** Posts in ascending order (date, then path). */
  posts: SiteDocument[]
  pages: SiteDocument[]
  /** Other collections' documents, ascending, by label. */
  collections: Map<string, SiteDocument[]>
  staticFiles: StaticFileInfo[]
  data: () => Record<string, unknown>
  time: Date
  neighbours: DropContext['neighbours']
  /** `site.related_posts` for the document being rendered (the ten newest others). */
  related: SiteDocument[]
}

function lazy(target: Record<string, unknown>, key: string, get: () => unknown): void {
  let cached: { value: unknown } | null = null
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!cached) cached = { value: get() }
      return cached.value
    }
  })
}

/** StaticFile#to_liquid. */
function staticFileDrop(file: StaticFileInfo): Record<string, unknown> {
  const name = file.id.slice(file.id.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return {
    name,
    basename: dot > 0 ? name.slice(0, dot) : name,
    extname: dot > 0 ? name.slice(dot) : '',
    // StaticFile#relative_path: `/`-led for the site's files, not for a collection's.
    path: file.collection === null ? `/${file.id}` : file.id,
    modified_time: file.mtime,
    collection: file.collection
  }
}

/** Site#post_attr_hash: each tag (or category) to its posts, newest first. */
function postsBy(
  posts: SiteDocument[],
  key: 'tags' | 'categories',
  dropOf: (doc: SiteDocument) => Record<string, unknown>
): Record<string, unknown[]> {
  const map = new Map<string, SiteDocument[]>()
  for (const post of posts) {
    const values = post.data[key]
    if (!Array.isArray(values)) continue
    for (const value of values) {
      const name = String(value)
      const list = map.get(name) ?? []
      list.push(post)
      map.set(name, list)
    }
  }
  const out: Record<string, unknown[]> = {}
  for (const [name, list] of map)
    Object.defineProperty(out, name, {
      value: list.reverse().map(dropOf),
      enumerable: true,
      writable: true,
      configurable: true
    })
  return out
}

export function buildSiteDrop(source: SiteDropSource, render: RenderPart): Record<string, unknown> {
  const context = dropContext(render, source.neighbours)
  const site: Record<string, unknown> = {}
  for (const key of Object.keys(source.config))
    Object.defineProperty(site, key, {
      value: source.config[key],
      enumerable: true,
      writable: true,
      configurable: true
    })
  const { dropOf } = context
  lazy(site, 'posts', () => lazyList([...source.posts].reverse(), dropOf))
  lazy(site, 'pages', () => lazyList(source.pages, dropOf))
  lazy(site, 'html_pages', () =>
    source.pages
      .filter((page) => /^\.(?:html|xhtml|htm)$/.test(page.outputExt) || page.url.endsWith('/'))
      .map(dropOf)
  )
  // Jekyll sorts the site's static files, then appends each collection's as it reads them.
  lazy(site, 'static_files', () =>
    [
      ...source.staticFiles.filter((file) => file.collection === null),
      ...source.staticFiles.filter((file) => file.collection !== null)
    ].map(staticFileDrop)
  )
  lazy(site, 'tags', () => postsBy(source.posts, 'tags', dropOf))
  lazy(site, 'categories', () => postsBy(source.posts, 'categories', dropOf))
  // `_config.yml` may set `data` itself; Jekyll keeps it then (Site#site_data).
  if (source.config.data === undefined || source.config.data === null)
    lazy(site, 'data', () => source.data())
  site.time = source.time
  lazy(site, 'related_posts', () => source.related.map(dropOf))
  const labels = ['posts', ...source.collections.keys()].sort()
  lazy(site, 'collections', () =>
    labels.map((label) => {
      const meta =
        (source.config.collections as Record<string, Record<string, unknown>>)?.[label] ?? {}
      const docs = label === 'posts' ? source.posts : (source.collections.get(label) ?? [])
      return {
        ...meta,
        label,
        directory: `_${label}`,
        relative_directory: `_${label}`,
        output: label === 'posts' ? true : meta.output === true,
        docs: lazyList(docs, dropOf),
        files: source.staticFiles.filter((file) => file.collection === label).map(staticFileDrop)
      }
    })
  )
  lazy(site, 'documents', () =>
    lazyList([source.posts, ...source.collections.values()].flat(), dropOf)
  )
  for (const [label, docs] of source.collections)
    if (label !== 'posts') lazy(site, label, () => lazyList(docs, dropOf))
  return site
}
