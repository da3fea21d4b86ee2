/**
 * Liquid's `date` (a Time keeps its own zone) and Jekyll's `date_to_*` filters, which first move
 * the time into the site's zone (`time(input).localtime` under Jekyll's ENV['TZ']).
 */
import type { Runtime } from '../runtime'
import { defineFilter } from './define'
import { toRubyTime } from '../ruby-time-parse'
import { formatOffset, localTime } from '../ruby-time'
import type { RubyTime } from '../ruby-time'
import { strftime } from '../strftime'
import { rubyInspect, rubyToS } from '../ruby-value'

/** Jekyll's private `time`: the input as a local Time, or the error Jekyll raises. */
function siteTime(input: unknown, timezone: string | null): RubyTime {
  const time = toRubyTime(input, timezone)
  if (!time) {
    throw new Error(`Invalid Date: '${rubyInspect(input, timezone)}' is not a valid datetime.`)
  }
  return localTime(time.ms, timezone)
}

function isEmpty(input: unknown, timezone: string | null): boolean {
  return rubyToS(input, timezone) === ''
}

/** `date_to_xmlschema`; after `localtime` a Time is never in UTC mode, so never `Z`. */
export function dateToXmlschema(input: unknown, timezone: string | null): unknown {
  if (isEmpty(input, timezone)) return input
  const time = siteTime(input, timezone)
  return strftime(time, '%Y-%m-%dT%H:%M:%S') + formatOffset(time.offset, true)
}

export function dateToRfc822(input: unknown, timezone: string | null): unknown {
  if (isEmpty(input, timezone)) return input
  return strftime(siteTime(input, timezone), '%a, %d %b %Y %H:%M:%S %z')
}

function stringifyDate(
  input: unknown,
  month: string,
  type: unknown,
  style: unknown,
  timezone: string | null
): unknown {
  if (isEmpty(input, timezone)) return input
  const time = siteTime(input, timezone)
  if (type === 'ordinal') {
    const day = Number(strftime(time, '%-d'))
    const ordinalDay = `${day}${ordinal(day)}`
    if (style === 'US') return strftime(time, `${month} ${ordinalDay}, %Y`)
    return strftime(time, `${ordinalDay} ${month} %Y`)
  }
  return strftime(time, `%d ${month} %Y`)
}

export function registerDateFilters(runtime: Runtime): void {
  const { liquid } = runtime
  const tz = (): string | null => runtime.timezone

  defineFilter(liquid, 'date', (input: unknown, format?: unknown): unknown => {
    const pattern = rubyToS(format, tz())
    if (pattern === '') return input
    const time = toRubyTime(input, tz())
    return time ? strftime(time, pattern) : input
  })
  defineFilter(liquid, 'date_to_xmlschema', (input: unknown) => dateToXmlschema(input, tz()))
  defineFilter(liquid, 'date_to_rfc822', (input: unknown) => dateToRfc822(input, tz()))
  defineFilter(liquid, 'date_to_string', (input: unknown, type?: unknown, style?: unknown) =>
    stringifyDate(input, '%b', type, style, tz())
  )
  defineFilter(liquid, 'date_to_long_string', (input: unknown, type?: unknown, style?: unknown) =>
    stringifyDate(input, '%B', type, style, tz())
  )
}

function ordinal(day: number): string {
  if (day >= 11 && day <= 13) return 'th'
  switch (day % 10) {
    case 1:
      return 'st'
    case 2:
      return 'nd'
    case 3:
      return 'rd'
    default:
      return 'th'
  }
}
