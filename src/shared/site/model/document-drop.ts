/**
 * What Liquid sees of a document (DocumentDrop) or a page (Page#to_liquid). `content` and
 * `excerpt` are getters that call the renderer only when a template reads them, and `next` /
 * `previous` are getters too, so handing 10,000 posts to Liquid costs only the objects.
 */
import type { SiteDocument } from './document'

export type RenderPart = (doc: SiteDocument, part: 'content' | 'excerpt') => string

export interface DropContext {
  render: RenderPart
  /** The documents before and after this one in its collection. */
  neighbours: (doc: SiteDocument) => { previous: SiteDocument | null; next: SiteDocument | null }
  /** The drop of another document (shared, so `post.next.next` does not build new objects). */
  dropOf: (doc: SiteDocument) => Record<string, unknown>
}

/** File.dirname as Ruby spells it for URLs. */
function dirname(url: string): string {
  const at = url.replace(/\/+$/, '').lastIndexOf('/')
  return at <= 0 ? '/' : url.slice(0, at)
}

/** Document#id: the URL's folder plus the slug. */
export function documentId(doc: SiteDocument): string {
  const base = doc.relativePath.slice(doc.relativePath.lastIndexOf('/') + 1)
  const slug = doc.data.slug ?? base.replace(/\.[^.]*$/, '')
  const dir = dirname(doc.url)
  return `${dir === '/' ? '' : dir}/${String(slug)}`
}

function define(target: Record<string, unknown>, key: string, get: () => unknown): void {
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

export function documentDrop(doc: SiteDocument, context: DropContext): Record<string, unknown> {
  const drop: Record<string, unknown> = {}
  // defineProperty: a `__proto__` front matter key stays an ordinary key.
  for (const key of Object.keys(doc.data))
    Object.defineProperty(drop, key, {
      value: doc.data[key],
      enumerable: true,
      writable: true,
      configurable: true
    })
  const base = doc.relativePath.slice(doc.relativePath.lastIndexOf('/') + 1)
  drop.url = doc.url
  drop.name = doc.data.name ?? base
  define(drop, 'content', () => context.render(doc, 'content'))
  if (doc.kind === 'page') {
    drop.path = doc.data.path ?? doc.relativePath
    drop.dir = doc.url.endsWith('/') ? doc.url : `${dirname(doc.url).replace(/\/?$/, '/')}`
    if (doc.data.excerpt === undefined) drop.excerpt = null
    return drop
  }
  drop.id = documentId(doc)
  drop.path = doc.relativePath
  drop.relative_path = doc.relativePath
  drop.collection = doc.collection
  drop.date = doc.date
  if (doc.excerptSource !== null) define(drop, 'excerpt', () => context.render(doc, 'excerpt'))
  else drop.excerpt = doc.data.excerpt === undefined ? '' : String(doc.data.excerpt)
  define(drop, 'next', () => {
    const next = context.neighbours(doc).next
    return next ? context.dropOf(next) : null
  })
  define(drop, 'previous', () => {
    const previous = context.neighbours(doc).previous
    return previous ? context.dropOf(previous) : null
  })
  return drop
}

/** A drop context whose drops are made once per document (so `post.next.previous` is `post`). */
export function dropContext(render: RenderPart, near: DropContext['neighbours']): DropContext {
  const drops = new Map<SiteDocument, Record<string, unknown>>()
  const context: DropContext = {
    render,
    neighbours: near,
    dropOf: (doc) => {
      let drop = drops.get(doc)
      if (!drop) {
        drop = documentDrop(doc, context)
        drops.set(doc, drop)
      }
      return drop
    }
  }
  return context
}
