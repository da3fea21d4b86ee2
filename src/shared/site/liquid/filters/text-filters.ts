/** Jekyll's string filters (jekyll/filters.rb) that liquidjs lacks or writes differently. */
import type { Runtime } from '../runtime'
import { defineFilter } from './define'
import { slugify } from '../../slugify'
import { rubyInspect, rubyJson, rubyToS } from '../ruby-value'

/** Ruby's `\s`: ASCII whitespace only (JavaScript's also takes Unicode spaces). */
const rubySpace = '[ \\t\\r\\n\\f\\v]'
const cjk = '\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}\\p{Script=Hangul}'
const cjkChar = new RegExp(`[${cjk}]`, 'gu')
const nonCjkWord = new RegExp(`[^${cjk} \\t\\r\\n\\f\\v]+`, 'gu')
const rubySplitWords = /[^ \t\r\n\f\v]+/g

export function xmlEscape(text: string): string {
  // Ruby 3.1's String#encode(xml: :attr) also writes ' as &apos; (checked with Jekyll 4.3.1).
  return text.replace(/[&<>"']/g, (char) => xmlEntities[char])
}
const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}

/** CGI.escape: form encoding, a space is `+`. */
export function cgiEscape(text: string): string {
  return text
    .replace(/[^ a-zA-Z0-9_.\-~]+/g, (run) =>
      Array.from(new TextEncoder().encode(run))
        .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('')
    )
    .replace(/ /g, '+')
}

/** Addressable::URI.normalize_component: decode, then encode what is neither reserved nor unreserved. */
export function uriEscape(text: string): string {
  const decoded = text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run
    }
  })
  return decoded.normalize('NFC').replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/gu, (char) =>
    Array.from(new TextEncoder().encode(char))
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join('')
  )
}

/** `gsub(/\s+/, " ").strip` with Ruby's ASCII `\s`. */
export function normalizeWhitespace(text: string): string {
  return text.replace(new RegExp(`${rubySpace}+`, 'g'), ' ').replace(/^ | $/g, '')
}

export function numberOfWords(text: string, mode: unknown): number {
  const count = (pattern: RegExp): number => (text.match(pattern) ?? []).length
  if (mode === 'cjk') return count(cjkChar) + count(nonCjkWord)
  if (mode === 'auto') {
    const cjkCount = count(cjkChar)
    return cjkCount === 0 ? count(rubySplitWords) : cjkCount + count(nonCjkWord)
  }
  return count(rubySplitWords)
}

export function registerTextFilters(runtime: Runtime): void {
  const { liquid, host } = runtime
  const toS = (value: unknown): string => rubyToS(value, runtime.timezone)

  defineFilter(liquid, 'markdownify', (input: unknown) => host.markdownify(toS(input)))
  defineFilter(liquid, 'smartify', (input: unknown) => host.smartify(toS(input)))
  defineFilter(liquid, 'slugify', (input: unknown, mode?: unknown) =>
    input === null || input === undefined
      ? null
      : slugify(toS(input), mode === null || mode === undefined ? 'default' : toS(mode))
  )
  defineFilter(liquid, 'xml_escape', (input: unknown) => xmlEscape(toS(input)))
  defineFilter(liquid, 'cgi_escape', (input: unknown) => cgiEscape(toS(input)))
  defineFilter(liquid, 'uri_escape', (input: unknown) => uriEscape(toS(input)))
  defineFilter(liquid, 'normalize_whitespace', (input: unknown) => normalizeWhitespace(toS(input)))
  defineFilter(liquid, 'number_of_words', (input: unknown, mode?: unknown) =>
    numberOfWords(toS(input), mode)
  )
  defineFilter(liquid, 'array_to_sentence_string', (input: unknown, connector?: unknown) => {
    const join = connector === undefined ? 'and' : toS(connector)
    const items = Array.isArray(input)
      ? input
      : input === null || input === undefined
        ? []
        : [input]
    if (items.length === 0) return ''
    if (items.length === 1) return toS(items[0])
    if (items.length === 2) return `${toS(items[0])} ${join} ${toS(items[1])}`
    return `${items.slice(0, -1).map(toS).join(', ')}, ${join} ${toS(items[items.length - 1])}`
  })
  defineFilter(liquid, 'jsonify', (input: unknown) => rubyJson(input, runtime.timezone))
  defineFilter(liquid, 'inspect', (input: unknown) =>
    xmlEscape(rubyInspect(input, runtime.timezone))
  )
  defineFilter(liquid, 'to_integer', (input: unknown): number => {
    if (input === true) return 1
    if (input === false) return 0
    if (typeof input === 'number') return Math.trunc(input)
    if (input === null || input === undefined) return 0
    // String#to_i: leading whitespace, a sign, digits (with underscores between them).
    const match = /^[ \t\r\n\f\v]*([+-]?\d+(?:_\d+)*)/.exec(toS(input))
    return match ? Number(match[1].replace(/_/g, '')) : 0
  })
}
