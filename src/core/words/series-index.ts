import type { PostSummary } from '@shared/post'
import { seriesId, seriesKeyOf } from '@shared/words'
import type { SeriesKey } from '@shared/words'

/** A series of the folder: its name and its posts' ids, in list order. */
export interface Series {
  key: SeriesKey
  ids: string[]
}

/** The series a listed post belongs to: its `series:`, first category, or title without dates. */
export function summarySeries(summary: PostSummary): SeriesKey | null {
  return seriesKeyOf({
    series: summary.series,
    categories: summary.categories,
    title: summary.title
  })
}

/** The folder's readable posts grouped by series (posts without one are left out). */
export function groupSeries(summaries: readonly PostSummary[]): Map<string, Series> {
  const groups = new Map<string, Series>()
  for (const summary of summaries) {
    if (summary.unreadable) continue
    const key = summarySeries(summary)
    if (!key) continue
    const id = seriesId(key)
    const group = groups.get(id)
    if (group) group.ids.push(summary.id)
    else groups.set(id, { key, ids: [summary.id] })
  }
  return groups
}
