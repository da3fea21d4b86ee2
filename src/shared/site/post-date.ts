/**
 * Dates as Jekyll reads them. Jekyll sets `ENV["TZ"]` to the site's `timezone` and parses every
 * date with Ruby's `Time.parse(...).localtime`, so a date without a zone is wall-clock time in the
 * site's zone, a date with one is that instant, and every placeholder (`:year`, `:day`, …) is read
 * in the site's zone. Without `timezone` Jekyll uses the machine's zone; so do we.
 */

/** A wall-clock reading of an instant in one zone (month 1-12, weekday 0 = Sunday). */
export interface ZonedParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  weekday: number
  /** Minutes east of UTC at that instant. */
  offsetMinutes: number
}

const formatters = new Map<string, Intl.DateTimeFormat | null>()

/** A formatter for `zone`, or null for an unknown zone (glibc reads an unknown TZ as UTC). */
function formatterFor(zone: string | null): Intl.DateTimeFormat | null {
  const key = zone ?? ''
  let formatter = formatters.get(key)
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone ?? undefined,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric'
      })
    } catch {
      formatter = null
    }
    formatters.set(key, formatter)
  }
  return formatter
}

/** Whether `zone` is a time zone Intl knows (an unknown one reads as UTC, as glibc reads it). */
export function knownZone(zone: string): boolean {
  return formatterFor(zone) !== null
}

/** The zone's offset at an instant, read from Intl (slow: ~10 µs a call). */
function intlOffset(formatter: Intl.DateTimeFormat, ms: number): number {
  const whole = ms - (((ms % 1000) + 1000) % 1000)
  const parts: Record<string, string> = {}
  for (const part of formatter.formatToParts(new Date(whole))) parts[part.type] = part.value
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second)
  )
  return Math.round((wall - whole) / 60_000)
}

interface MonthOffsets {
  before: number
  after: number
  /** First instant with `after`, when the month holds a change (a DST switch). */
  switchAt: number
}

const monthMs = 31 * 24 * 3_600_000
const offsetCache = new Map<string, Map<number, MonthOffsets>>()

/**
 * Minutes east of UTC in `zone` at `ms`. Formatting with Intl for every post would cost most of
 * a 10,000-post load, so offsets are kept per 31-day span: the offsets at its two ends, and when
 * they differ, the switch found by bisection to the second (zones change at most once a span).
 */
export function zoneOffsetAt(zone: string | null, ms: number): number {
  if (zone === null) return -new Date(ms).getTimezoneOffset()
  const formatter = formatterFor(zone)
  if (!formatter) return 0
  let spans = offsetCache.get(zone)
  if (!spans) {
    spans = new Map()
    offsetCache.set(zone, spans)
  }
  const bucket = Math.floor(ms / monthMs)
  let span = spans.get(bucket)
  if (!span) {
    const start = bucket * monthMs
    const end = start + monthMs - 1000
    const before = intlOffset(formatter, start)
    const after = intlOffset(formatter, end)
    let switchAt = end + 1000
    if (before !== after) {
      let low = start
      let high = end
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000
        if (intlOffset(formatter, middle) === before) low = middle
        else high = middle
      }
      switchAt = high
    }
    span = { before, after, switchAt }
    spans.set(bucket, span)
  }
  return ms >= span.switchAt ? span.after : span.before
}

/** The wall-clock parts of `date` in `zone` (null: the machine's zone). */
export function zonedParts(date: Date, zone: string | null): ZonedParts {
  const ms = date.getTime()
  return utcParts(ms, zoneOffsetAt(zone, ms))
}

function utcParts(ms: number, offsetMinutes: number): ZonedParts {
  const d = new Date(ms + offsetMinutes * 60_000)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
    offsetMinutes
  }
}

/** The instant at which the wall clock of `zone` reads the given time (DST gaps move forward). */
export function wallTimeToDate(
  zone: string | null,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0
): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms)
  // Two rounds settle the offset except inside a DST gap, which Ruby also resolves forward.
  let guess = wall - zonedParts(new Date(wall), zone).offsetMinutes * 60_000
  guess = wall - zonedParts(new Date(guess), zone).offsetMinutes * 60_000
  return new Date(guess)
}

// Ruby's Time.parse reads far more; these are the shapes front matter and file names use.
const DATE_TIME =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|z|UTC|GMT|[-+]\d{2}(?::?\d{2})?)?\s*$/
// Psych's timestamp: a date, a time with seconds, an optional fraction and zone.
const YAML_TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+)(\d{1,2}):(\d\d):(\d\d)(?:\.(\d*))?\s*(Z|[-+]\d{1,2}(?::?\d\d)?)?$/

/**
 * An unquoted YAML 1.1 timestamp as Psych reads it (Jekyll's front matter is YAML 1.1): a time
 * without a zone is UTC (Psych builds it with Time.utc), unlike a quoted string, which
 * Time.parse reads in the site's zone. Null when the text is not such a timestamp.
 */
export function yamlTimestamp(text: string): Date | null {
  const match = YAML_TIMESTAMP.exec(text.trim())
  if (!match) return null
  const [, y, mo, d, h, mi, s, frac, zoneText] = match
  const millis = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0
  const utc = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    millis
  )
  const offset = zoneText ? zoneOffsetMinutes(zoneText) : 0
  const date = new Date(utc - offset * 60_000)
  return Number.isNaN(date.getTime()) ? null : date
}

/**
 * A date as Jekyll reads a front matter `date` or a file name's date, or null when it cannot be
 * read (Jekyll stops the build there; we say so in a diagnostic instead).
 */
export function parseJekyllDate(value: unknown, zone: string | null): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value
  if (typeof value !== 'string') return null
  const text = value.trim()
  const match = DATE_TIME.exec(text)
  if (!match) return null
  const [, y, mo, d, h, mi, s, frac, zoneText] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const hour = Number(h ?? 0)
  const minute = Number(mi ?? 0)
  const second = Number(s ?? 0)
  const millis = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0
  if (hour > 24 || minute > 59 || second > 60) return null
  // Ruby's Time takes 24:00:00 (the next midnight) but no later hour 24, and zones within a day.
  if (hour === 24 && (minute > 0 || second > 0)) return null
  if (zoneText) {
    const offset = zoneOffsetMinutes(zoneText)
    if (Math.abs(offset) >= 24 * 60) return null
    return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000)
  }
  return wallTimeToDate(zone, year, month, day, hour, minute, second, millis)
}

function zoneOffsetMinutes(text: string): number {
  if (/^(?:z|utc|gmt)$/i.test(text)) return 0
  const sign = text[0] === '-' ? -1 : 1
  const digits = text.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0
  return sign * (hours * 60 + minutes)
}

/** `YYYY-MM-DD-` at the start of a post's file name (Jekyll's DATE_FILENAME_MATCHER). */
const FILE_NAME_DATE = /^(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^./]+)$/

/** The date and slug parts of a post's file name, or null when it has no date. */
export function splitPostFileName(
  name: string
): { date: string; slug: string; ext: string } | null {
  const match = FILE_NAME_DATE.exec(name)
  return match ? { date: match[1], slug: match[2], ext: match[3] } : null
}
