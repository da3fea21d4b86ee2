import type { SearchSnippet } from '@shared/search'
import { closesCodeFence, openCodeFence } from '@shared/text/code-fence'
import type { CodeFence } from '@shared/text/code-fence'
import { stripContainers } from '@shared/text/prose'
import { plainLine, visibleLine } from '@shared/text/visible-line'
import type { VisibleText } from '@shared/text/visible-line'

/** How many characters of context a search result shows. */
export const snippetChars = 80

/** The least context shown on each side of a match longer than the snippet. */
const minContext = 10

/**
 * How far either side of the match a line is read: enough for 80 shown characters after its
 * Markdown goes, while a post that is one megabyte-long line costs no more than a short one.
 */
const sourceReach = 1000

/**
 * About 80 characters of `text` centred on the match at `index` (of `length` characters), from the
 * match's own line, with `…` where the line was cut, and where the match is in it. The whole match
 * is always shown. With `markdownBody` (where the body starts) the line is read as Markdown and
 * shown as a reader sees it, unless it is inside a fenced code block.
 */
export function snippetAround(
  text: string,
  index: number,
  length: number,
  markdownBody?: number
): SearchSnippet {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1
  const newline = text.indexOf('\n', index)
  const lineEnd = newline === -1 ? text.length : newline
  const from = avoidHalfPair(text, Math.max(lineStart, index - sourceReach), 1)
  const to = avoidHalfPair(text, Math.min(lineEnd, index + length + sourceReach), -1)
  const line = text.slice(from, to)
  const keep = [index - from, index - from + length] as const
  const markdown = markdownBody !== undefined && !inFencedCode(text, markdownBody, lineStart)
  const visible = markdown ? visibleLine(line, keep) : plainLine(line)
  return centred(visible, keep, from > lineStart, to < lineEnd)
}

/** The snippet of a line's shown text around the characters that show `keep` of its source. */
function centred(
  visible: VisibleText,
  keep: readonly [number, number],
  cutBefore: boolean,
  cutAfter: boolean
): SearchSnippet {
  const { text, from } = visible
  let markStart = from.findIndex((at) => at >= keep[0])
  if (markStart === -1) markStart = text.length
  let markEnd = markStart
  while (markEnd < text.length && from[markEnd] < keep[1]) markEnd++
  const shown = markEnd - markStart
  const width = Math.max(snippetChars, shown + 2 * minContext)
  const centredStart = Math.max(0, markStart - Math.floor((width - shown) / 2))
  let end = Math.min(text.length, centredStart + width)
  // Near the line's end the snippet starts earlier, so it is as long as elsewhere.
  let start = avoidHalfPair(text, Math.max(0, end - width), 1)
  end = avoidHalfPair(text, end, -1)
  while (start < markStart && text[start] === ' ') start++
  while (end > markEnd && text[end - 1] === ' ') end--
  const lead = start > 0 || cutBefore ? '…' : ''
  const tail = end < text.length || cutAfter ? '…' : ''
  const offset = lead.length - start
  return {
    snippet: lead + text.slice(start, end) + tail,
    marks: shown > 0 ? [[markStart + offset, markEnd + offset]] : []
  }
}

/** Whether the line at `lineStart` is inside a fenced code block of the body starting at `body`. */
function inFencedCode(text: string, body: number, lineStart: number): boolean {
  // Most posts have no fence before the match: two native searches answer for them.
  const before = text.slice(body, lineStart)
  if (!before.includes('```') && !before.includes('~~~')) return false
  let fence: CodeFence | null = null
  for (let at = body; at < lineStart;) {
    const newline = text.indexOf('\n', at)
    const end = newline === -1 ? text.length : newline
    const content = stripContainers(text.slice(at, end)).content.trimStart()
    if (fence) {
      if (closesCodeFence(content, fence)) fence = null
    } else fence = openCodeFence(content)
    at = end + 1
  }
  return fence !== null
}

/** Moves a cut off the middle of a surrogate pair, in `direction`. */
function avoidHalfPair(text: string, at: number, direction: 1 | -1): number {
  const code = text.charCodeAt(at)
  return code >= 0xdc00 && code <= 0xdfff ? at + direction : at
}
