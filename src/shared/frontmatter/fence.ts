/**
 * Finds the front matter fence of a file without looking at the YAML inside. Jekyll's rule: the
 * first line is `---` (we also accept a language such as `---yaml` or `---js`, which gray-matter
 * would evaluate, so that it can be refused) and the block ends at the first line that is exactly
 * `---` or `...`. A file that opens a fence but never closes it is body text (a horizontal rule).
 */

export interface ClosedFence {
  kind: 'closed'
  /** Lower-cased language after the opening `---`, '' when none. */
  lang: string
  /** Offset of the first character after the opening line's line break. */
  contentStart: number
  /** Offset where the closing fence line starts (the YAML is `text.slice(contentStart, contentEnd)`). */
  contentEnd: number
  /** Offset just after the closing fence line and its line break: where the body starts. */
  blockEnd: number
  /** The line break the opening line ends with. */
  eol: '\n' | '\r\n'
}

export type Fence = { kind: 'none' } | { kind: 'unclosed' } | ClosedFence

// A language token may not start with '-': `----` is a horizontal rule, not a fence.
const OPEN = /^---(?:[ \t]*([^\s-]\S*))?[ \t]*$/
// `\r?` lets a CRLF closing line match; `m` makes ^ and $ work per line.
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/gm

export function findFence(text: string): Fence {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const firstBreak = text.indexOf('\n', start)
  if (firstBreak === -1) {
    return OPEN.test(text.slice(start).replace(/\r$/, '')) ? { kind: 'unclosed' } : { kind: 'none' }
  }
  const crlf = firstBreak > start && text.charCodeAt(firstBreak - 1) === 0x0d
  const firstLine = text.slice(start, crlf ? firstBreak - 1 : firstBreak)
  const open = OPEN.exec(firstLine)
  if (!open) return { kind: 'none' }

  const contentStart = firstBreak + 1
  CLOSE.lastIndex = contentStart
  const close = CLOSE.exec(text)
  if (!close) return { kind: 'unclosed' }

  let blockEnd = close.index + close[0].length
  if (text.charCodeAt(blockEnd) === 0x0a) blockEnd += 1
  return {
    kind: 'closed',
    lang: (open[1] ?? '').toLowerCase(),
    contentStart,
    contentEnd: close.index,
    blockEnd,
    eol: crlf ? '\r\n' : '\n'
  }
}

/** True for the languages we parse as YAML; anything else is refused, never evaluated. */
export function isYamlLanguage(lang: string): boolean {
  return lang === '' || lang === 'yaml' || lang === 'yml'
}

/** 0-based line number of `offset` in `text`. */
export function lineOf(text: string, offset: number): number {
  let line = 0
  let at = text.indexOf('\n')
  while (at !== -1 && at < offset) {
    line += 1
    at = text.indexOf('\n', at + 1)
  }
  return line
}
