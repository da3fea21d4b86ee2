/**
 * Ruby Liquid's `==`, `!=` and `contains` where liquidjs's differ. `x == blank` is never true in
 * Jekyll (plain Ruby has no `blank?`; liquidjs treats nil, false and spaces as blank), and
 * `contains` finds a hash's key and compares a string with the right side's `to_s`.
 */
import { Drop, defaultOperators } from 'liquidjs'
import type { Context, Liquid, Operators } from 'liquidjs'

type Result = ReturnType<Operators[string]>
type Binary = (left: unknown, right: unknown, ctx: Context) => Result

function plain(value: unknown): unknown {
  return value instanceof Drop ? value.valueOf() : value
}

export function jekyllOperators(blankClass: () => unknown): Operators {
  const base = defaultOperators as Record<string, Binary>
  const isBlank = (value: unknown): boolean => {
    const blank = blankClass() as (new () => unknown) | null
    return blank !== null && value instanceof blank
  }
  return {
    ...base,
    '==': (left: unknown, right: unknown, ctx: Context): Result =>
      isBlank(left) || isBlank(right) ? false : base['=='](left, right, ctx),
    '!=': (left: unknown, right: unknown, ctx: Context): Result =>
      isBlank(left) || isBlank(right) ? true : base['!='](left, right, ctx),
    contains: (left: unknown, right: unknown): boolean => {
      const l = plain(left)
      const r = plain(right)
      if (l === null || l === undefined || r === null || r === undefined) return false
      if (typeof l === 'string') return l.includes(typeof r === 'string' ? r : String(r))
      if (Array.isArray(l)) return l.some((item) => plain(item) === r)
      if (typeof l === 'object') return Object.prototype.hasOwnProperty.call(l, String(r))
      return false
    }
  }
}

/** liquidjs's BlankDrop class, found through the value it gives `blank` (it is not exported). */
export function blankClassOf(liquid: Liquid): unknown {
  const blank = liquid.evalValueSync('blank', {}) as object | null
  return blank ? blank.constructor : null
}
