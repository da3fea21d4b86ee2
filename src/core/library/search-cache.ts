import { readFileSync } from 'node:fs'
import { frontMatterEnd } from '@shared/text'
import type { IndexedPost } from './post-index'
import { foldForSearch, occurrences } from './search-fold'
import { decodePost } from './text-decode'

/** A post's text as search needs it: whole (for snippets) and folded from the body on. */
export interface SearchText {
  raw: string
  /** Index in `raw` where the body starts (after a closed front matter block). */
  bodyStart: number
}

interface CacheEntry {
  mtimeMs: number
  size: number
  /** The folded body, or null for a file that is not UTF-8 text. */
  folded: string | null
  /** The last needle this body did not contain: no longer needle containing it can match. */
  missed: string | null
}

/**
 * The folded body text of each post, kept by (id, mtime, size) like the summary index, so a
 * search as the writer types reads and folds only posts that changed since the last keystroke.
 * Only the folded body is kept (one copy of the text); the few posts that make it into the
 * results are read again for their snippets. Typing on (`大` -> `大模` -> `大模型`) looks only
 * through the bodies that still could match.
 */
export class SearchCache {
  private readonly entries = new Map<string, CacheEntry>()

  /** How often the folded `needle` occurs in the body of a listed post (0 when unreadable). */
  bodyCount(post: IndexedPost, needle: string): number {
    const entry = this.entry(post)
    if (entry.folded === null) return 0
    if (entry.missed !== null && needle.includes(entry.missed)) return 0
    const { count } = occurrences(entry.folded, needle)
    if (count === 0) entry.missed = needle
    return count
  }

  private entry(post: IndexedPost): CacheEntry {
    const { id, mtimeMs, size } = post.summary
    const cached = this.entries.get(id)
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached
    const text = readSearchText(post.path)
    const folded = text ? foldForSearch(text.raw.slice(text.bodyStart)) : null
    const entry: CacheEntry = { mtimeMs, size, folded, missed: null }
    this.entries.set(id, entry)
    return entry
  }

  /** Drops the entries of posts no longer listed. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.entries.keys()) if (!ids.has(id)) this.entries.delete(id)
  }
}

/** A post's text without the BOM, or null when it is gone, binary or not UTF-8. */
export function readSearchText(path: string): SearchText | null {
  let bytes
  try {
    bytes = readFileSync(path)
  } catch {
    return null
  }
  const decoded = decodePost(bytes)
  if (decoded.kind !== 'text') return null
  return { raw: decoded.text, bodyStart: frontMatterEnd(decoded.text) }
}
