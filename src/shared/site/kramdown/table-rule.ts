import type { MarkdownIt, StateBlock } from 'markdown-it'
import type { Alignment } from './elements'
import { afterBlockBoundary, beforeBlockBoundary } from './kramdown-gates'

/**
 * kramdown's tables (parser/kramdown/table.rb) in place of markdown-it's GFM tables: every line
 * holds a `|`; a separator line (`|---|:--:|`) after the first rows makes them the header and
 * sets the alignments, later separators start a new body, a `|===|` line starts the footer; no
 * separator at all makes a table of body rows only. Rows keep all their cells and short rows are
 * padded. The table must stand between block boundaries.
 */
const pipeLine = /^(?:\||.*?[^\\\n]\|)/
const separatorLine = /^([+|: \t-]*?-[+|: \t-]*?)[ \t]*$/
const footerLine = /^[+|: \t=]*?=[+|: \t=]*?[ \t]*$/

type Section = 'thead' | 'tbody' | 'tfoot'

interface Row {
  cells: string[]
  line: number
}

/** A line without its indentation (and, in a list item, without the item's marker). */
function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line])
}

/** A row's cells: split at `|` outside code spans, `\|` unescaped, the outer empty cells dropped. */
export function splitRow(text: string, leadingPipe: boolean): string[] {
  const cells: string[] = ['']
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '`') {
      const run = /^`+/.exec(text.slice(i))?.[0] ?? '`'
      const close = text.indexOf(run, i + run.length)
      if (close > 0) {
        cells[cells.length - 1] += text.slice(i, close + run.length)
        i = close + run.length - 1
        continue
      }
    }
    if (char === '\\' && text[i + 1] === '|') {
      cells[cells.length - 1] += '|'
      i++
    } else if (char === '|') cells.push('')
    else cells[cells.length - 1] += char
  }
  if (leadingPipe && cells[0].trim() === '') cells.shift()
  if (cells.length > 0 && cells[cells.length - 1].trim() === '') cells.pop()
  return cells.map((cell) => cell.trim())
}

function alignments(separator: string): Alignment[] {
  return [...separator.matchAll(/[ \t]?(:?)-+(:?)[ \t]?/g)].map(([, left, right]) => {
    if (left === '' && right === '') return 'default'
    if (right === '') return 'left'
    return left === '' ? 'right' : 'center'
  })
}

/** kramdown checks the pipes again with code spans taken out: a `|` in code does not count. */
function pipeOutsideCode(text: string): boolean {
  return pipeLine.test(text.replace(/(`+)[^]*?\1/g, '').trimStart())
}

/** Block kinds kramdown tries before tables that markdown-it tries later: headers, HTML. */
function earlierBlock(state: StateBlock, line: number): boolean {
  const text = lineText(state, line)
  if (/^#{1,6}[\t ]/.test(text) || /^<[/A-Za-z!]/.test(text)) return true
  return line + 1 < state.lineMax && /^ {0,3}(-+|=+)[ \t]*$/.test(lineText(state, line + 1))
}

function table(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (silent || state.sCount[startLine] - state.blkIndent >= 4) return false
  const first = lineText(state, startLine)
  if (!pipeLine.test(first.trimStart()) || !afterBlockBoundary(state, startLine)) return false
  if (earlierBlock(state, startLine)) return false
  const leadingPipe = /^\s*\|/.test(lineText(state, startLine))
  const sections: { type: Section; rows: Row[] }[] = []
  let rows: Row[] = []
  let alignment: Alignment[] = []
  let hasFooter = false
  const close = (type: Section, force: boolean): void => {
    if (!hasFooter || type !== 'tbody' || force) {
      sections.push({ type, rows })
      rows = []
    }
  }
  let line = startLine
  for (; line < endLine; line++) {
    // The container (a list item) ends where the indentation drops.
    if (line > startLine && state.sCount[line] < state.blkIndent) break
    if (state.sCount[line] - state.blkIndent >= 4 && line > startLine) break
    const text = lineText(state, line)
    if (!pipeLine.test(text.trimStart())) break
    if (!pipeOutsideCode(text)) return false
    const separator = separatorLine.exec(text)
    if (separator) {
      if (rows.length === 0) continue
      if (alignment.length === 0 && !hasFooter) {
        close('thead', false)
        alignment = alignments(separator[1])
      } else close('tbody', false)
    } else if (footerLine.test(text)) {
      if (rows.length > 0) close('tbody', true)
      hasFooter = true
    } else rows.push({ cells: splitRow(text, leadingPipe), line })
  }
  if (!beforeBlockBoundary(state, line)) return false
  if (rows.length > 0) close(hasFooter ? 'tfoot' : 'tbody', false)
  if (!sections.some((section) => section.type === 'tbody')) return false
  const columns = Math.max(0, ...sections.flatMap((s) => s.rows.map((r) => r.cells.length)))
  alignment = alignment.slice(0, columns)
  while (alignment.length < columns) alignment.push('default')

  const open = state.push('table_open', 'table', 1)
  open.map = [startLine, line]
  open.meta = { alignment }
  for (const section of sections) {
    state.push(`${section.type}_open`, section.type, 1)
    for (const row of section.rows) {
      state.push('tr_open', 'tr', 1).map = [row.line, row.line + 1]
      for (let i = 0; i < columns; i++) {
        state.push('td_open', 'td', 1)
        const inline = state.push('inline', '', 0)
        inline.content = row.cells[i] ?? ''
        inline.map = [row.line, row.line + 1]
        inline.children = []
        state.push('td_close', 'td', -1)
      }
      state.push('tr_close', 'tr', -1)
    }
    state.push(`${section.type}_close`, section.type, -1)
  }
  state.push('table_close', 'table', -1)
  state.line = line
  return true
}

/** In kramdown's order: after code, quotes, headers, rules and lists. */
export function kramdownTables(md: MarkdownIt): void {
  md.block.ruler.disable('table')
  md.block.ruler.after('list', 'kd_table', table)
}
