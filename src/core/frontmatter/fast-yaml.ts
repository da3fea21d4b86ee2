import type { FrontMatterMap, FrontMatterValue } from '@shared/post'
import { resolvePlain } from './core-scalars'

/**
 * A fast path for the front matter almost every post has: one `key: value` per line, values that
 * are quoted strings without escapes, plain scalars or one-line flow lists of plain words. Parsing
 * that with the full YAML parser costs ~50 µs a file, which alone would eat half of the budget for
 * listing 10,000 posts. Block lists of such values (`tags:` then `  - a` lines) are taken too.
 * Anything else (comments after values, escapes, nesting, anchors, tags, duplicate keys,
 * `__proto__`, multi-line values…) returns null and goes to the full parser, so the result is
 * always what `yaml` would give; tests check the two agree.
 */

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/
const RESERVED_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/
// Characters that change a line's meaning or that YAML treats specially; any of them => slow path.
const UNSAFE_CHARS = /[\t\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/
const PLAIN_FIRST = /^[-?:,[\]{}#&*!|>'"%@`]/
const BLOCK_ITEM = /^( *)- +(.*)$/
const FLOW_ITEM_UNSAFE = /[[\]{}"'#:,&*!|>%@`?]/

/** Sentinel for "not in the simple subset". */
const GIVE_UP = Symbol('give up')
type Fast = FrontMatterValue | typeof GIVE_UP

export function parseSimpleYaml(content: string): FrontMatterMap | null {
  if (UNSAFE_CHARS.test(content.replace(/\r\n/g, '\n'))) return null
  const lines = content.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
  const data: FrontMatterMap = {}
  const seen = new Set<string>()
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]
    if (line.trim() === '' || line[0] === '#') continue
    const match = KEY_LINE.exec(line)
    if (!match) return null
    const key = match[1]
    if (RESERVED_KEY.test(key) || seen.has(key)) return null
    const text = (match[2] ?? '').trimEnd()
    let value: Fast
    if (text === '' && BLOCK_ITEM.test(lines[index + 1] ?? '')) {
      const list = blockList(lines, index + 1)
      if (!list) return null
      value = list.items
      index = list.last
    } else {
      value = scalarOrList(text)
    }
    if (value === GIVE_UP) return null
    seen.add(key)
    data[key] = value
  }
  return data
}

/** `key:` followed by `- item` lines, all at one indent: the other common way to write tags. */
function blockList(
  lines: string[],
  first: number
): { items: FrontMatterValue[]; last: number } | null {
  const indent = (BLOCK_ITEM.exec(lines[first]) as RegExpExecArray)[1]
  const items: FrontMatterValue[] = []
  let index = first
  for (; index < lines.length; index += 1) {
    const match = BLOCK_ITEM.exec(lines[index])
    if (!match) break
    const item = match[2].trimEnd()
    if (match[1] !== indent || item === '') return null
    const value = scalarOrList(item)
    if (value === GIVE_UP) return null
    items.push(value)
  }
  return { items, last: index - 1 }
}

function scalarOrList(text: string): Fast {
  if (text === '') return null
  const first = text[0]
  if (first === '"') return quoted(text, '"', /["\\]/)
  if (first === "'") return quoted(text, "'", /'/)
  if (first === '[') return flowList(text)
  return plain(text)
}

function quoted(text: string, quote: string, forbidden: RegExp): Fast {
  if (text.length < 2 || !text.endsWith(quote)) return GIVE_UP
  const inner = text.slice(1, -1)
  return forbidden.test(inner) ? GIVE_UP : inner
}

function plain(text: string): Fast {
  if (PLAIN_FIRST.test(text)) return GIVE_UP
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return GIVE_UP
  return resolvePlain(text)
}

function flowList(text: string): Fast {
  if (!text.endsWith(']')) return GIVE_UP
  const inner = text.slice(1, -1)
  if (inner.trim() === '') return []
  const items: FrontMatterValue[] = []
  for (const part of inner.split(',')) {
    const item = part.trim()
    if (item === '' || FLOW_ITEM_UNSAFE.test(item) || item[0] === '-') return GIVE_UP
    items.push(resolvePlain(item))
  }
  return items
}
