import type { MarkdownIt, StateBlock } from 'markdown-it'
import { voidElements } from './html-helpers'
import { afterBlockBoundary, beforeBlockBoundary } from './kramdown-gates'

/**
 * markdown-it block rules for kramdown's block syntax markdown-it lacks: attribute lists on their
 * own line (`{: …}`, `{:name: …}`), extensions (`{::comment}`, `{::nomarkdown}`, `{::options}`),
 * block math (`$$ … $$` set apart by blank lines) and HTML blocks with `markdown="1"`.
 */

const ialLine = /^ {0,3}\{:(?!:|\/)((?:\\\}|[^}])+)\}\s*$/
const aldLine = /^ {0,3}\{:(\w[\w-]*):((?:\\\}|[^}])+)\}\s*$/
const extStart = /^ {0,3}\{::(\w+)(?:\s((?:\\\}|[^}])*?)|)(\/)?\}\s*$/

function line(state: StateBlock, n: number): string {
  return state.src.slice(
    state.bMarks[n] + state.tShift[n] - Math.min(state.tShift[n], 3),
    state.eMarks[n]
  )
}

function rawLine(state: StateBlock, n: number): string {
  return state.src.slice(state.bMarks[n], state.eMarks[n])
}

function attributeLine(
  state: StateBlock,
  startLine: number,
  _end: number,
  silent: boolean
): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false
  const text = line(state, startLine)
  const ald = aldLine.exec(text)
  const ial = ald ? null : ialLine.exec(text)
  if (!ald && !ial) return false
  if (silent) return true
  const token = state.push(ald ? 'kd_ald' : 'kd_ial', '', 0)
  token.map = [startLine, startLine + 1]
  token.meta = ald ? { name: ald[1], list: ald[2] } : { list: ial?.[1] ?? '' }
  token.hidden = true
  state.line = startLine + 1
  return true
}

function extension(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean
): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false
  const start = extStart.exec(line(state, startLine))
  if (!start) return false
  const [, name, options = '', closed] = start
  if (!['comment', 'nomarkdown', 'options'].includes(name)) return false
  let body: string | null = null
  let next = startLine + 1
  if (closed === undefined) {
    const stop = new RegExp(String.raw`^ {0,3}\{:/(${name})?\}\s*$`)
    while (next < endLine && !stop.test(rawLine(state, next))) next++
    if (next >= endLine) return false
    body = state.getLines(startLine + 1, next, 0, false).replace(/\n$/, '')
    next++
  }
  if (silent) return true
  const token = state.push(`kd_${name}`, '', 0)
  token.map = [startLine, next]
  token.content = body ?? ''
  token.meta = { options, hasBody: body !== null }
  state.line = next
  return true
}

function blockMath(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean
): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false
  const first = line(state, startLine)
  if (!/^ {0,3}\$\$/.test(first)) return false
  // The math ends at the first `$$` after the opening one, on a line that then ends.
  const from = state.bMarks[startLine] + state.tShift[startLine] + 2
  const close = state.src.indexOf('$$', from)
  if (close < 0) return false
  let last = startLine
  while (last < endLine && state.eMarks[last] < close) last++
  if (last >= endLine || state.src.slice(close + 2, state.eMarks[last]).trim() !== '') return false
  // kramdown wants block boundaries around it: blank lines (or the container's edges).
  if (!afterBlockBoundary(state, startLine) || !beforeBlockBoundary(state, last + 1)) return false
  if (silent) return true
  const token = state.push('kd_math_block', 'math', 0)
  token.map = [startLine, last + 1]
  token.content = state.src.slice(from, close).trim()
  state.line = last + 1
  return true
}

const markdownHtmlStart =
  /^ {0,3}<([A-Za-z][\w-]*)((?:\s+[^>]*?)?)\s+markdown=("|')?(1|block|span)\3([^>]*)>\s*$/

function markdownHtml(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean
): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false
  const start = markdownHtmlStart.exec(line(state, startLine))
  if (!start) return false
  const tag = start[1]
  const open = new RegExp(String.raw`^\s*<${tag}[\s>]`, 'i')
  const close = new RegExp(String.raw`^\s*</${tag}>\s*$`, 'i')
  let depth = 1
  let next = startLine + 1
  for (; next < endLine; next++) {
    const text = rawLine(state, next)
    if (open.test(text)) depth++
    else if (close.test(text) && --depth === 0) break
  }
  // No end tag: kramdown closes the element at the end of its container.
  if (silent) return true
  const opening = state.push('kd_html_open', tag, 1)
  opening.map = [startLine, next + 1]
  opening.meta = { attributes: `${start[2]}${start[5]}`.trim(), mode: start[4] }
  const oldParent = state.parentType
  const oldLineMax = state.lineMax
  state.lineMax = next
  state.md.block.tokenize(state, startLine + 1, next)
  state.lineMax = oldLineMax
  state.parentType = oldParent
  const closing = state.push('kd_html_close', tag, -1)
  closing.map = [next, Math.min(next + 1, endLine)]
  state.line = Math.min(next + 1, endLine)
  return true
}

export function kramdownBlockRules(md: MarkdownIt): void {
  const interrupts = { alt: ['paragraph', 'reference', 'blockquote', 'list'] }
  md.block.ruler.before('paragraph', 'kd_attribute_line', attributeLine, interrupts)
  // An extension does not end a paragraph: inside one it is a span extension.
  md.block.ruler.before('html_block', 'kd_extension', extension, {
    alt: ['reference', 'blockquote', 'list']
  })
  md.block.ruler.before('paragraph', 'kd_math_block', blockMath)
  md.block.ruler.before('html_block', 'kd_markdown_html', markdownHtml, {
    alt: ['paragraph', 'reference', 'blockquote']
  })
  md.block.ruler.before('html_block', 'kd_raw_html', rawHtmlBlock, {
    alt: ['paragraph', 'reference', 'blockquote']
  })
}

const spanTags = new Set(
  'a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var'.split(
    ' '
  )
)

/**
 * kramdown keeps an HTML block raw up to the tag that closes it, blank lines included
 * (`<details>` … blank lines … `</details>` stays one block), where markdown-it would end the
 * block at the first blank line.
 */
export function rawHtmlBlock(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean
): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false
  const start = /^ {0,3}<([A-Za-z][\w:-]*)(?:\s[^>]*)?(\/?)>/.exec(line(state, startLine))
  if (!start) return false
  const tag = start[1].toLowerCase()
  if (spanTags.has(tag) || voidElements.has(tag) || start[2] === '/') return false
  const from = state.bMarks[startLine] + state.tShift[startLine] + start[0].length
  const tags = new RegExp(String.raw`<(/?)${tag}(?=[\s>/])[^>]*?(/?)>`, 'gi')
  tags.lastIndex = from
  let depth = 1
  let end = -1
  for (let m = tags.exec(state.src); m !== null; m = tags.exec(state.src)) {
    if (m[1] === '/') depth--
    else if (m[2] !== '/') depth++
    if (depth === 0) {
      end = tags.lastIndex
      break
    }
  }
  // No end tag: kramdown keeps the rest of the container raw and writes the end tag itself.
  const closed = end >= 0
  if (!closed) end = state.eMarks[endLine - 1]
  let last = startLine
  while (last < endLine && state.eMarks[last] < end) last++
  if (last >= endLine) return false
  if (silent) return true
  const token = state.push('html_block', '', 0)
  token.map = [startLine, last + 1]
  token.content = state.getLines(startLine, last + 1, state.blkIndent, true)
  if (!closed) token.content = `${token.content.replace(/\s+$/, '')}\n</${start[1]}>\n`
  state.line = last + 1
  return true
}
