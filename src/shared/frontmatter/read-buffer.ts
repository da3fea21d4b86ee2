import { isMap, isSeq, parseDocument } from 'yaml'
import type {
  FrontMatterMap,
  FrontMatterProblem,
  FrontMatterStatus,
  FrontMatterValue
} from '../post'
import { findFence, isYamlLanguage, lineOf } from './fence'
import { maxBlockChars, parseOptions } from './yaml-options'

/** One key of the block, in file order. */
export interface FrontMatterEntry {
  key: string
  value: FrontMatterValue
}

/** The front matter of the editor's buffer, as the form sees it between saves. */
export interface BufferFrontMatter {
  status: FrontMatterStatus
  problem?: FrontMatterProblem
  /** The block's keys in file order; empty unless the status is 'ok'. */
  entries: FrontMatterEntry[]
}

/**
 * Aliases the form expands at most. The back end allows more (it must read any post); the form
 * only needs to show values, and a block with more aliases than this is shown as invalid.
 */
const maxAliasCount = 10

/**
 * Reads the front matter of a buffer with the same fence rules and YAML options as the back end
 * (core schema so dates stay strings, unique keys, no merge keys, no custom tags), in the browser.
 * Never evaluates anything: a `---js` block is 'refused'. Positions are 1-based file lines.
 */
export function readFrontMatter(source: string): BufferFrontMatter {
  const fence = findFence(source)
  if (fence.kind === 'none') return { status: 'none', entries: [] }
  if (fence.kind === 'unclosed')
    return failure('unclosed', 'The front matter fence is never closed', 1)
  if (!isYamlLanguage(fence.lang)) {
    return failure('refused', `Front matter fenced as ---${fence.lang} is not YAML`, 1)
  }
  const firstLine = lineOf(source, fence.contentStart) + 1
  const content = source.slice(fence.contentStart, fence.contentEnd)
  if (content.length > maxBlockChars) {
    return failure('invalid', `Front matter is larger than ${maxBlockChars} characters`, firstLine)
  }
  try {
    return parseBlock(content, firstLine)
  } catch (error) {
    // Deep nesting can overflow the parser's stack; excess aliases throw while converting.
    return failure('invalid', (error as Error).message, firstLine)
  }
}

function parseBlock(content: string, firstLine: number): BufferFrontMatter {
  const doc = parseDocument(content, parseOptions)
  const error = doc.errors[0]
  if (error) {
    const { line, column } = position(content, error.pos[0])
    return failure('invalid', error.message, firstLine + line, column)
  }
  if (doc.contents === null) return { status: 'ok', entries: [] }
  if (!isMap(doc.contents)) {
    const what = isSeq(doc.contents) ? 'a list' : 'a single value'
    return failure('invalid', `Front matter must be a mapping, not ${what}`, firstLine)
  }
  // mapAsMap keeps the file's key order (a plain object would move `2025:` keys to the front).
  const data: unknown = doc.toJS({ maxAliasCount, mapAsMap: true })
  const entries: FrontMatterEntry[] = []
  const seen = new Set<string>()
  for (const [key, value] of data as Map<unknown, unknown>) {
    const name = String(key)
    // `1:` and `"1":` are different YAML keys but the same front matter key.
    if (seen.has(name)) return failure('invalid', `Duplicate key ${name}`, firstLine)
    seen.add(name)
    entries.push({ key: name, value: toValue(value) })
  }
  return { status: 'ok', entries }
}

/** JSON-safe values, as the back end sends them: long integers as text, `.inf` spelled out. */
function toValue(value: unknown): FrontMatterValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'bigint') {
    const safe =
      value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    return safe ? Number(value) : value.toString()
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value
    return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf'
  }
  if (Array.isArray(value)) return value.map(toValue)
  if (value instanceof Map) {
    const map: FrontMatterMap = {}
    for (const [key, item] of value) {
      // An own data property, so a `__proto__:` key never reaches a prototype.
      Object.defineProperty(map, String(key), {
        value: toValue(item),
        writable: true,
        enumerable: true,
        configurable: true
      })
    }
    return map
  }
  return value === null || value === undefined ? null : String(value)
}

function failure(
  status: FrontMatterStatus,
  message: string,
  line: number,
  column?: number
): BufferFrontMatter {
  const problem: FrontMatterProblem =
    column === undefined ? { message, line } : { message, line, column }
  return { status, problem, entries: [] }
}

/** 0-based line and 1-based column of an offset in the block. */
function position(content: string, offset: number): { line: number; column: number } {
  const before = content.slice(0, Math.max(0, offset))
  return { line: lineOf(before, before.length), column: offset - before.lastIndexOf('\n') }
}
