/**
 * Liquid 5's math filters (standardfilters.rb apply_operation, round): Integer with Integer stays
 * an Integer (`10 | divided_by: 4` is 2, `-7 | modulo: 3` is 2); with a Float or a decimal string
 * the math is BigDecimal's and the result a Float. JavaScript cannot tell `4.0` from `4`, so an
 * argument written with a decimal point, a non-integer value, a decimal string or an earlier
 * Float result counts as a Float.
 */
import { Drop } from 'liquidjs'
import type { Runtime } from '../runtime'
import {
  RubyFloat,
  decimalAdd,
  decimalMod,
  decimalMul,
  decimalRound,
  fromDecimal,
  toDecimal
} from '../ruby-float'

interface Operand {
  value: number
  float: boolean
}

interface FilterThis {
  token?: { args?: { getText?: () => string }[] }
}

/** Liquid::Utils.to_number, remembering whether Ruby would hold a BigDecimal. */
function operand(raw: unknown, written = ''): Operand {
  if (raw instanceof RubyFloat) return { value: raw.value, float: true }
  const value = raw instanceof Drop ? raw.valueOf() : raw
  if (typeof value === 'number') {
    return { value, float: !Number.isInteger(value) || /[.eE]/.test(written) }
  }
  const text = String(value ?? '').trim()
  if (/^-?\d+\.\d+$/.test(text)) return { value: Number(text), float: true }
  const match = /^[+-]?\d+/.exec(text)
  return { value: match ? Number(match[0]) : 0, float: false }
}

function argText(self: unknown): string {
  return (self as FilterThis).token?.args?.[0]?.getText?.() ?? ''
}

type Operation = (a: Operand, b: Operand) => number | RubyFloat

function register(runtime: Runtime, name: string, operation: Operation): void {
  runtime.liquid.registerFilter(name, function (this: unknown, input: unknown, arg: unknown):
    number | RubyFloat {
    return operation(operand(input), operand(arg, argText(this)))
  })
}

export function registerMathFilters(runtime: Runtime): void {
  const decimal =
    (
      op: (
        x: ReturnType<typeof toDecimal>,
        y: ReturnType<typeof toDecimal>
      ) => ReturnType<typeof toDecimal>,
      integer: (x: number, y: number) => number
    ): Operation =>
    (a, b) =>
      a.float || b.float
        ? new RubyFloat(fromDecimal(op(toDecimal(a.value), toDecimal(b.value))))
        : integer(a.value, b.value)
  register(
    runtime,
    'plus',
    decimal(decimalAdd, (x, y) => x + y)
  )
  register(
    runtime,
    'minus',
    decimal(
      (x, y) => decimalAdd(x, { coef: -y.coef, scale: y.scale }),
      (x, y) => x - y
    )
  )
  register(
    runtime,
    'times',
    decimal(decimalMul, (x, y) => x * y)
  )
  register(runtime, 'modulo', (a, b) => {
    if (b.value === 0) throw new Error('divided by 0')
    if (a.float || b.float)
      return new RubyFloat(fromDecimal(decimalMod(toDecimal(a.value), toDecimal(b.value))))
    return ((a.value % b.value) + b.value) % b.value
  })
  register(runtime, 'divided_by', (a, b) => {
    if (a.float || b.float) return new RubyFloat(a.value / b.value)
    if (b.value === 0) throw new Error('divided by 0')
    return Math.floor(a.value / b.value)
  })
  runtime.liquid.registerFilter('round', function (input: unknown, digits: unknown = 0):
    number | RubyFloat {
    const a = operand(input)
    const n = operand(digits).value
    if (!a.float) return n >= 0 ? a.value : fromDecimal(decimalRound(toDecimal(a.value), n))
    const rounded = fromDecimal(decimalRound(toDecimal(a.value), Math.max(0, n)))
    return n === 0 ? rounded : new RubyFloat(rounded)
  })
}
