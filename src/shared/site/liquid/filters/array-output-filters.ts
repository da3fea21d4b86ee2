/**
 * Liquid 5's InputIterator behaviour where liquidjs's differs: `join`, `map`, `uniq`, `compact`
 * and `reverse` flatten nested arrays first (`posts | map: 'tags' | uniq` lists each tag once),
 * `map` on a string reads it as Ruby's String#[] does, `size` counts characters, not UTF-16
 * units, and `first`/`last` answer only for what responds to them in Ruby (a hash's first pair,
 * nothing for a string).
 */
import { Drop } from 'liquidjs'
import type { Runtime } from '../runtime'
import { defineFilter } from './define'
import { rubyToS } from '../ruby-value'

function flatten(input: unknown): unknown[] {
  if (Array.isArray(input)) return input.flat(Infinity)
  if (input === null || input === undefined) return []
  return [input]
}

export function registerArrayOutputFilters(runtime: Runtime): void {
  const toS = (value: unknown): string => rubyToS(value, runtime.timezone)
  defineFilter(runtime.liquid, 'join', (input: unknown, glue: unknown = ' ') =>
    flatten(input).map(toS).join(toS(glue))
  )
  defineFilter(runtime.liquid, 'map', (input: unknown, property: unknown): unknown[] => {
    const key = toS(property)
    return flatten(input).map((item): unknown => {
      const value = item instanceof Drop ? item.valueOf() : item
      if (typeof value === 'string') return value.includes(key) ? key : null
      if (value === null || typeof value !== 'object') return null
      return (value as Record<string, unknown>)[key] ?? null
    })
  })
  const read = (item: unknown, key: string): unknown =>
    item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined
  defineFilter(runtime.liquid, 'uniq', (input: unknown, property?: unknown): unknown[] => {
    const seen = new Set<unknown>()
    return flatten(input).filter((item) => {
      const key = property === undefined || property === null ? item : read(item, toS(property))
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  })
  defineFilter(runtime.liquid, 'compact', (input: unknown, property?: unknown): unknown[] =>
    flatten(input).filter((item) => {
      const value = property === undefined || property === null ? item : read(item, toS(property))
      return value !== null && value !== undefined
    })
  )
  defineFilter(runtime.liquid, 'reverse', (input: unknown): unknown[] => flatten(input).reverse())
  defineFilter(runtime.liquid, 'first', (input: unknown): unknown => {
    if (Array.isArray(input)) return input[0] ?? null
    if (input !== null && typeof input === 'object' && !(input instanceof Date)) {
      const entry = Object.entries(input)[0]
      return entry ?? null
    }
    return null
  })
  defineFilter(runtime.liquid, 'last', (input: unknown): unknown =>
    Array.isArray(input) ? (input[input.length - 1] ?? null) : null
  )
  defineFilter(runtime.liquid, 'size', (input: unknown): number => {
    if (typeof input === 'string') return Array.from(input).length
    // Integer#size is its width in bytes.
    if (typeof input === 'number') return 8
    if (Array.isArray(input)) return input.length
    if (input !== null && typeof input === 'object') {
      const size = (input as { size?: unknown }).size
      return typeof size === 'number' ? size : Object.keys(input).length
    }
    return 0
  })
}
