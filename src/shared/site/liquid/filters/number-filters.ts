/**
 * Ruby's number semantics where JavaScript's differ: `divided_by` is integer division when both
 * sides are integers (`10 | divided_by: 4` is 2, `divided_by: 4.0` is 2.5). JavaScript has no
 * 4.0, so a divisor written with a decimal point counts as a Float.
 */
import type { Runtime } from '../runtime'
import { defineFilter } from './define'

interface FilterToken {
  args?: { getText?: () => string }[]
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value
  const text = String(value ?? '').trim()
  // Liquid::Utils.to_number: "1.5" is a decimal, other strings their leading integer.
  if (/^-?\d+\.\d+$/.test(text)) return Number(text)
  const match = /^[+-]?\d+/.exec(text)
  return match ? Number(match[0]) : 0
}

export function registerNumberFilters(runtime: Runtime): void {
  defineFilter(
    runtime.liquid,
    'divided_by',
    function (this: unknown, input: unknown, divisor: unknown): number {
      const token = (this as { token?: FilterToken }).token
      const written = token?.args?.[0]?.getText?.() ?? ''
      const a = toNumber(input)
      const b = toNumber(divisor)
      const floatDivisor =
        /\./.test(written) || (typeof divisor === 'string' && divisor.includes('.'))
      if (Number.isInteger(a) && Number.isInteger(b) && !floatDivisor) {
        if (b === 0) throw new Error('divided by 0')
        return Math.floor(a / b)
      }
      return a / b
    }
  )
}
