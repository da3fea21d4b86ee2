/**
 * Jekyll's array filters (jekyll/filters.rb, grouping_filters.rb): `where`/`find` compare as
 * strings after reading numeric-looking properties as numbers, `*_exp` evaluate a Liquid
 * condition with the item in a new scope, `sort` puts nils first or last, and `push`/`pop`/
 * `shift`/`unshift` return new arrays.
 */
import { Value, isTruthy } from 'liquidjs'
import type { Context } from 'liquidjs'
import type { Runtime } from '../runtime'
import { defineFilter } from './define'
import { rubyInspect } from '../ruby-value'
import { itemProperty, propertyMatches, rubyCompare } from './ruby-compare'

type Gen = Generator<unknown, unknown, unknown>
/** What liquidjs binds `this` to in a filter. */
interface FilterImpl {
  context: Context
}

/** Hashes are read as their values, as Jekyll does; other non-arrays are not enumerable. */
function enumerable(input: unknown): unknown[] | null {
  if (Array.isArray(input)) return input
  if (input !== null && typeof input === 'object' && !(input instanceof Date))
    return Object.values(input)
  return null
}

/** Liquid::Utils.to_integer. */
function toInteger(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value
  const text = String(value ?? '').trim()
  if (!/^[+-]?\d+$/.test(text)) throw new Error('invalid integer')
  return Number(text)
}

export function registerArrayFilters(runtime: Runtime): void {
  const { liquid } = runtime
  const expressions = new Map<string, Value>()
  const compiled = (expression: unknown): Value => {
    const text = String(expression ?? '')
    let value = expressions.get(text)
    if (!value) {
      value = new Value(text, liquid)
      expressions.set(text, value)
    }
    return value
  }

  defineFilter(liquid, 'where', (input: unknown, property: unknown, target: unknown): unknown => {
    if (!property || Array.isArray(target) || isHash(target)) return input
    const items = enumerable(input)
    if (!items) return input
    return items.filter((item) => propertyMatches(itemProperty(item, property), target))
  })
  defineFilter(liquid, 'find', (input: unknown, property: unknown, target: unknown): unknown => {
    if (!property || Array.isArray(target) || isHash(target)) return input
    const items = enumerable(input)
    if (!items) return input
    return items.find((item) => propertyMatches(itemProperty(item, property), target)) ?? null
  })

  function* selectExp(
    this: FilterImpl,
    input: unknown,
    variable: unknown,
    expression: unknown,
    first: boolean
  ): Gen {
    const items = enumerable(input)
    if (!items) return input
    const condition = compiled(expression)
    const found: unknown[] = []
    for (const item of items) {
      this.context.push({ [String(variable)]: item })
      const value = yield condition.value(this.context, false)
      this.context.pop()
      if (isTruthy(value, this.context)) {
        if (first) return item
        found.push(item)
      }
    }
    return first ? null : found
  }
  defineFilter(
    liquid,
    'where_exp',
    function (this: unknown, input: unknown, variable: unknown, expression: unknown): Gen {
      return selectExp.call(this as FilterImpl, input, variable, expression, false)
    }
  )
  defineFilter(
    liquid,
    'find_exp',
    function (this: unknown, input: unknown, variable: unknown, expression: unknown): Gen {
      return selectExp.call(this as FilterImpl, input, variable, expression, true)
    }
  )

  const grouped = (groups: Map<string, { name: unknown; items: unknown[] }>): unknown[] =>
    [...groups.values()].map(({ name, items }) => ({ name, items, size: items.length }))
  defineFilter(liquid, 'group_by', (input: unknown, property: unknown): unknown => {
    const items = enumerable(input)
    if (!items) return input
    const groups = new Map<string, { name: unknown; items: unknown[] }>()
    for (const item of items) {
      const value = itemProperty(item, property)
      const name =
        value === null || value === undefined
          ? ''
          : typeof value === 'object'
            ? rubyInspect(value, runtime.timezone)
            : String(value)
      const group = groups.get(name) ?? { name, items: [] }
      group.items.push(item)
      groups.set(name, group)
    }
    return grouped(groups)
  })
  defineFilter(
    liquid,
    'group_by_exp',
    function* (this: unknown, input: unknown, variable: unknown, expression: unknown): Gen {
      const { context } = this as FilterImpl
      const items = enumerable(input)
      if (!items) return input
      const expr = compiled(expression)
      const groups = new Map<string, { name: unknown; items: unknown[] }>()
      for (const item of items) {
        context.push({ [String(variable)]: item })
        const name = yield expr.value(context, false)
        context.pop()
        // Ruby groups by hash equality: "1" and 1 are different groups.
        const key = rubyInspect(name ?? null, runtime.timezone)
        const group = groups.get(key) ?? { name: name ?? null, items: [] }
        group.items.push(item)
        groups.set(key, group)
      }
      return grouped(groups)
    }
  )

  defineFilter(
    liquid,
    'sort',
    (input: unknown, property?: unknown, nils: unknown = 'first'): unknown => {
      if (input === null || input === undefined) throw new Error('Cannot sort a null object.')
      const items = enumerable(input)
      if (!items) return input
      if (property === null || property === undefined) {
        // Hash#sort sorts the [key, value] pairs.
        const sortable = isHash(input) ? Object.entries(input as object) : [...items]
        return sortable.sort((a, b) => {
          const order = rubyCompare(a, b)
          if (order === null)
            throw new Error(
              `comparison of ${rubyInspect(a, null)} with ${rubyInspect(b, null)} failed`
            )
          return order
        })
      }
      if (nils !== 'first' && nils !== 'last') {
        throw new Error(
          `Invalid nils order: '${String(nils)}' is not a valid nils order. It must be 'first' or 'last'.`
        )
      }
      const order = nils === 'first' ? -1 : 1
      return items
        .map((item) => ({ key: itemProperty(item, property), item }))
        .sort((a, b) => {
          const aNil = a.key === null || a.key === undefined
          const bNil = b.key === null || b.key === undefined
          if (!aNil && bNil) return -order
          if (aNil && !bNil) return order
          return (
            rubyCompare(a.key, b.key) ?? rubyCompare(String(a.key ?? ''), String(b.key ?? '')) ?? 0
          )
        })
        .map(({ item }) => item)
    }
  )

  defineFilter(liquid, 'push', (input: unknown, value: unknown) =>
    Array.isArray(input) ? [...input, value] : input
  )
  defineFilter(liquid, 'unshift', (input: unknown, value: unknown) =>
    Array.isArray(input) ? [value, ...input] : input
  )
  defineFilter(liquid, 'pop', (input: unknown, count: unknown = 1): unknown => {
    if (!Array.isArray(input)) return input
    const n = toInteger(count)
    return n <= 0 ? [...input] : input.slice(0, Math.max(0, input.length - n))
  })
  defineFilter(liquid, 'shift', (input: unknown, count: unknown = 1): unknown => {
    if (!Array.isArray(input)) return input
    const n = toInteger(count)
    return n <= 0 ? [...input] : input.slice(n)
  })
  defineFilter(liquid, 'sample', (input: unknown, count: unknown = 1): unknown => {
    if (!Array.isArray(input)) return input
    let n = 1
    try {
      n = toInteger(count)
    } catch {
      n = 1
    }
    const shuffled = [...input]
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1))
      ;[shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]]
    }
    return n === 1 ? (shuffled[0] ?? null) : shuffled.slice(0, Math.max(0, n))
  })
}

function isHash(value: unknown): boolean {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
  )
}
