import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Pair } from 'yaml'
import { findFence } from '@shared/frontmatter/fence'
import { parseOptions } from '@shared/frontmatter/yaml-options'
import type { FrontMatterMap, FrontMatterValue } from '@shared/post'

/**
 * The YAML node a value was read from, or null when unknown. Only its key order is used: the
 * values themselves come from the library's parse, so `fm get` agrees with the window.
 */
export type OrderNode = unknown

/**
 * The front matter block's root node, for `prettyJson`: a JavaScript object lists integer-like
 * keys (`2024:`) first whatever the file says, so the file's order is taken from the YAML itself.
 */
export function frontMatterNode(raw: string): OrderNode {
  const fence = findFence(raw)
  if (fence.kind !== 'closed') return null
  return parseDocument(raw.slice(fence.contentStart, fence.contentEnd), parseOptions).contents
}

/** `JSON.stringify(value, null, 2)`, with object keys in the order the YAML wrote them. */
export function prettyJson(value: FrontMatterValue, node: OrderNode, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const items = value.map(
      (item, index) => inner + prettyJson(item, isSeq(node) ? node.items[index] : null, inner)
    )
    return `[\n${items.join(',\n')}\n${indent}]`
  }
  const keys = keysInOrder(value, node)
  if (keys.length === 0) return '{}'
  const pairs = isMap(node) ? node.items : []
  const entries = keys.map((key) => {
    const pair = pairs.find((item) => keyText(item) === key)
    return `${inner}${JSON.stringify(key)}: ${prettyJson(value[key], pair?.value ?? null, inner)}`
  })
  return `{\n${entries.join(',\n')}\n${indent}}`
}

/** The node of a top-level key's value, for printing that value alone. */
export function childNode(node: OrderNode, key: string): OrderNode {
  if (!isMap(node)) return null
  return node.items.find((item) => keyText(item) === key)?.value ?? null
}

function keysInOrder(value: FrontMatterMap, node: OrderNode): string[] {
  const own = Object.keys(value)
  if (!isMap(node)) return own
  const ordered: string[] = []
  for (const pair of node.items) {
    const key = keyText(pair)
    if (key !== null && Object.hasOwn(value, key) && !ordered.includes(key)) ordered.push(key)
  }
  return [...ordered, ...own.filter((key) => !ordered.includes(key))]
}

/** A key as the library's parse names it (json-safe.ts: `String(key)`, null as ''). */
function keyText(pair: Pair<unknown, unknown>): string | null {
  if (!isScalar(pair.key)) return null
  return pair.key.value === null ? '' : String(pair.key.value)
}
