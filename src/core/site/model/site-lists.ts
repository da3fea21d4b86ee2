import type { SiteDocument } from '@shared/site/model/document'
import { compareDocuments } from '@shared/site/model/post-order'

/** The ordered lists Liquid sees, derived from the built documents. */
export interface SiteLists {
  /** Posts (and drafts when read) Jekyll keeps, ascending by date then path. */
  posts: SiteDocument[]
  /** Other collections' documents, ascending, by label. */
  collections: Map<string, SiteDocument[]>
  /** Pages, by file name as Jekyll sorts them. */
  pages: SiteDocument[]
}

/**
 * Which built documents Jekyll keeps where: PostReader drops unpublished and future posts; a
 * collection keeps future documents (it only does not write them); pages drop unpublished ones.
 */
export function listsOf(
  docs: Iterable<SiteDocument>,
  unpublished: boolean,
  config: Record<string, unknown> = {}
): SiteLists {
  const posts: SiteDocument[] = []
  const collections = new Map<string, SiteDocument[]>()
  const pages: SiteDocument[] = []
  for (const doc of docs) {
    if (doc.kind === 'post' || doc.kind === 'draft') {
      if (doc.write) posts.push(doc)
    } else if (doc.kind === 'document') {
      if (doc.data.published === false && !unpublished) continue
      const label = doc.collection ?? ''
      const list = collections.get(label) ?? []
      list.push(doc)
      collections.set(label, list)
    } else if (doc.write) pages.push(doc)
  }
  posts.sort(compareDocuments)
  // Site#limit_posts!: only the newest `limit_posts` posts are read.
  const limit = typeof config.limit_posts === 'number' ? config.limit_posts : 0
  if (limit > 0 && posts.length > limit) posts.splice(0, posts.length - limit)
  const meta = (config.collections ?? {}) as Record<string, Record<string, unknown> | undefined>
  for (const [label, list] of collections)
    collections.set(label, sortCollection(list, label, meta[label] ?? {}))
  const name = (doc: SiteDocument): string =>
    doc.relativePath.slice(doc.relativePath.lastIndexOf('/') + 1)
  // Reader#sort_files! sorts the site's pages by name; the theme's asset pages are read after it
  // and stay at the end, in the order they were found.
  const own = pages.filter((page) => !page.id.startsWith('theme:'))
  own.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0))
  const themed = pages.filter((page) => page.id.startsWith('theme:'))
  return { posts, collections, pages: [...own, ...themed] }
}

/** Ruby's `<=>` on front matter values: numbers, strings and dates compare; others tie. */
function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime()
  return 0
}

/**
 * Collection#sort_docs!: `order` (listed documents first, then the rest), or `sort_by` a front
 * matter key (documents without it last), or date then path.
 */
function sortCollection(
  list: SiteDocument[],
  label: string,
  meta: Record<string, unknown>
): SiteDocument[] {
  const sorted = list.sort(compareDocuments)
  if (Array.isArray(meta.order)) {
    const byPath = new Map(sorted.map((doc) => [doc.relativePath, doc]))
    const first: SiteDocument[] = []
    for (const entry of meta.order) {
      const doc = byPath.get(`_${label}/${String(entry)}`)
      if (doc && !first.includes(doc)) first.push(doc)
    }
    return [...first, ...sorted.filter((doc) => !first.includes(doc))]
  }
  if (typeof meta.sort_by === 'string') {
    const key = meta.sort_by
    return sorted.sort((a, b) => {
      const left = a.data[key]
      const right = b.data[key]
      const missing =
        (left === undefined || left === null) !== (right === undefined || right === null)
      const order = missing
        ? left === undefined || left === null
          ? 1
          : -1
        : compareValues(left, right)
      return order !== 0 ? order : compareDocuments(a, b)
    })
  }
  return sorted
}

/**
 * `list` with `doc` in place of the document with its id (or added), still in order: the
 * editor's buffer as it would be after saving.
 */
export function withDocument(list: SiteDocument[], doc: SiteDocument): SiteDocument[] {
  const at = list.findIndex((item) => item.id === doc.id)
  if (at !== -1 && list[at].date?.getTime() === doc.date?.getTime()) {
    const copy = list.slice()
    copy[at] = doc
    return copy
  }
  const copy = list.filter((item) => item.id !== doc.id)
  copy.push(doc)
  return copy.sort(compareDocuments)
}

/** The lists with the editor's document in place of its saved version (or added). */
export function withCurrent(lists: SiteLists, current: SiteDocument | undefined): SiteLists {
  if (!current) return lists
  const { kind } = current
  if ((kind === 'post' || kind === 'draft') && current.write)
    return { ...lists, posts: withDocument(lists.posts, current) }
  if (kind === 'page')
    return { ...lists, pages: lists.pages.map((page) => (page.id === current.id ? current : page)) }
  if (kind === 'document' && current.collection) {
    const collections = new Map(lists.collections)
    collections.set(
      current.collection,
      withDocument(collections.get(current.collection) ?? [], current)
    )
    return { ...lists, collections }
  }
  return lists
}

/** The list a document is ordered in (its collection's), for `next` and `previous`. */
export function listOf(lists: SiteLists, doc: SiteDocument): SiteDocument[] {
  if (doc.kind === 'post' || doc.kind === 'draft') return lists.posts
  if (doc.kind === 'document') return lists.collections.get(doc.collection ?? '') ?? []
  return []
}

/**
 * `site.related_posts` without LSI (RelatedPosts#most_recent_posts): the ten newest posts other
 * than the one being rendered; empty for anything but a post.
 */
export function relatedPosts(posts: SiteDocument[], current: SiteDocument): SiteDocument[] {
  if (current.kind !== 'post' && current.kind !== 'draft') return []
  return posts
    .slice(-11)
    .reverse()
    .filter((post) => post.id !== current.id)
    .slice(0, 10)
}
