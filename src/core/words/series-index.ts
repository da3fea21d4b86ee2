import type { PostSummary } from '@shared/post'
import { seriesId, seriesKeyOf } from '@shared/words'
import type { SeriesKey } from '@shared/words'
import type { SeriesFacts } from '@core/library/summary'
import { fileTitle } from '@core/library/file-title'

/** The series a listed post belongs to: its `series:`, first category, or title without dates. */
export function summarySeries(summary: PostSummary): SeriesKey | null {
  return seriesKeyOf({
    series: summary.series,
    categories: summary.categories,
    title: summary.title
  })
}

/** The same from a post's own facts (a segmentation's `about`), the file name standing in for a title. */
export function factsSeries(id: string, facts: SeriesFacts): SeriesKey | null {
  return seriesKeyOf({
    series: facts.series,
    categories: facts.categories,
    title: facts.title ?? fileTitle(id)
  })
}

/** A series as the string posts are grouped by, or null for a post of none. */
export function groupOf(key: SeriesKey | null): string | null {
  return key ? seriesId(key) : null
}
