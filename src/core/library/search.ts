import { PostcloudError } from '@shared/errors'
import type { SearchHit } from '@shared/search'
import type { IndexedPost } from './post-index'
import type { SearchCache } from './search-cache'
import { readSearchText } from './search-cache'
import { foldForSearch, occurrences } from './search-fold'
import { snippetAround } from './snippet'

export const maxQueryChars = 200
export const maxHits = 200

/** Longest stretch a search keeps the event loop before yielding (reading posts is synchronous). */
const sliceMs = 12

interface Candidate {
  post: IndexedPost
  inTitle: boolean
  count: number
  /** Position in the listing (newest date first): the last tie-breaker. */
  order: number
}

/**
 * Posts whose title or body contain `needle` (a `searchNeedle`) as a plain substring, so no word
 * boundaries get in the way of Chinese. Title matches first, then more matches, then newer posts
 * (`posts` come newest first); at most 200.
 */
export async function searchPosts(
  posts: IndexedPost[],
  needle: string,
  cache: SearchCache
): Promise<SearchHit[]> {
  if (needle === '') return []
  const candidates: Candidate[] = []
  let sliceStart = performance.now()
  for (const [order, post] of posts.entries()) {
    if (post.summary.unreadable) continue
    const title = occurrences(foldForSearch(post.summary.title), needle).count
    const count = title + cache.bodyCount(post, needle)
    if (count > 0) candidates.push({ post, inTitle: title > 0, count, order })
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setImmediate(resolve))
      sliceStart = performance.now()
    }
  }
  cache.keepOnly(new Set(posts.map((post) => post.summary.id)))
  candidates.sort(
    (a, b) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count || a.order - b.order
  )
  const hits: SearchHit[] = []
  for (const candidate of candidates) {
    if (hits.length === maxHits) break
    const hit = hitOf(candidate, needle)
    if (hit) hits.push(hit)
  }
  return hits
}

/**
 * What a query is looked for as: trimmed, NFC, folded (case-insensitive, full- and half-width
 * forms alike). '' for an empty or blank query, which finds nothing.
 */
export function searchNeedle(query: string): string {
  if (query.length > maxQueryChars) {
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      `Search for at most ${maxQueryChars} characters at a time.`
    )
  }
  return foldForSearch(query.trim().normalize('NFC'))
}

/**
 * The hit with its snippet and line, from the title or from the post read once more (only the
 * shown results are). A post that changed so that the body no longer matches is left out.
 */
function hitOf(candidate: Candidate, needle: string): SearchHit | null {
  const { summary, path } = candidate.post
  if (candidate.inTitle) {
    const at = foldForSearch(summary.title).indexOf(needle)
    const snippet = snippetAround(summary.title, at, needle.length)
    return { id: summary.id, field: 'title', ...snippet, line: 0, count: candidate.count }
  }
  const text = readSearchText(path)
  if (!text) return null
  const at = foldForSearch(text.raw).indexOf(needle, text.bodyStart)
  if (at === -1) return null
  return {
    id: summary.id,
    field: 'body',
    ...snippetAround(text.raw, at, needle.length, text.bodyStart),
    line: lineOf(text.raw, at),
    count: candidate.count
  }
}

/** 0-based line of `index` in `text`. */
function lineOf(text: string, index: number): number {
  let line = 0
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1
  }
  return line
}
