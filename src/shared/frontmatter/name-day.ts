import type { FrontMatterValue } from '../post'
import { parseJekyllDate, splitPostFileName, zonedParts } from '../site/post-date'

/** A post whose front matter date falls on another day than its `YYYY-MM-DD-` file name says. */
export interface NameDayMismatch {
  /** The day of the front matter date, `2025-11-12`. */
  dateDay: string
  /** The day the file name says, as written there. */
  nameDay: string
  /** The file name with the date's day: `2025-11-12-slug.md`. */
  fileName: string
}

const WRITTEN_DAY = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/

/** Whether Jekyll reads the post's date from its file name: a file under a `_posts/` folder. */
export function isInPostsFolder(id: string): boolean {
  return id.split('/').slice(0, -1).includes('_posts')
}

/**
 * Compares a post's `date` with the date its file name (`2025-11-11-slug.md`) starts with.
 * Jekyll dates the post (and its URL) by the front matter, but links written before, feed readers
 * and other tools follow the name, so the two should agree. The date's day is the site's
 * `timezone` day (Jekyll reads every date in it); without one, the day as written. Null when they
 * agree, when the name has no date, or when the date cannot be read.
 */
export function nameDayMismatch(
  fileName: string,
  date: FrontMatterValue | undefined,
  zone: string | null
): NameDayMismatch | null {
  if (typeof date !== 'string') return null
  const name = splitPostFileName(fileName)
  const instant = parseJekyllDate(date, zone)
  if (!name || !instant) return null
  const dateDay = zone === null ? writtenDay(date) : zonedDay(instant, zone)
  const [year, month, day] = name.date.split('-').map(Number)
  if (dateDay === null || dateDay === isoDay(year, month, day)) return null
  return { dateDay, nameDay: name.date, fileName: `${dateDay}-${name.slug}${name.ext}` }
}

function writtenDay(date: string): string | null {
  const match = WRITTEN_DAY.exec(date)
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : null
}

function zonedDay(instant: Date, zone: string): string {
  const parts = zonedParts(instant, zone)
  return isoDay(parts.year, parts.month, parts.day)
}

function isoDay(year: number, month: number, day: number): string {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0')
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}
