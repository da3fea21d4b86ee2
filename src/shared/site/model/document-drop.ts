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

/** Copies front matter onto a drop (a `__proto__` key stays an ordinary key). */
function copyData(drop: Record<string, unknown>, data: Record<string, unknown>): void {
  for (const key of Object.keys(data)) {
    if (key === '__proto__')
      Object.defineProperty(drop, key, {
        value: data[key],
        enumerable: true,
        writable: true,
        configurable: true
      })
    else if (!(key in drop)) drop[key] = data[key]
  }
}

/**
 * The drop of a post or collection document. Getters in an object literal (not
 * defineProperty, several times slower): 10,000 of them are built in a few milliseconds.
 */
function documentDropOf(doc: SiteDocument, context: DropContext): Record<string, unknown> {
  let content: string | undefined
  let excerpt: string | undefined
  const separate = doc.excerptSource !== null
  const fixed = doc.data.excerpt === undefined ? '' : String(doc.data.excerpt)
  const drop: Record<string, unknown> = {
    url: doc.url,
    id: documentId(doc),
    path: doc.relativePath,
    relative_path: doc.relativePath,
    collection: doc.collection,
    date: doc.date,
    name: doc.data.name ?? doc.relativePath.slice(doc.relativePath.lastIndexOf('/') + 1),
    get content(): string {
      content ??= context.render(doc, 'content')
      return content
    },
    get excerpt(): string {
      if (!separate) return fixed
      excerpt ??= context.render(doc, 'excerpt')
      return excerpt
    },
    get next(): Record<string, unknown> | null {
      const next = context.neighbours(doc).next
      return next ? context.dropOf(next) : null
    },
    get previous(): Record<string, unknown> | null {
      const previous = context.neighbours(doc).previous
      return previous ? context.dropOf(previous) : null
    }
  }
  copyData(drop, doc.data)
  return drop
}

/** Page#to_liquid: front matter plus content, dir, name, path, url. */
function pageDropOf(doc: SiteDocument, context: DropContext): Record<string, unknown> {
  let content: string | undefined
  const drop: Record<string, unknown> = {
    url: doc.url,
    name: doc.data.name ?? doc.relativePath.slice(doc.relativePath.lastIndexOf('/') + 1),
    path: doc.data.path ?? doc.relativePath,
    dir: doc.url.endsWith('/') ? doc.url : `${dirname(doc.url).replace(/\/?$/, '/')}`,
    excerpt: doc.data.excerpt ?? null,
    get content(): string {
      content ??= context.render(doc, 'content')
      return content
    }
  }
  copyData(drop, doc.data)
  return drop
}

/** What Liquid sees of `doc`: a page's or a document's drop. */
export function documentDrop(doc: SiteDocument, context: DropContext): Record<string, unknown> {
  return doc.kind === 'page' ? pageDropOf(doc, context) : documentDropOf(doc, context)
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
