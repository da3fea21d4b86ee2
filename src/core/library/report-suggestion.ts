import type { TemplateInfo } from '@shared/new-post'
import { suggestDailyReportTitle } from '@shared/report-title'

/** The template whose posts are daily reports named `<series>_<YYYYMMDD>_<YYYYMMDD>`. */
export const reportTemplateName = 'report'

/**
 * The templates with the report template's suggested title: today's daily report of the series
 * of the newest report in the folder (`titles` newest first).
 */
export function withReportTitle(
  templates: TemplateInfo[],
  titles: readonly string[],
  today: string
): TemplateInfo[] {
  if (!templates.some((info) => info.name === reportTemplateName)) return templates
  const suggestedTitle = suggestDailyReportTitle(titles, today)
  return templates.map((info) =>
    info.name === reportTemplateName ? { ...info, suggestedTitle } : info
  )
}
