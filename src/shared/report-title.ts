/**
 * A report's title as our writers name their periodic reports: `<series>_<YYYYMMDD>_<YYYYMMDD>`,
 * the series and the first and last day the report covers (`twitter_ai_20251111_20251111` for
 * one day of the AI feed).
 */
export interface ReportTitle {
  series: string
  /** `YYYY-MM-DD` */
  from: string
  /** `YYYY-MM-DD` */
  to: string
}

const REPORT_TITLE = /^(.+)_(\d{4})(\d{2})(\d{2})_(\d{4})(\d{2})(\d{2})$/

/** The series and days a title names, or null for a title of another shape. */
export function parseReportTitle(title: string): ReportTitle | null {
  const match = REPORT_TITLE.exec(title.trim())
  if (!match) return null
  const [, series, y1, m1, d1, y2, m2, d2] = match
  return { series, from: `${y1}-${m1}-${d1}`, to: `${y2}-${m2}-${d2}` }
}

/** The title of a one-day report of `series` on `day` (`YYYY-MM-DD`). */
export function dailyReportTitle(series: string, day: string): string {
  const compact = day.replace(/-/g, '')
  return `${series}_${compact}_${compact}`
}

/** The series a report template pre-fills when the folder has no report named that way yet. */
export const fallbackReportSeries = 'report'

/**
 * The title a new daily report gets by default: the series of the newest report (the first of
 * `titles`, newest first) whose title has the report shape, for `today`; else the fallback series.
 */
export function suggestDailyReportTitle(titles: readonly string[], today: string): string {
  for (const title of titles) {
    const report = parseReportTitle(title)
    if (report) return dailyReportTitle(report.series, today)
  }
  return dailyReportTitle(fallbackReportSeries, today)
}
