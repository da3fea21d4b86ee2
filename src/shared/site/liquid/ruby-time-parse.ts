/**
 * Liquid::Utils.to_date: what Liquid's `date` and Jekyll's date filters accept. Time.parse is
 * Ruby's heuristic date reader; the shapes Jekyll sites carry are read here (ISO 8601 and
 * Jekyll's `YYYY-MM-DD HH:MM:SS +ZZZZ`, RFC 2822, `Month D, YYYY`, `D Month YYYY`, slashes).
 */
import { RubyTime, fromLocalFields, localTime, zoneAt } from './ruby-time'

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A Time for `value`, or null when Liquid's to_date would give nil. */
export function toRubyTime(value: unknown, timezone: string | null): RubyTime | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : localTime(value.getTime(), timezone)
  }
  if (typeof value === 'number' && Number.isInteger(value)) return localTime(value * 1000, timezone)
  if (value instanceof RubyTime) return value
  if (typeof value !== 'string' || value === '') return null
  const text = value.toLowerCase()
  if (text === 'now' || text === 'today') return localTime(Date.now(), timezone)
  if (/^\d+$/.test(text)) return localTime(Number(text) * 1000, timezone)
  return parseTime(text, timezone)
}

const zonePattern = '(z|utc|gmt|[+-]\\d{2}(?::?\\d{2})?)'
const timePattern = '(?:[t\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?\\s*(am|pm)?)?'
const iso = new RegExp(
  `^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})${timePattern}\\s*${zonePattern}?\\s*$`
)
const dayMonthYear = new RegExp(
  `^\\s*(?:[a-z]+,?\\s+)?(\\d{1,2})[\\s-]+([a-z]+)\\.?[\\s-]+(\\d{4})${timePattern}\\s*${zonePattern}?\\s*$`
)
const monthDayYear = new RegExp(
  `^\\s*(?:[a-z]+,?\\s+)?([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${timePattern}\\s*${zonePattern}?\\s*$`
)

/** Time.parse for the shapes above; null where Ruby raises ArgumentError (no date found). */
export function parseTime(text: string, timezone: string | null): RubyTime | null {
  let match = iso.exec(text)
  if (match) return build([match[1], match[2], match[3]], match.slice(4), timezone)
  match = dayMonthYear.exec(text)
  if (match) return build([match[3], monthNumber(match[2]), match[1]], match.slice(4), timezone)
  match = monthDayYear.exec(text)
  if (match) return build([match[3], monthNumber(match[1]), match[2]], match.slice(4), timezone)
  return null
}

function monthNumber(name: string): string {
  const index = months.indexOf(name.slice(0, 3))
  return index < 0 ? '' : String(index + 1)
}

function build(
  date: (string | undefined)[],
  time: (string | undefined)[],
  timezone: string | null
): RubyTime | null {
  const [year, month, day] = date.map(Number)
  if (!month || month > 12 || !day || day > 31) return null
  const [h, m, s, fraction, meridian, zone] = time
  let hour = Number(h ?? 0)
  if (meridian === 'pm' && hour < 12) hour += 12
  if (meridian === 'am' && hour === 12) hour = 0
  const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0
  const fields = [year, month, day, hour, Number(m ?? 0), Number(s ?? 0), millis]
  if (!zone) return fromLocalFields(fields, timezone)
  const offset = zoneOffset(zone)
  const wall = Date.UTC(year, month - 1, day, hour, Number(m ?? 0), Number(s ?? 0), millis)
  const ms = wall - offset * 60000
  if (zone === 'z' || zone === 'utc' || zone === 'gmt') return new RubyTime(ms, 0, 'UTC', true)
  // Time.parse gives a local Time (with the zone's name) when the offset is the local one.
  const local = zoneAt(ms, timezone)
  return new RubyTime(ms, offset, local.offset === offset ? local.zone : '')
}

function zoneOffset(zone: string): number {
  if (zone === 'z' || zone === 'utc' || zone === 'gmt') return 0
  const digits = zone.replace(':', '')
  const sign = digits[0] === '-' ? -1 : 1
  const hours = Number(digits.slice(1, 3))
  const minutes = Number(digits.slice(3, 5) || 0)
  return sign * (hours * 60 + minutes)
}
