import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml'
import { reasonedError } from '@shared/error-reasons'
import type { PostcloudError } from '@shared/errors'
import type { FrontMatterMap, FrontMatterValue } from '@shared/post'
import { findFence } from '@shared/frontmatter/fence'
import type { ClosedFence } from '@shared/frontmatter/fence'
import { sameValue, setOwn } from './json-safe'
import { parseFrontMatter } from './parse'
import { serializeKey, serializeValue } from './serialize'
import type { StringStyle } from './serialize'
import { parseOptions } from '@shared/frontmatter/yaml-options'

export type FrontMatterChanges = Record<string, FrontMatterValue | undefined>

interface Splice {
  start: number
  end: number
  text: string
}

/**
 * Sets or removes single front matter keys, rewriting only the lines of those keys: every other
 * byte of the file (comments, quoting, order, dates, line endings, the body) stays as it was.
 * - `undefined` or `null` removes the key (the contract's rule: JSON transports drop `undefined`,
 *   so null is the only removal a remote caller can send);
 * - an existing key keeps its place and, for a string, its quoting style;
 * - a new key is appended at the end of the block, strings double-quoted like the templates;
 * - a file without front matter gets a new block in its own line ending.
 * Throws FRONT_MATTER for an unclosed, invalid or refused block, and when the edit would not
 * read back exactly as asked (anchors, aliases, odd layouts) instead of guessing.
 */
export function setFrontMatterKeys(text: string, changes: FrontMatterChanges): string {
  for (const key of Object.keys(changes)) checkKey(key)
  const parsed = parseFrontMatter(text)
  if (parsed.status === 'none') return addBlock(text, changes)
  if (parsed.status !== 'ok' || !parsed.data) {
    const reason = parsed.problem?.message ?? `front matter is ${parsed.status}`
    throw reasonedError('FRONT_MATTER', 'unreadable', `Front matter cannot be edited: ${reason}`)
  }
  const fence = findFence(text) as ClosedFence
  const content = text.slice(fence.contentStart, fence.contentEnd)
  const edited = editBlock(content, parsed.data, changes, fence.eol)
  if (edited === content) return text
  const result = text.slice(0, fence.contentStart) + edited + text.slice(fence.contentEnd)
  verify(result, parsed.data, changes)
  return result
}

function checkKey(key: string): void {
  if (key === '' || /[\r\n\u2028\u2029]/.test(key)) {
    const message = `Invalid front matter key ${JSON.stringify(key)}`
    throw reasonedError('INVALID_ARGUMENT', 'frontMatterKey', message, { key })
  }
}

function isRemoval(value: FrontMatterValue | undefined): value is null | undefined {
  return value === undefined || value === null
}

function newLine(key: string, value: FrontMatterValue, eol: string): string {
  return `${serializeKey(key)}: ${serializeValue(value, 'double')}${eol}`
}

function addBlock(text: string, changes: FrontMatterChanges): string {
  const eol = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n'
  const lines = Object.entries(changes)
    .filter((entry): entry is [string, FrontMatterValue] => !isRemoval(entry[1]))
    .map(([key, value]) => newLine(key, value, eol))
  if (lines.length === 0) return text
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : ''
  const block = `---${eol}${lines.join('')}---${eol}`
  const result = bom + block + text.slice(bom.length)
  verify(result, {}, changes)
  return result
}

function editBlock(
  content: string,
  data: FrontMatterMap,
  changes: FrontMatterChanges,
  eol: string
): string {
  const doc = parseDocument(content, { ...parseOptions, keepSourceTokens: false })
  const map = isMap(doc.contents) ? (doc.contents as YAMLMap<unknown, unknown>) : null
  if (map?.flow) {
    throw reasonedError(
      'FRONT_MATTER',
      'flowMapping',
      'Front matter written as one {…} mapping cannot be edited key by key'
    )
  }
  const splices: Splice[] = []
  let additions = ''
  for (const [key, value] of Object.entries(changes)) {
    const pair = map?.items.find((item) => keyText(item) === key)
    if (!pair) {
      if (!isRemoval(value)) additions += newLine(key, value, eol)
    } else if (isRemoval(value)) {
      splices.push(removal(content, pair))
    } else if (!sameValue(data[key], value)) {
      splices.push(replacement(content, pair, value, eol))
    }
  }
  if (additions) splices.push({ start: content.length, end: content.length, text: additions })
  let result = content
  for (const splice of splices.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end)
  }
  return result
}

function keyText(pair: Pair<unknown, unknown>): string | null {
  if (!isScalar(pair.key)) return null
  return pair.key.value === null ? '' : String(pair.key.value)
}

function rangeOf(node: unknown): [number, number, number] | null {
  const range = (node as Node | null)?.range
  return range ? [range[0], range[1], range[2]] : null
}

/** Drops the key's lines: from the start of the key's line through the end of its value's line. */
function removal(content: string, pair: Pair<unknown, unknown>): Splice {
  const keyRange = rangeOf(pair.key)
  const valueRange = rangeOf(pair.value) ?? keyRange
  if (!keyRange || !valueRange) throw cannotEdit(keyText(pair) ?? '?')
  const start = content.lastIndexOf('\n', keyRange[0] - 1) + 1
  const lastBreak = content.indexOf('\n', trimBack(content, valueRange[1]))
  return { start, end: lastBreak === -1 ? content.length : lastBreak + 1, text: '' }
}

/**
 * Replaces the value in place: a one-line scalar keeps its surroundings, a block list of scalars
 * stays a block list (same indent, dash and item quoting), anything else keeps its key.
 */
function replacement(
  content: string,
  pair: Pair<unknown, unknown>,
  value: FrontMatterValue,
  eol: string
): Splice {
  const node = pair.value
  const range = rangeOf(node)
  if (isScalar(node) && range && range[1] > range[0]) {
    const source = content.slice(range[0], range[1])
    if (!source.includes('\n') && node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') {
      return { start: range[0], end: range[1], text: serializeValue(value, styleOf(node.type)) }
    }
  }
  const colon = colonAfterKey(content, pair)
  const end = range ? Math.max(colon + 1, trimBack(content, range[1])) : colon + 1
  if (isSeq(node) && !node.flow && Array.isArray(value) && value.length > 0) {
    const items = blockListItems(content, node, value, eol)
    // The key's own line (and a comment on it) stays; the items start on the next line.
    const lineBreak = content.indexOf('\n', colon)
    const keyLineEnd = content[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak
    if (items !== null && lineBreak !== -1 && keyLineEnd < end) {
      return { start: keyLineEnd, end, text: items }
    }
  }
  // An empty value has no style of its own: write it like a new key.
  const style = isScalar(node) && end > colon + 1 ? styleOf(node.type) : 'double'
  return { start: colon + 1, end, text: ` ${serializeValue(value, style)}` }
}

/** Offset of the `:` after a key (only spaces or tabs may sit between them). */
function colonAfterKey(content: string, pair: Pair<unknown, unknown>): number {
  const keyRange = rangeOf(pair.key)
  if (!keyRange) throw cannotEdit(keyText(pair) ?? '?')
  let colon = keyRange[1]
  while (content[colon] === ' ' || content[colon] === '\t') colon += 1
  if (content[colon] !== ':') throw cannotEdit(keyText(pair) ?? '?')
  return colon
}

/**
 * The new items of a block list written like its first item (`  - "日报"`): Jekyll writers who
 * keep tags one per line keep them so. Null when the list's layout is not the plain one (an item
 * that is itself a map or list, or anything but spaces before the dash).
 */
function blockListItems(
  content: string,
  node: YAMLSeq<unknown>,
  value: FrontMatterValue[],
  eol: string
): string | null {
  const first = node.items[0]
  const firstRange = rangeOf(first)
  if (!isScalar(first) || !firstRange) return null
  if (value.some((item) => item !== null && typeof item === 'object')) return null
  const prefix = content.slice(content.lastIndexOf('\n', firstRange[0] - 1) + 1, firstRange[0])
  if (!/^ *- +$/.test(prefix)) return null
  const style = styleOf(first.type)
  return value.map((item) => `${eol}${prefix}${serializeValue(item, style)}`).join('')
}

function styleOf(type: string | undefined): StringStyle {
  if (type === 'PLAIN') return 'plain'
  if (type === 'QUOTE_SINGLE') return 'single'
  return 'double'
}

/** Moves an end offset back over trailing whitespace and line breaks. */
function trimBack(content: string, end: number): number {
  let at = end
  while (at > 0 && /\s/.test(content[at - 1])) at -= 1
  return at
}

function cannotEdit(key: string): PostcloudError {
  return reasonedError(
    'FRONT_MATTER',
    'keyForm',
    `The front matter key "${key}" is written in a form Postcloud cannot edit safely; edit it in the text`,
    { key }
  )
}

/** Re-reads the edited text: it must parse and hold exactly the old data with the changes. */
function verify(result: string, before: FrontMatterMap, changes: FrontMatterChanges): void {
  const expected: FrontMatterMap = {}
  for (const key of Object.keys(before)) setOwn(expected, key, before[key])
  for (const [key, value] of Object.entries(changes)) {
    if (isRemoval(value)) delete expected[key]
    else setOwn(expected, key, value)
  }
  const after = parseFrontMatter(result)
  if (after.status !== 'ok' || !after.data || !sameValue(after.data, expected)) {
    const keys = Object.keys(changes).join(', ')
    throw reasonedError(
      'FRONT_MATTER',
      'wouldAlter',
      `Changing ${keys} would alter other front matter values; edit the block in the text instead`,
      { keys }
    )
  }
}
