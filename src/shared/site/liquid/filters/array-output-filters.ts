/**
 * Liquid 5's InputIterator behaviour where liquidjs's differs: `join` and `map` flatten nested
 * arrays first (`posts | map: 'tags' | join: ','` lists every tag), `map` on a string reads it
 * as Ruby's String#[] does, and `size` counts characters, not UTF-16 units.
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
