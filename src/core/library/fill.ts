import { defaultDateFormat, formatDate } from '@shared/frontmatter/date-format'

export interface FillValues {
  title: string
  slug: string
  instantMs: number
  offsetMinutes: number
  /** The report's series: from a `<series>_<YYYYMMDD>_<YYYYMMDD>` title, else the title. */
  series: string
  /** First and last day the report covers (`YYYY-MM-DD`); the post's day for other titles. */
  from: string
  to: string
  /** Where Export will write the post's cloud, as the post links it. */
  cloud: string
}

const PLACEHOLDER = /\{\{\s*(title|slug|date|series|Series|from|to|cloud)(?::([^}]*))?\s*\}\}/g

/**
 * Fills `{{title}}`, `{{slug}}`, `{{date}}`, `{{date:FORMAT}}`, `{{series}}` (`{{Series}}` with a
 * capital first letter), `{{from}}`, `{{to}}` and `{{cloud}}`; other braces stay as written.
 */
export function fillTemplate(text: string, values: FillValues): string {
  return text.replace(PLACEHOLDER, (_match, name: string, format: string | undefined) => {
    switch (name) {
      case 'title':
        return values.title
      case 'slug':
        return values.slug
      case 'series':
        return values.series
      case 'Series':
        return capitalised(values.series)
      case 'from':
        return values.from
      case 'to':
        return values.to
      case 'cloud':
        return values.cloud
      default:
        return formatDate(values.instantMs, values.offsetMinutes, format ?? defaultDateFormat)
    }
  })
}

function capitalised(text: string): string {
  const first = text.codePointAt(0)
  if (first === undefined) return text
  const head = String.fromCodePoint(first)
  return head.toUpperCase() + text.slice(head.length)
}
