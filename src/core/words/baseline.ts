import type { PostSummary } from '@shared/post'
import { parseJekyllDate } from '@shared/site/post-date'

/** How many earlier posts of its series a post's trends compare it with, by default. */
export const defaultBaselineSize = 8

/**
 * The up to `size` posts of `mates` (the other posts of a series) dated just before `date`,
 * oldest first. Dates are read as Jekyll reads them; a post without a readable date takes no
 * part, and a post without one has no baseline. Equal dates go by id.
 */
export function baselineOf(
  mates: readonly PostSummary[],
  date: string | null,
  size: number
): PostSummary[] {
  const at = instant(date)
  if (at === null) return []
  const dated: Array<{ summary: PostSummary; at: number }> = []
  for (const summary of mates) {
    const when = instant(summary.date)
    if (when !== null && when < at) dated.push({ summary, at: when })
  }
  dated.sort((a, b) => a.at - b.at || (a.summary.id < b.summary.id ? -1 : 1))
  return dated.slice(Math.max(0, dated.length - size)).map((entry) => entry.summary)
}

/** A post date as milliseconds; a date without a zone is read as UTC, the same for every post. */
function instant(date: string | null): number | null {
  return date === null ? null : (parseJekyllDate(date, 'UTC')?.getTime() ?? null)
}
