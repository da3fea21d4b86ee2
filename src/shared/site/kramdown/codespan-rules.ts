import type { MarkdownIt, StateInline } from 'markdown-it'
import { normalizeInlineHtml } from './inline-html'

/**
 * kramdown's code spans (parser/kramdown/codespan.rb): the span ends at the next run of the same
 * backticks, its newlines stay, and only a span of two or more backticks loses one blank at
 * each end. A lone backtick between blanks is text. markdown-it's backticks rule (CommonMark:
 * newlines become spaces, exact-length closing runs) is replaced.
 */
function codespan(state: StateInline, silent: boolean): boolean {
  const src = state.src
  const start = state.pos
  if (src.charCodeAt(start) !== 0x60) return false
  let end = start
  while (src.charCodeAt(end) === 0x60) end++
  const delimiter = src.slice(start, end)
  const simple = delimiter.length === 1
  const before = start === 0 ? '' : src[start - 1]
  const close = src.indexOf(delimiter, end)
  if ((simple && (before === '' || /\s/.test(before)) && /\s/.test(src[end] ?? '')) || close < 0) {
    if (!silent) state.pending += delimiter
    state.pos = end
    return true
  }
  if (!silent) {
    let text = src.slice(end, close)
    if (!simple) text = text.replace(/^ /, '').replace(/ $/, '')
    const token = state.push('code_inline', 'code', 0)
    token.markup = delimiter
    token.content = text
  }
  state.pos = close + delimiter.length
  return true
}

/** kramdown's HTML_CONTENT_MODEL_RAW span elements: their content is not Markdown. */
const rawElement = /^<(code|kbd|samp|var|script|style|math|textarea|option)(?=[\s>/])[^>]*>/i

/** `<code>**x**</code>`, `<kbd>"q"</kbd>`: kept as written, no emphasis, no smart quotes. */
function rawSpanHtml(state: StateInline, silent: boolean): boolean {
  const open = rawElement.exec(state.src.slice(state.pos))
  if (!open || open[0].endsWith('/>')) return false
  const closeTag = new RegExp(`</${open[1]}\\s*>`, 'i')
  const rest = state.src.slice(state.pos + open[0].length)
  const close = closeTag.exec(rest)
  if (!close) return false
  if (!silent) {
    const token = state.push('html_inline', '', 0)
    token.content = normalizeInlineHtml(open[0]) + rest.slice(0, close.index) + close[0]
  }
  state.pos += open[0].length + close.index + close[0].length
  return true
}

export function kramdownCodeSpans(md: MarkdownIt): void {
  md.inline.ruler.at('backticks', codespan)
  md.inline.ruler.before('html_inline', 'kd_raw_span_html', rawSpanHtml)
}
