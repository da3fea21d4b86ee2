/**
 * Ruby's `<=>` on Liquid values, Jekyll's `item_property` (dotted paths, numeric-looking strings
 * read as numbers) and `compare_property_vs_target`, which `where`, `find` and `sort` share.
 */
import { RubyTime } from '../ruby-time'
import { RubyFloat } from '../ruby-float'

/** `a <=> b`, or null where Ruby's would be nil (different kinds). */
export function rubyCompare(left: unknown, right: unknown): number | null {
  const a = left instanceof RubyFloat ? left.value : left
  const b = right instanceof RubyFloat ? right.value : right
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b)
  if (typeof a === 'string' && typeof b === 'string') return compareBytes(a, b)
  const aTime = a instanceof Date ? a.getTime() : a instanceof RubyTime ? a.ms : null
  const bTime = b instanceof Date ? b.getTime() : b instanceof RubyTime ? b.ms : null
  if (aTime !== null && bTime !== null) return Math.sign(aTime - bTime)
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : null
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = rubyCompare(a[i], b[i])
      if (order !== 0) return order
    }
    return Math.sign(a.length - b.length)
  }
  if (a === null && b === null) return 0
  return a === b ? 0 : null
}

/** String#<=> compares bytes: UTF-16 order differs from UTF-8's only past the BMP, near enough. */
function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const FLOAT_LIKE = /^\s*-?(?:\d+\.?\d*|\.\d+)\s*$/
const INTEGER_LIKE = /^\s*-?\d+\s*$/

/** `parse_sort_input`: "12" is 12 and "1.5" is 1.5 to where, find and sort. */
export function parseSortInput(value: unknown): unknown {
  if (typeof value !== 'string' && typeof value !== 'number') return value
  const text = String(value)
  if (INTEGER_LIKE.test(text)) return parseInt(text, 10)
  if (FLOAT_LIKE.test(text)) return parseFloat(text)
  return value
}

/** Jekyll's `item_property`: `a.b.c` walks hashes; a plain value has no properties. */
export function itemProperty(item: unknown, property: unknown): unknown {
  const path = property === null || property === undefined ? '' : String(property)
  const read = (data: unknown, key: string): unknown =>
    data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined
  const value = path.includes('.')
    ? path.split('.').reduce<unknown>((data, key) => (data ? read(data, key) : data), item)
    : read(item, path)
  return parseSortInput(value)
}

/** Ruby's `to_s` as where/find compare with it (nil is empty, numbers plain). */
function toS(value: unknown): string {
  if (value === null || value === undefined) return ''
  return String(value)
}

/** `compare_property_vs_target`: equal as strings, or any element of an array property. */
export function propertyMatches(property: unknown, target: unknown): boolean {
  if (target === null || target === undefined) return property === null || property === undefined
  const wanted = toS(target)
  if (typeof property === 'string') return property === wanted
  const values =
    property === null || property === undefined
      ? []
      : Array.isArray(property)
        ? property
        : [property]
  return values.some((value) => toS(value) === wanted)
}
