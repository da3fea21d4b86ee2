import { defaultDateFormat, formatDate } from '@shared/frontmatter/date-format'

export interface FillValues {
  title: string
  slug: string
  instantMs: number
  offsetMinutes: number
}

const PLACEHOLDER = /\{\{\s*(title|slug|date)(?::([^}]*))?\s*\}\}/g

/** Fills `{{title}}`, `{{slug}}`, `{{date}}` and `{{date:FORMAT}}`; other braces stay as written. */
export function fillTemplate(text: string, values: FillValues): string {
  return text.replace(PLACEHOLDER, (_match, name: string, format: string | undefined) => {
    if (name === 'title') return values.title
    if (name === 'slug') return values.slug
    return formatDate(values.instantMs, values.offsetMinutes, format ?? defaultDateFormat)
  })
}
