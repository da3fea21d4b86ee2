/**
 * The order of a collection's documents (Document#<=>): by date, then by path. `site.posts` is
 * that order reversed; `next` is the following document in it, `previous` the one before.
 */
import type { SiteDocument } from './document'

export function compareDocuments(a: SiteDocument, b: SiteDocument): number {
  const left = a.date?.getTime() ?? 0
  const right = b.date?.getTime() ?? 0
  if (left !== right) return left < right ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * The neighbours `doc` would have in the ascending list `sorted` (which may hold an older
 * version of the same id, ignored): found by binary search, so a keystroke that moves the date
 * costs O(log n), not a sort.
 */
export function neighbours(
  sorted: SiteDocument[],
  doc: SiteDocument
): { previous: SiteDocument | null; next: SiteDocument | null } {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareDocuments(sorted[middle], doc) < 0) low = middle + 1
    else high = middle
  }
  let before = low - 1
  let after = low
  while (before >= 0 && sorted[before].id === doc.id) before -= 1
  while (after < sorted.length && sorted[after].id === doc.id) after += 1
  return {
    previous: before >= 0 ? sorted[before] : null,
    next: after < sorted.length ? sorted[after] : null
  }
}
