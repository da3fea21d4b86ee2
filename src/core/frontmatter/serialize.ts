import type { FrontMatterValue } from '@shared/post'
import { resolvesToNonString } from './core-scalars'

/** How a string value is written: kept from the value being replaced, or 'double' for new keys. */
export type StringStyle = 'plain' | 'single' | 'double'

const PLAIN_FIRST = /^[-?:,[\]{}#&*!|>'"%@`]/
const FLOW_UNSAFE = /[[\]{},:#]/
// Characters YAML will not take raw inside a scalar, or that would break the line.
const NOT_PRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/

/**
 * Writes one value as single-line YAML that fits after `key: ` in a block mapping (collections
 * become flow style, `[a, b]`), so an edit touches exactly one line of the file.
 */
export function serializeValue(
  value: FrontMatterValue,
  style: StringStyle,
  inFlow = false
): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return serializeNumber(value)
  if (typeof value === 'string') return serializeString(value, style, inFlow)
  if (Array.isArray(value)) {
    return `[${value.map((item) => serializeValue(item, 'plain', true)).join(', ')}]`
  }
  const entries = Object.keys(value).map(
    (key) => `${serializeKey(key)}: ${serializeValue(value[key], 'plain', true)}`
  )
  return `{${entries.join(', ')}}`
}

/** A mapping key: plain when that is unambiguous, else double-quoted. */
export function serializeKey(key: string): string {
  return isSafePlain(key, true) ? key : doubleQuoted(key)
}

function serializeNumber(value: number): string {
  // 1e20 prints as 100000000000000000000, which reads back as an integer too long for a number
  // (kept as its digits, a string): the exponent form reads back as this very float.
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return value.toExponential()
  if (Number.isFinite(value)) return String(value)
  if (Number.isNaN(value)) return '.nan'
  return value > 0 ? '.inf' : '-.inf'
}

function serializeString(value: string, style: StringStyle, inFlow: boolean): string {
  if (style === 'plain' && isSafePlain(value, inFlow)) return value
  if (style === 'single' && !NOT_PRINTABLE.test(value)) return `'${value.replace(/'/g, "''")}'`
  return doubleQuoted(value)
}

/**
 * A YAML double-quoted scalar. JSON's escapes are all valid YAML escapes; the few characters JSON
 * leaves raw but YAML does not accept raw are escaped too.
 */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** Conservative: true only when the text reads back as exactly this string. */
export function isSafePlain(value: string, inFlow: boolean): boolean {
  if (value === '' || value !== value.trim() || NOT_PRINTABLE.test(value)) return false
  if (PLAIN_FIRST.test(value) || value.includes(': ') || value.includes(' #')) return false
  if (value.endsWith(':') || (inFlow && FLOW_UNSAFE.test(value))) return false
  return !resolvesToNonString(value)
}
