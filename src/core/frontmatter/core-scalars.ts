import type { FrontMatterValue } from '@shared/post'

/**
 * How YAML 1.2's core schema (the schema we parse with) resolves a plain scalar. These are the
 * `yaml` package's own patterns; the fast path and the serializer use them to stay in step with it.
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/

/** True when a plain scalar with this text would be read as something other than a string. */
export function resolvesToNonString(text: string): boolean {
  return (
    NULL.test(text) ||
    BOOL.test(text) ||
    INT.test(text) ||
    FLOAT.test(text) ||
    FLOAT_SPECIAL.test(text)
  )
}

/**
 * The value of a plain scalar under the core schema, converted like json-safe.ts does (integers
 * beyond 2^53 keep their digits as a string; `.inf`/`.nan` keep their spelling).
 */
export function resolvePlain(text: string): FrontMatterValue {
  if (NULL.test(text)) return null
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T'
  if (INT.test(text)) {
    const big = BigInt(text)
    const safe = big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)
    return safe ? Number(big) : big.toString()
  }
  if (FLOAT.test(text)) {
    const value = parseFloat(text)
    if (Number.isFinite(value)) return value
    return value > 0 ? '.inf' : '-.inf'
  }
  if (FLOAT_SPECIAL.test(text)) {
    if (text.endsWith('nan') || text.endsWith('NaN') || text.endsWith('NAN')) return '.nan'
    return text[0] === '-' ? '-.inf' : '.inf'
  }
  return text
}
