/**
 * What one folder-relative path is to Jekyll, by the same rules the folder walk applies: a post,
 * a draft, a collection document, a page or static file, or nothing Jekyll reads. Used for a file
 * event (so one changed file is re-read alone) and for the editor's buffer.
 */
import type { EntryFilter } from './entry-filter'
import { splitPostFileName } from '../post-date'

export type PathRole =
  | { role: 'post' | 'draft'; collection: 'posts' }
  | { role: 'document'; collection: string }
  | { role: 'site-file' }
  | { role: 'ignored' }

export interface ClassifyOptions {
  filter: EntryFilter
  drafts: boolean
  collectionsDir: string
  /** Labels other than `posts`. */
  collections: string[]
}

/** True when every folder on the way to `segments[end]` is one Jekyll walks into. */
function foldersKept(segments: string[], end: number, filter: EntryFilter): boolean {
  for (let index = 0; index < end; index += 1) {
    const id = segments.slice(0, index + 1).join('/')
    if (!filter.keeps(segments[index], id, true)) return false
  }
  return true
}

export function classifyPath(id: string, options: ClassifyOptions): PathRole {
  const segments = id.split('/')
  const { filter, collectionsDir } = options
  const baseDepth = collectionsDir === '' ? 0 : collectionsDir.split('/').length
  const insideBase = collectionsDir === '' || id.startsWith(`${collectionsDir}/`)
  if (insideBase && segments.length > baseDepth + 1) {
    const first = segments[baseDepth]
    const label = first.slice(1)
    if (first.startsWith('_') && label !== 'posts' && options.collections.includes(label)) {
      const inner = segments.slice(baseDepth + 1).join('/')
      return filter.keeps(inner, id, false)
        ? { role: 'document', collection: label }
        : { role: 'ignored' }
    }
  }
  for (const magic of ['_posts', '_drafts'] as const) {
    const at = segments.indexOf(magic)
    if (at === -1 || at === segments.length - 1) continue
    if (magic === '_drafts' && !options.drafts) return { role: 'ignored' }
    if (!insideBase || !foldersKept(segments, at, filter)) return { role: 'ignored' }
    const inner = segments.slice(at + 1)
    if (inner.slice(0, -1).some((part) => part.startsWith('.'))) return { role: 'ignored' }
    const name = inner[inner.length - 1]
    const matches = magic === '_posts' ? splitPostFileName(name) !== null : /\.[^.]+$/.test(name)
    if (!matches || !filter.keeps(inner.join('/'), id, false)) return { role: 'ignored' }
    return { role: magic === '_posts' ? 'post' : 'draft', collection: 'posts' }
  }
  if (!foldersKept(segments, segments.length - 1, filter)) return { role: 'ignored' }
  const name = segments[segments.length - 1]
  return filter.keeps(name, id, false) ? { role: 'site-file' } : { role: 'ignored' }
}
