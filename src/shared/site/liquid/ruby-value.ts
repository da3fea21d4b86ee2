/**
 * Values as Ruby shows them: Liquid's output (`{{ x }}`), `to_s`, `inspect` and `to_json`. A
 * hash prints as `{"a"=>1}` and a Time as `2025-11-11 15:33:03 +0800`, as Jekyll 4.3 on Ruby 3.1
 * does.
 */
import { Drop } from 'liquidjs'
import { RubyTime, localTime } from './ruby-time'
import { strftime } from './strftime'
import { RubyFloat } from './ruby-float'

/** What `{{ value }}` writes: nil is empty, an array its elements joined without separator. */
export function toOutputString(value: unknown, timezone: string | null): string {
  if (typeof value === 'string') return value
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map((item) => toOutputString(item, timezone)).join('')
  return rubyToS(value, timezone)
}

/** Ruby's `to_s`: arrays and hashes as inspect, Times as `%Y-%m-%d %H:%M:%S %z`. */
export function rubyToS(value: unknown, timezone: string | null): string {
  if (typeof value === 'string') return value
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return rubyNumber(value)
  if (value instanceof RubyFloat) return value.toString()
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (value instanceof Date) return timeToS(localTime(value.getTime(), timezone))
  if (value instanceof RubyTime) return timeToS(value)
  if (value instanceof Drop) return rubyToS(value.valueOf(), timezone)
  return rubyInspect(value, timezone)
}

export function timeToS(time: RubyTime): string {
  return strftime(time, time.utc ? '%Y-%m-%d %H:%M:%S UTC' : '%Y-%m-%d %H:%M:%S %z')
}

export function rubyNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity'
  return String(value)
}

/** Ruby's `inspect` (Ruby 3.1: `{"a"=>1, "b"=>nil}`, `["x", 2]`). */
export function rubyInspect(
  value: unknown,
  timezone: string | null,
  ancestors: unknown[] = []
): string {
  if (value === null || value === undefined) return 'nil'
  if (typeof value === 'string') return inspectString(value)
  if (typeof value === 'number') return rubyNumber(value)
  if (value instanceof RubyFloat) return value.toString()
  if (typeof value === 'boolean') return String(value)
  if (value instanceof Date) return timeToS(localTime(value.getTime(), timezone))
  // Ruby prints a container inside itself as [...] or {...}.
  if (Array.isArray(value)) {
    if (ancestors.includes(value)) return '[...]'
    const inner = [...ancestors, value]
    return `[${value.map((item) => rubyInspect(item, timezone, inner)).join(', ')}]`
  }
  if (typeof value === 'object') {
    if (ancestors.includes(value)) return '{...}'
    const inner = [...ancestors, value]
    const record = value as Record<string, unknown>
    const entries = Object.keys(record).map(
      (key) => `${inspectString(key)}=>${rubyInspect(record[key], timezone, inner)}`
    )
    return `{${entries.join(', ')}}`
  }
  return String(value)
}

const stringEscapes: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
  '\f': '\\f',
  '\v': '\\v',
  '\b': '\\b',
  '\x07': '\\a',
  '\x1b': '\\e'
}

function inspectString(value: string): string {
  const body = value.replace(/["\\\n\t\r\f\v\b\x07\x1b]|#(?=[{$@])|[\x00-\x1f\x7f]/g, (char) => {
    if (char === '#') return '\\#'
    const known = stringEscapes[char]
    if (known) return known
    const code = char.charCodeAt(0)
    return code < 0x10
      ? `\\x0${code.toString(16).toUpperCase()}`
      : `\\x${code.toString(16).toUpperCase()}`
  })
  return `"${body}"`
}

/** Ruby's `to_json` on Liquid data: Times as their `to_s` string, the rest as JSON. */
export function rubyJson(value: unknown, timezone: string | null): string {
  return JSON.stringify(toJsonReady(value, timezone, []))
}

/** A copy JSON.stringify can take; an object inside itself (post.next.previous) becomes null. */
function toJsonReady(value: unknown, timezone: string | null, ancestors: unknown[]): unknown {
  if (value === undefined) return null
  if (value instanceof Date) return timeToS(localTime(value.getTime(), timezone))
  if (value instanceof RubyTime) return timeToS(value)
  if (value instanceof RubyFloat) return value.value
  if (value instanceof Drop) return toJsonReady(value.valueOf(), timezone, ancestors)
  if (value === null || typeof value !== 'object') return value
  if (ancestors.includes(value)) return null
  const inner = [...ancestors, value]
  if (Array.isArray(value)) return value.map((item) => toJsonReady(item, timezone, inner))
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    out[key] = toJsonReady((value as Record<string, unknown>)[key], timezone, inner)
  }
  return out
}
