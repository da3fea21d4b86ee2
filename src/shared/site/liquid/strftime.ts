/**
 * Ruby's Time#strftime: flags `-` `_` `0` `^` `#`, a width, `%:z`/`%::z`, and Ruby's
 * conversions (English names, as Ruby has no locale).
 */
import { dayNames, monthNames } from '../calendar-names'
import { fieldsOf, formatOffset } from './ruby-time'
import type { RubyTime } from './ruby-time'

type Fields = ReturnType<typeof fieldsOf>

/** A conversion's text and how Ruby pads it by default ('0' digits, ' ' blank, '' none). */
interface Piece {
  text: string
  pad: '0' | ' ' | ''
  width: number
}

const pattern = /%([-_0^#]*)(\d*)(:{0,2})([a-zA-Z%+])/g

export function strftime(time: RubyTime, format: string): string {
  const f = fieldsOf(time)
  return format.replace(
    pattern,
    (whole: string, flags: string, width: string, colons: string, conv: string): string => {
      if (conv === 'N') {
        // %N is nanoseconds; a width keeps that many digits (%3N is milliseconds).
        return `${String(f.millis).padStart(3, '0')}000000`.slice(0, width ? Number(width) : 9)
      }
      const piece = convert(conv, colons, f, time)
      if (piece === null) return whole
      return applyFlags(piece, flags, width ? Number(width) : null, conv)
    }
  )
}

function num(value: number, width: number, pad: '0' | ' ' = '0'): Piece {
  return { text: String(value), pad, width }
}

function text(value: string): Piece {
  return { text: value, pad: '', width: 0 }
}

function convert(conv: string, colons: string, f: Fields, time: RubyTime): Piece | null {
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12
  switch (conv) {
    case 'Y':
      return num(f.year, 0)
    case 'C':
      return num(Math.floor(f.year / 100), 2)
    case 'y':
      return num(f.year % 100, 2)
    case 'm':
      return num(f.month, 2)
    case 'B':
      return text(monthNames[f.month - 1])
    case 'b':
    case 'h':
      return text(monthNames[f.month - 1].slice(0, 3))
    case 'd':
      return num(f.day, 2)
    case 'e':
      return num(f.day, 2, ' ')
    case 'j':
      return num(f.yday, 3)
    case 'H':
      return num(f.hour, 2)
    case 'k':
      return num(f.hour, 2, ' ')
    case 'I':
      return num(hour12, 2)
    case 'l':
      return num(hour12, 2, ' ')
    case 'P':
      return text(f.hour < 12 ? 'am' : 'pm')
    case 'p':
      return text(f.hour < 12 ? 'AM' : 'PM')
    case 'M':
      return num(f.minute, 2)
    case 'S':
      return num(f.second, 2)
    case 'L':
      return { text: String(f.millis).padStart(3, '0'), pad: '', width: 0 }
    case 'z':
      return text(zoneText(time.offset, colons.length))
    case 'Z':
      return text(time.zone)
    case 'A':
      return text(dayNames[f.weekday])
    case 'a':
      return text(dayNames[f.weekday].slice(0, 3))
    case 'u':
      return num(f.weekday === 0 ? 7 : f.weekday, 1)
    case 'w':
      return num(f.weekday, 1)
    case 'U':
      return num(Math.floor((f.yday + 6 - f.weekday) / 7), 2)
    case 'W':
      return num(Math.floor((f.yday + 6 - ((f.weekday + 6) % 7)) / 7), 2)
    case 'G':
      return num(isoWeek(f).year, 0)
    case 'g':
      return num(isoWeek(f).year % 100, 2)
    case 'V':
      return num(isoWeek(f).week, 2)
    case 's':
      return num(Math.floor(time.ms / 1000), 0)
    case 'n':
      return text('\n')
    case 't':
      return text('\t')
    case '%':
      return text('%')
    case 'c':
      return text(strftime(time, '%a %b %e %H:%M:%S %Y'))
    case 'D':
    case 'x':
      return text(strftime(time, '%m/%d/%y'))
    case 'F':
      return text(strftime(time, '%Y-%m-%d'))
    case 'T':
    case 'X':
      return text(strftime(time, '%H:%M:%S'))
    case 'R':
      return text(strftime(time, '%H:%M'))
    case 'r':
      return text(strftime(time, '%I:%M:%S %p'))
    case 'v':
      return text(strftime(time, '%e-%^b-%Y'))
    case '+':
      return text(strftime(time, '%a %b %e %H:%M:%S %Z %Y'))
    default:
      return null
  }
}

function zoneText(offset: number, colons: number): string {
  if (colons === 0) return formatOffset(offset)
  const base = formatOffset(offset, true)
  return colons === 2 ? `${base}:00` : base
}

/** ISO 8601 week number and its year (%V, %G). */
function isoWeek(f: Fields): { year: number; week: number } {
  const date = new Date(Date.UTC(f.year, f.month - 1, f.day))
  const weekday = (f.weekday + 6) % 7
  date.setUTCDate(date.getUTCDate() - weekday + 3)
  const year = date.getUTCFullYear()
  const firstThursday = new Date(Date.UTC(year, 0, 4))
  const week =
    1 +
    Math.round(
      ((date.getTime() - firstThursday.getTime()) / 86400000 -
        3 +
        ((firstThursday.getUTCDay() + 6) % 7)) /
        7
    )
  return { year, week }
}

function applyFlags(piece: Piece, flags: string, width: number | null, conv: string): string {
  let value = piece.text
  if (flags.includes('^')) value = value.toUpperCase()
  else if (flags.includes('#')) {
    // Ruby's `#` swaps case: names go upper case, %p goes lower.
    value = conv === 'p' ? value.toLowerCase() : value.toUpperCase()
  }
  if (flags.includes('-')) return value
  let pad: string = piece.pad
  if (flags.includes('_')) pad = ' '
  else if (flags.includes('0')) pad = '0'
  const target = width ?? piece.width
  if (!pad) pad = width !== null ? ' ' : ''
  if (!pad || value.length >= target) return value
  const negative = pad === '0' && value.startsWith('-')
  if (negative) return `-${value.slice(1).padStart(target - 1, '0')}`
  return value.padStart(target, pad)
}
