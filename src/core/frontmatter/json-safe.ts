import type { FrontMatterMap, FrontMatterValue } from '@shared/post'

/**
 * Converts what the YAML parser produced into JSON-safe front matter values. Keys are copied as own
 * data properties, so a `__proto__:` key stays an ordinary key and never touches a prototype.
 * Integers arrive as bigint (so that long ids keep their digits): safe ones become numbers, others
 * the decimal string. Non-finite floats (`.inf`, `.nan`) become their YAML spelling.
 */
export function toFrontMatterValue(value: unknown): FrontMatterValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      return finiteOrText(value)
    case 'bigint':
      return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(value)
        : value.toString()
    case 'undefined':
      return null
    case 'object':
      return objectValue(value)
    default:
      return String(value)
  }
}

function objectValue(value: object | null): FrontMatterValue {
  if (value === null) return null
  if (Array.isArray(value)) return value.map(toFrontMatterValue)
  if (value instanceof Date) return value.toISOString()
  // `!!binary` values come back as bytes; their base64 text is the JSON-safe form.
  if (ArrayBuffer.isView(value)) {
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')
  }
  if (value instanceof Set) return [...value].map(toFrontMatterValue)
  if (value instanceof Map) {
    const map: FrontMatterMap = {}
    for (const [key, item] of value) setOwn(map, String(key), toFrontMatterValue(item))
    return map
  }
  const map: FrontMatterMap = {}
  for (const key of Object.keys(value)) {
    setOwn(map, key, toFrontMatterValue((value as Record<string, unknown>)[key]))
  }
  return map
}

function finiteOrText(value: number): FrontMatterValue {
  if (Number.isFinite(value)) return value
  if (Number.isNaN(value)) return '.nan'
  return value > 0 ? '.inf' : '-.inf'
}

/** Sets a key as an own data property: plain assignment of `__proto__` would replace the prototype. */
export function setOwn(map: FrontMatterMap, key: string, value: FrontMatterValue): void {
  if (key === '__proto__') {
    Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true })
  } else {
    map[key] = value
  }
}

/** Structural equality of two front matter values; key order does not matter. */
export function sameValue(
  a: FrontMatterValue | undefined,
  b: FrontMatterValue | undefined
): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, index) => sameValue(item, b[index]))
  }
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]))
}
