/**
 * Ruby's Time as Liquid and Jekyll see it: an instant with the UTC offset it is shown in. Jekyll
 * sets ENV['TZ'] from the site's `timezone`, so "local" time is the site's zone; a string with
 * its own offset keeps it (Time.parse), as Liquid's `date` filter shows.
 */
import { knownZone, zoneOffsetAt } from '../post-date'

export class RubyTime {
  constructor(
    /** Milliseconds since the epoch. */
    readonly ms: number,
    /** Minutes east of UTC the time is shown in. */
    readonly offset: number,
    /** The zone's abbreviation for `%Z` (empty for a bare offset). */
    readonly zone: string,
    /** A Time in UTC mode (`…Z` in YAML or Time.parse): `to_s` ends in `UTC`, not `+0000`. */
    readonly utc = false
  ) {}
  /** Liquid's `<` and `>` compare times by their instant, with a Date too. */
  valueOf(): number {
    return this.ms
  }
}

/**
 * A time shown at a fixed UTC offset, as YAML front matter `date: 2025-01-01 20:05:06 +0000`
 * reaches Liquid (Ruby keeps the offset it was written with; a JS Date cannot carry one).
 */
export function timeAtOffset(date: Date | number, offsetMinutes: number): RubyTime {
  const ms = typeof date === 'number' ? date : date.getTime()
  return new RubyTime(ms, offsetMinutes, '')
}

/** Offset (minutes east) and abbreviation of `timezone` (null: the machine's) at `ms`. */
export function zoneAt(ms: number, timezone: string | null): { offset: number; zone: string } {
  // An unknown zone name: glibc reads an invalid TZ as UTC.
  if (timezone !== null && !knownZone(timezone)) return { offset: 0, zone: 'UTC' }
  // The site model's cached offsets: a post list formats a date per post on every keystroke.
  const offset = zoneOffsetAt(timezone, ms)
  return { offset, zone: abbreviation(ms, offset, timezone ?? undefined) }
}

/**
 * Locales whose Intl names match the tz database's abbreviations for their own regions (EST,
 * CET, IST, AEDT, JST…); elsewhere Intl says `GMT+8` where Ruby prints CST.
 */
const nameLocales = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-NZ', 'ja-JP']
/** tz database abbreviations Intl has no locale for. */
const knownNames: Record<string, string> = {
  'Asia/Shanghai': 'CST',
  'Asia/Chongqing': 'CST',
  'Asia/Harbin': 'CST',
  'Asia/Macau': 'CST',
  'Asia/Taipei': 'CST',
  PRC: 'CST',
  'Asia/Hong_Kong': 'HKT',
  'Asia/Seoul': 'KST',
  'Asia/Pyongyang': 'KST',
  'Asia/Karachi': 'PKT',
  'Asia/Jakarta': 'WIB',
  'Asia/Manila': 'PST',
  'Europe/Moscow': 'MSK',
  'Africa/Johannesburg': 'SAST'
}
const names = new Map<string, string>()

function abbreviation(ms: number, offset: number, timezone: string | undefined): string {
  const key = `${timezone ?? ''}|${offset}`
  let name = names.get(key)
  if (name === undefined) {
    name = (timezone && knownNames[timezone]) || intlName(ms, timezone) || numericName(offset)
    names.set(key, name)
  }
  return name
}

function intlName(ms: number, timezone: string | undefined): string | null {
  for (const locale of nameLocales) {
    const part = new Intl.DateTimeFormat(locale, { timeZone: timezone, timeZoneName: 'short' })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')
    if (part && !/^GMT[+-]/.test(part.value)) return part.value
  }
  return null
}

/** The tz database's name for a zone without letters: `+08`, `-03`, `+0530`. */
function numericName(offset: number): string {
  const sign = offset < 0 ? '-' : '+'
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
  const minutes = Math.abs(offset) % 60
  return minutes ? `${sign}${hours}${String(minutes).padStart(2, '0')}` : `${sign}${hours}`
}

/** The instant `ms` shown in the site's zone (Ruby's Time#localtime under Jekyll's TZ). */
export function localTime(ms: number, timezone: string | null): RubyTime {
  const { offset, zone } = zoneAt(ms, timezone)
  return new RubyTime(ms, offset, zone)
}

/** The instant whose wall-clock time in `timezone` is the given fields (Time.local / Time.parse without offset). */
export function fromLocalFields(fields: number[], timezone: string | null): RubyTime {
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0, millis = 0] = fields
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis)
  // Two passes find the offset in force at that wall time (DST changes included).
  let ms = wall - zoneAt(wall, timezone).offset * 60000
  ms = wall - zoneAt(ms, timezone).offset * 60000
  return localTime(ms, timezone)
}

/** Wall-clock fields of a RubyTime in its own offset. */
export function fieldsOf(time: RubyTime): {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millis: number
  weekday: number
  yday: number
} {
  const shifted = new Date(time.ms + time.offset * 60000)
  const year = shifted.getUTCFullYear()
  const start = Date.UTC(year, 0, 1)
  const dayStart = Date.UTC(year, shifted.getUTCMonth(), shifted.getUTCDate())
  return {
    year,
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millis: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
    yday: Math.round((dayStart - start) / 86400000) + 1
  }
}

/** `+0800`, or `+08:00` with a colon (`%:z`, xmlschema). */
export function formatOffset(offset: number, colon = false): string {
  const sign = offset < 0 ? '-' : '+'
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0')
  return `${sign}${hours}${colon ? ':' : ''}${minutes}`
}
