/**
 * Ruby's Float where JavaScript has only one number type: Liquid math on a Float (or a decimal
 * string) gives a Float that prints as `4.0`, and Liquid 5 does that math in BigDecimal, so
 * `0.1 | plus: 0.2` is `0.3`. A RubyFloat is a liquidjs Drop: comparisons use its methods, and
 * its valueOf is itself so liquidjs's output step (which calls valueOf) still prints `4.0`;
 * Number() of it reads its text.
 */
import { Drop } from 'liquidjs'

export class RubyFloat extends Drop {
  constructor(readonly value: number) {
    super()
  }
  valueOf(): RubyFloat {
    return this
  }
  toString(): string {
    return rubyFloatToS(this.value)
  }
  equals(other: unknown): boolean {
    return this.value === Number(other)
  }
  gt(other: unknown): boolean {
    return this.value > Number(other)
  }
  geq(other: unknown): boolean {
    return this.value >= Number(other)
  }
  lt(other: unknown): boolean {
    return this.value < Number(other)
  }
  leq(other: unknown): boolean {
    return this.value <= Number(other)
  }
}

/** Float#to_s: `4.0`, `0.3`, `1.0e+16`, `1.0e-05`. */
export function rubyFloatToS(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity'
  const abs = Math.abs(value)
  if (abs !== 0 && (abs >= 1e16 || abs < 1e-4)) {
    const [mantissa, exponent] = value.toExponential().split('e')
    const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`
    const sign = exponent.startsWith('-') ? '-' : '+'
    return `${digits}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`
  }
  const text = String(value)
  return text.includes('.') ? text : `${text}.0`
}

/** An exact decimal: coefficient × 10^-scale. */
export interface Decimal {
  coef: bigint
  scale: number
}

/** The decimal a number prints as (Ruby's BigDecimal(float.to_s)). */
export function toDecimal(value: number): Decimal {
  const [mantissa, exponentText] = value.toExponential().split('e')
  const exponent = Number(exponentText)
  const [whole, fraction = ''] = mantissa.replace('-', '').split('.')
  const digits = BigInt(whole + fraction) * (value < 0 ? -1n : 1n)
  const scale = fraction.length - exponent
  return scale >= 0 ? { coef: digits, scale } : { coef: digits * 10n ** BigInt(-scale), scale: 0 }
}

export function fromDecimal({ coef, scale }: Decimal): number {
  return Number(`${coef}e-${scale}`)
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale)
  return [a.coef * 10n ** BigInt(scale - a.scale), b.coef * 10n ** BigInt(scale - b.scale), scale]
}

export function decimalAdd(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b)
  return { coef: x + y, scale }
}

export function decimalMul(a: Decimal, b: Decimal): Decimal {
  return { coef: a.coef * b.coef, scale: a.scale + b.scale }
}

/** BigDecimal#%: the remainder takes the divisor's sign. */
export function decimalMod(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b)
  let rest = x % y
  if (rest !== 0n && rest < 0n !== y < 0n) rest += y
  return { coef: rest, scale }
}

/** BigDecimal#round(digits) with its default ROUND_HALF_UP (halves away from zero). */
export function decimalRound(a: Decimal, digits: number): Decimal {
  if (a.scale <= digits) return a
  const drop = 10n ** BigInt(a.scale - digits)
  const negative = a.coef < 0n
  const abs = negative ? -a.coef : a.coef
  let kept = abs / drop
  if ((abs % drop) * 2n >= drop) kept += 1n
  const coef = negative ? -kept : kept
  // round(-1) keeps tens: 1234 is 123 tens, written back as 1230.
  return digits >= 0 ? { coef, scale: digits } : { coef: coef * 10n ** BigInt(-digits), scale: 0 }
}
