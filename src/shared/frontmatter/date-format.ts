/** The format of a plain `{{date}}` and of the default `date`/`posttime` fields. */
export const defaultDateFormat = 'YYYY-MM-DD HH:mm:ss ZZ'

const TOKENS = /YYYY|MM|DD|HH|mm|ss|ZZ|Z/g

/**
 * Formats an instant as the wall-clock time of a zone `offsetMinutes` east of UTC. Tokens: YYYY,
 * MM, DD, HH, mm, ss, ZZ (`+0800`), Z (`+08:00`); everything else is copied.
 */
export function formatDate(instantMs: number, offsetMinutes: number, format: string): string {
  const local = new Date(instantMs + offsetMinutes * 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const zoneHours = pad(Math.floor(Math.abs(offsetMinutes) / 60))
  const zoneMinutes = pad(Math.abs(offsetMinutes) % 60)
  const values: Record<string, string> = {
    YYYY: String(local.getUTCFullYear()).padStart(4, '0'),
    MM: pad(local.getUTCMonth() + 1),
    DD: pad(local.getUTCDate()),
    HH: pad(local.getUTCHours()),
    mm: pad(local.getUTCMinutes()),
    ss: pad(local.getUTCSeconds()),
    ZZ: `${sign}${zoneHours}${zoneMinutes}`,
    Z: `${sign}${zoneHours}:${zoneMinutes}`
  }
  return format.replace(TOKENS, (token) => values[token])
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/**
 * Front matter dates: Jekyll reads `date` with Ruby's Time.parse, so writers use several shapes
 * (`2025-11-11`, `2025-11-11 15:33:03 +0800`, `2025-11-11T15:33:03+08:00`, `…Z`). A date picked in
 * the form is written back in the shape and zone the file already uses; the picker shows the
 * file's own wall-clock time, never converted to the computer's zone.
 */

/** How the zone is written: none, `Z`, `+0800`, `+08:00` or `+08`. */
export type ZoneStyle = 'none' | 'utc' | 'compact' | 'colon' | 'hours'

export interface DateShape {
  /** False for a date alone (`2025-11-11`). */
  hasTime: boolean
  /** What separates the date from the time. */
  separator: 'T' | ' '
  hasSeconds: boolean
  /** Digits after the seconds' dot (`.000` is 3); picked dates fill them with zeros. */
  fractionDigits: number
  zone: ZoneStyle
  /** What separates the time from the zone: '' or ' '. */
  zoneGap: '' | ' '
  /** Minutes east of UTC written in the file; 0 for `Z`, null when the file names no zone. */
  offsetMinutes: number | null
}

/** A wall-clock time (month 1-12), in whatever zone the shape names. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

export interface FrontMatterDate {
  shape: DateShape
  wall: WallTime
}

/** The shape of dates Postcloud writes itself (`defaultDateFormat`), for a post without a date. */
export function defaultDateShape(offsetMinutes: number): DateShape {
  return {
    hasTime: true,
    separator: ' ',
    hasSeconds: true,
    fractionDigits: 0,
    zone: 'compact',
    zoneGap: ' ',
    offsetMinutes
  }
}

// Anchored and without nested quantifiers: linear in the length of the value.
const FRONT_MATTER_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:( ?)(Z|[+-]\d{2}(?::?\d{2})?))?)?$/
const PICKER_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?$/

/** Reads a front matter date, or null when it is not one of the shapes above (or not a real date). */
export function parseFrontMatterDate(text: string): FrontMatterDate | null {
  const match = FRONT_MATTER_DATE.exec(text)
  if (!match) return null
  const [, year, month, day, separator, hour, minute, second, fraction, gap, zoneText] = match
  const wall = wallTime(year, month, day, hour, minute, second)
  if (!wall) return null
  const zone = parseZone(zoneText)
  if (!zone) return null
  return {
    wall,
    shape: {
      hasTime: separator !== undefined,
      separator: separator === 'T' ? 'T' : ' ',
      hasSeconds: second !== undefined,
      fractionDigits: fraction?.length ?? 0,
      zone: zone.style,
      zoneGap: gap === ' ' ? ' ' : '',
      offsetMinutes: zone.offsetMinutes
    }
  }
}

function parseZone(
  text: string | undefined
): { style: ZoneStyle; offsetMinutes: number | null } | null {
  if (text === undefined) return { style: 'none', offsetMinutes: null }
  if (text === 'Z') return { style: 'utc', offsetMinutes: 0 }
  const sign = text[0] === '-' ? -1 : 1
  const hours = Number(text.slice(1, 3))
  const minutes = text.length > 3 ? Number(text.slice(-2)) : 0
  if (hours > 23 || minutes > 59) return null
  const style: ZoneStyle = text.length === 3 ? 'hours' : text.includes(':') ? 'colon' : 'compact'
  return { style, offsetMinutes: sign * (hours * 60 + minutes) }
}

function wallTime(
  year: string,
  month: string,
  day: string,
  hour = '00',
  minute = '00',
  second = '00'
): WallTime | null {
  const wall = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second)
  }
  const valid =
    wall.month >= 1 &&
    wall.month <= 12 &&
    wall.day >= 1 &&
    wall.day <= daysInMonth(wall.year, wall.month) &&
    wall.hour <= 23 &&
    wall.minute <= 59 &&
    wall.second <= 59
  return valid ? wall : null
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** The wall time read as UTC, in ms; years below 100 are not shifted to the 1900s. */
function utcMs(wall: WallTime): number {
  const date = new Date(
    Date.UTC(2000, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  )
  date.setUTCFullYear(wall.year)
  return date.getTime()
}

/** A wall time in a display format of formatDate's tokens (`YYYY-MM-DD HH:mm`), no zone. */
export function formatWallTime(wall: WallTime, format: string): string {
  return formatDate(utcMs(wall), 0, format)
}

/** Writes a wall time in a shape: the inverse of parseFrontMatterDate. */
export function formatFrontMatterDate(wall: WallTime, shape: DateShape): string {
  const offset = shape.offsetMinutes ?? 0
  const instantMs = utcMs(wall) - offset * 60_000
  let format = 'YYYY-MM-DD'
  if (shape.hasTime) {
    format += `${shape.separator}HH:mm`
    if (shape.hasSeconds) format += ':ss'
    if (shape.hasSeconds && shape.fractionDigits > 0)
      format += `.${'0'.repeat(shape.fractionDigits)}`
  }
  const text = formatDate(instantMs, offset, format)
  if (!shape.hasTime || shape.zone === 'none') return text
  return text + shape.zoneGap + zoneText(shape.zone, offset)
}

function zoneText(style: Exclude<ZoneStyle, 'none'>, offsetMinutes: number): string {
  if (style === 'utc') return 'Z'
  if (style === 'colon') return formatDate(0, offsetMinutes, 'Z')
  const compact = formatDate(0, offsetMinutes, 'ZZ')
  return style === 'hours' ? compact.slice(0, 3) : compact
}

/** The native input that picks this shape: a date alone or a date and time. */
export function pickerType(shape: DateShape): 'date' | 'datetime-local' {
  return shape.hasTime ? 'datetime-local' : 'date'
}

/** The picker's value for a date: its wall time in the file's zone (`2025-11-11T15:33:03`). */
export function pickerValue(date: FrontMatterDate): string {
  const shape: DateShape = {
    ...date.shape,
    separator: 'T',
    fractionDigits: 0,
    zone: 'none'
  }
  return formatFrontMatterDate(date.wall, shape)
}

/** Reads what a native date or datetime-local input gives (seconds are optional there). */
export function parsePickerValue(value: string): WallTime | null {
  const match = PICKER_VALUE.exec(value)
  if (!match) return null
  const [, year, month, day, hour, minute, second] = match
  return wallTime(year, month, day, hour, minute, second)
}

/**
 * The front matter text for a date picked in the form, in the shape of `current` (the value in
 * the file), or in `fallback` when the file has no date yet. Null when `current` is not a date
 * the form can read (the picker is then disabled) or the picked value is not a date.
 */
export function applyPickedDate(
  current: string,
  picked: string,
  fallback: DateShape
): string | null {
  const shape = current.trim() === '' ? fallback : parseFrontMatterDate(current)?.shape
  const wall = parsePickerValue(picked)
  if (!shape || !wall) return null
  return formatFrontMatterDate(wall, shape)
}
