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

export function registerDateFilters(runtime: Runtime): void {
  const { liquid } = runtime
  const tz = (): string | null => runtime.timezone

  defineFilter(liquid, 'date', (input: unknown, format?: unknown): unknown => {
    const pattern = rubyToS(format, tz())
    if (pattern === '') return input
    const time = toRubyTime(input, tz())
    return time ? strftime(time, pattern) : input
  })

  /** Jekyll's private `time`: a local Time, or an error Jekyll reports as Invalid Date. */
  const siteTime = (input: unknown): RubyTime => {
    const time = toRubyTime(input, tz())
    if (!time) {
      throw new Error(`Invalid Date: '${rubyInspect(input, tz())}' is not a valid datetime.`)
    }
    return localTime(time.ms, tz())
  }
  const isEmpty = (input: unknown): boolean => rubyToS(input, tz()) === ''

  defineFilter(liquid, 'date_to_xmlschema', (input: unknown): unknown => {
    if (isEmpty(input)) return input
    // After `localtime` a Time is never in UTC mode, so the zone is always numeric (+00:00).
    const time = siteTime(input)
    return strftime(time, '%Y-%m-%dT%H:%M:%S') + formatOffset(time.offset, true)
  })
  defineFilter(liquid, 'date_to_rfc822', (input: unknown): unknown => {
    if (isEmpty(input)) return input
    return strftime(siteTime(input), '%a, %d %b %Y %H:%M:%S %z')
  })
  const stringify = (input: unknown, month: string, type: unknown, style: unknown): unknown => {
    if (isEmpty(input)) return input
    const time = siteTime(input)
    if (type === 'ordinal') {
      const day = Number(strftime(time, '%-d'))
      const ordinalDay = `${day}${ordinal(day)}`
      if (style === 'US') return strftime(time, `${month} ${ordinalDay}, %Y`)
      return strftime(time, `${ordinalDay} ${month} %Y`)
    }
    return strftime(time, `%d ${month} %Y`)
  }
  defineFilter(liquid, 'date_to_string', (input: unknown, type?: unknown, style?: unknown) =>
    stringify(input, '%b', type, style)
  )
  defineFilter(liquid, 'date_to_long_string', (input: unknown, type?: unknown, style?: unknown) =>
    stringify(input, '%B', type, style)
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
