/**
 * Which series a post belongs to, from its front matter. Boilerplate and the distinctive emphasis
 * compare a post with the other issues of its series: the posts with the same `series:` key, else
 * the same first category, else the same title once its dates and digits are gone.
 */

export interface SeriesKey {
  /** The front matter field the name came from. */
  by: 'series' | 'category' | 'title'
  name: string
}

/** The post's series, or null when it names none of the three. */
export function seriesKeyOf(data: Record<string, unknown>): SeriesKey | null {
  const series = scalarText(data.series)
  if (series) return { by: 'series', name: series }
  const category = firstCategory(data.categories) ?? scalarText(data.category)
  if (category) return { by: 'category', name: category }
  const title = scalarText(data.title)
  const name = title ? titleWithoutDates(title) : ''
  return name ? { by: 'title', name } : null
}

/** One string per series, for grouping: two posts are in the same series when their ids match. */
export function seriesId(key: SeriesKey): string {
  return `${key.by}:${key.name}`
}

/** A string or number as trimmed text with its whitespace collapsed; '' for anything else. */
function scalarText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
}

/** Jekyll's `categories`: a YAML list, or one string of space-separated categories. */
function firstCategory(value: unknown): string | null {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : []
  for (const item of items) {
    const text = scalarText(item)
    if (text) return text
  }
  return null
}

// Stands for one removed date or issue number until the separators around it are trimmed.
const GAP = '\u0000'

// Whole dates first (2025-11-11, 2025/11/11, 2025.11.11, 2025年11月11日, 20251111), then the
// shorter shapes (2025年11月, 11月11日, 11-11, 11/11), and issue numbers (第12期).
const datePatterns: readonly RegExp[] = [
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?/gu,
  /(?<!\d)\d{8}(?!\d)/gu,
  /\d{4}\s*年\s*\d{1,2}\s*月/gu,
  /\d{1,2}\s*月\s*\d{1,2}\s*[日号]?/gu,
  /(?<!\d)\d{1,2}[-/.]\d{1,2}(?!\d)/gu,
  /第\s*\d+\s*[期号篇回周]/gu
]

// Separators that are left dangling once the dates between or beside them are gone.
const dangling = String.raw`[\s\-–—~～_:：,，、/|·.#]`
// Two removed dates joined by a range word or mark are one removed span.
const range = new RegExp(`${GAP}(?:${dangling}|至|到|\\bto\\b)*${GAP}`, 'gu')
// Brackets holding nothing but a removed span.
const bracketed = new RegExp(`[(（\\[【〔]${dangling}*${GAP}${dangling}*[)）\\]】〕]`, 'gu')
const gapWithSeparators = new RegExp(`${dangling}*${GAP}${dangling}*`, 'gu')
const maxTitleLength = 1000
const edges = new RegExp(`^${dangling}+|${dangling}+$`, 'gu')

/**
 * A title as the name of its series: "推特AI日报 (2025-11-11 至 2025-11-12)" -> "推特AI日报",
 * "twitter_ai_20251111_20251111" -> "twitter_ai". '' when no letters are left.
 */
export function titleWithoutDates(title: string): string {
  // A title is a line; the bound keeps the separator trimming cheap for a hostile one.
  let text = title.slice(0, maxTitleLength)
  for (const pattern of datePatterns) text = text.replace(pattern, GAP)
  text = text.replace(/\p{N}+/gu, GAP)
  let previous = ''
  while (previous !== text) {
    previous = text
    text = text.replace(range, GAP).replace(bracketed, GAP)
  }
  text = text.replace(gapWithSeparators, ' ').replace(edges, '').replace(/\s+/g, ' ').trim()
  return /\p{L}/u.test(text) ? text : ''
}
