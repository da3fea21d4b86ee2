import { findFence } from '../frontmatter/fence'
import { closesCodeFence, openCodeFence } from '../text/code-fence'
import type { CodeFence } from '../text/code-fence'
import { indentOf } from '../text/indent'

/** A heading of the post, for the outline. */
export interface Heading {
  /** 1 to 6 */
  level: number
  /** The heading as plain text (link targets, emphasis and code marks removed); never HTML. */
  text: string
  /** 0-based line of the source where the heading starts (a setext heading's first text line). */
  line: number
}

/**
 * Heading text kept for the outline: a heading longer than this (a pasted megabyte line) is cut,
 * which keeps the outline cheap and readable.
 */
const maxHeadingChars = 500

/**
 * The headings of a Markdown post: ATX (`## 标题`, with or without closing `#`s) and setext (text
 * underlined with `===` or `---`). The front matter block and fenced code (``` and ~~~) are
 * skipped, as are indented code, blockquotes and list items (their headings belong to quoted or
 * listed material, not to the post's structure). Headings with no text are left out. Works line by
 * line without backtracking regexes, so a megabyte buffer or a 5 MB line costs one pass.
 */
export function parseHeadings(source: string): Heading[] {
  const headings: Heading[] = []
  const fence = findFence(source)
  let start = fence.kind === 'closed' ? fence.blockEnd : 0
  let line = fence.kind === 'closed' ? countBreaks(source, fence.blockEnd) : 0
  let code: CodeFence | null = null
  // The open paragraph that a setext underline would turn into a heading.
  let paragraph: { line: number; text: string } | null = null
  // Inside a list item or blockquote until the next blank line: no headings there.
  let container = false
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end < 0) end = source.length
    const text =
      source.charCodeAt(end - 1) === 13 ? source.slice(start, end - 1) : source.slice(start, end)
    visit(text, line)
    start = end + 1
    line += 1
  }
  return headings

  function visit(text: string, at: number): void {
    const indent = indentOf(text)
    const content = text.slice(indent.index)
    if (code) {
      if (indent.columns < 4 && closesCodeFence(stripContainers(content), code)) code = null
      return
    }
    if (content === '') {
      paragraph = null
      container = false
      return
    }
    if (indent.columns >= 4) {
      // Indented code, unless it continues a paragraph.
      if (paragraph) extend(paragraph, content)
      return
    }
    const opened = openCodeFence(stripContainers(content))
    if (opened) {
      code = opened
      paragraph = null
      return
    }
    const underline = setextLevel(content)
    if (underline && paragraph) {
      add(underline, paragraph.text, paragraph.line)
      paragraph = null
      return
    }
    if (container || isContainerStart(content)) {
      container = true
      paragraph = null
      return
    }
    const atx = atxHeading(content)
    if (atx) {
      add(atx.level, atx.text, at)
      paragraph = null
    } else if (isThematicBreak(content)) {
      paragraph = null
    } else if (paragraph) {
      extend(paragraph, content)
    } else {
      paragraph = { line: at, text: content.slice(0, maxHeadingChars).trim() }
    }
  }

  function add(level: number, raw: string, at: number): void {
    const text = plainText(raw.slice(0, maxHeadingChars))
    if (text !== '') headings.push({ level, text, line: at })
  }
}

/** Adds a line to a paragraph that may become a setext heading, up to the length kept. */
function extend(paragraph: { text: string }, content: string): void {
  if (paragraph.text.length < maxHeadingChars) {
    paragraph.text += ` ${content.slice(0, maxHeadingChars).trim()}`
  }
}

function countBreaks(text: string, end: number): number {
  let count = 0
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) count++
  return count
}

/** `> quote`, `- item`, `* item`, `+ item`, `1. item`, `1) item`, or an empty item (`-`). */
function isContainerStart(content: string): boolean {
  if (isThematicBreak(content)) return false
  return markerWidth(content, 0) > 0 || /^(?:[-*+]|\d{1,9}[.)])[ \t]*$/.test(content)
}

/** The content after any quote marks and list markers, where a fence may open (`- ```js`). */
function stripContainers(content: string): string {
  let i = 0
  for (;;) {
    while (content[i] === ' ' || content[i] === '\t') i++
    const width = markerWidth(content, i)
    if (width === 0) return content.slice(i)
    i += width
  }
}

/** Width of a `>`, or of a list marker followed by a space, at `at`; 0 when there is none. */
function markerWidth(content: string, at: number): number {
  const ch = content[at]
  if (ch === '>') return 1
  let width = 0
  if (ch === '-' || ch === '*' || ch === '+') width = 1
  else {
    while (width < 9 && isDigit(content.charCodeAt(at + width))) width++
    if (width === 0 || (content[at + width] !== '.' && content[at + width] !== ')')) return 0
    width++
  }
  const next = content[at + width]
  return next === ' ' || next === '\t' ? width : 0
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** `===` underlines a level 1 heading, `---` a level 2 one (trailing spaces allowed). */
function setextLevel(content: string): number {
  const trimmed = content.trimEnd()
  const char = trimmed[0]
  if (char !== '=' && char !== '-') return 0
  for (let i = 1; i < trimmed.length; i++) if (trimmed[i] !== char) return 0
  return char === '=' ? 1 : 2
}

/** Three or more `-`, `*` or `_`, spaces between allowed. */
function isThematicBreak(content: string): boolean {
  const char = content[0]
  if (char !== '-' && char !== '*' && char !== '_') return false
  let count = 0
  for (const ch of content) {
    if (ch === char) count++
    else if (ch !== ' ' && ch !== '\t') return false
  }
  return count >= 3
}

/** `#`…`######` then a space or the end; the closing sequence (` ##`) is not part of the text. */
function atxHeading(content: string): { level: number; text: string } | null {
  let level = 0
  while (level < content.length && content[level] === '#') level++
  if (level === 0 || level > 6) return null
  const after = content[level]
  if (after !== undefined && after !== ' ' && after !== '\t') return null
  let text = content.slice(level).trim()
  let close = text.length
  while (close > 0 && text[close - 1] === '#') close--
  if (close === 0) text = ''
  else if (close < text.length && (text[close - 1] === ' ' || text[close - 1] === '\t')) {
    text = text.slice(0, close).trimEnd()
  }
  return { level, text }
}

/**
 * Heading Markdown as the reader sees it: `[text](url)` and `![alt](src)` become their text,
 * code, emphasis and strike marks go, `\#` escapes lose the backslash. HTML stays as literal text.
 */
export function plainText(markdown: string): string {
  let out = ''
  let closeParen = 0
  for (let i = 0; i < markdown.length; i++) {
    const ch = markdown[i]
    if (ch === '\\' && i + 1 < markdown.length && /[!-/:-@[-`{-~]/.test(markdown[i + 1])) {
      out += markdown[++i]
    } else if (ch === ']' && markdown[i + 1] === '(' && closeParen !== -1) {
      // Remember a missing `)`: searching again for every `](` would be quadratic.
      closeParen = markdown.indexOf(')', i + 2)
      if (closeParen >= 0) i = closeParen
    } else if (ch === '[' || ch === ']' || ch === '`') {
      // Link brackets and code marks carry no text.
    } else if (ch === '!' && markdown[i + 1] === '[') {
      // The image mark; its alt text follows.
    } else if ((ch === '*' || ch === '_' || ch === '~') && markdown[i + 1] === ch) {
      i++
    } else {
      out += ch
    }
  }
  return out.replace(/\s+/g, ' ').trim()
}

/** The index of the heading a line belongs to (the last one starting at or before it), or -1. */
export function headingAt(headings: readonly Heading[], line: number): number {
  let low = 0
  let high = headings.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (headings[middle].line <= line) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** Whether two heading lists are the same (typing inside a paragraph changes none of them). */
export function sameHeadings(a: readonly Heading[], b: readonly Heading[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    if (a[i].line !== b[i].line || a[i].level !== b[i].level || a[i].text !== b[i].text) {
      return false
    }
  }
  return true
}
