import type { MarkdownIt, StateBlock } from 'markdown-it'
import { spanElements } from './html-block'

interface RuleEntry {
  name: string
  fn: (...args: never[]) => boolean
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean

/**
 * markdown-it's own block rules, narrowed to what kramdown's parser accepts:
 * - no ordered list with `1)` markers (kramdown knows only `1.`), and any `N.` ends a
 *   paragraph;
 * - fences as kramdown-parser-gfm reads them (./fenceRule).
 */
export function kramdownBlockGates(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: RuleEntry[] }).__rules__
  wrap(rules, 'fence', fenceRule)
  // A rule (`***`) does not end a paragraph in kramdown: it stays paragraph text.
  wrap(
    rules,
    'hr',
    (original) => (state, startLine, endLine, silent) =>
      !silent && original(state, startLine, endLine, silent)
  )
  wrap(rules, 'html_block', (original) => (state, startLine, endLine, silent) => {
    const line = state.src.slice(
      state.bMarks[startLine] + state.tShift[startLine],
      state.eMarks[startLine]
    )
    // kramdown starts a paragraph, not an HTML block, at a span element (`<a>`, `<img>`).
    const tag = /^<\/?([A-Za-z][\w-]*)/.exec(line)?.[1]?.toLowerCase()
    if (tag !== undefined && spanElements.has(tag)) return false
    // A lone closing tag does not end a paragraph (it is text there), and a comment that is
    // never closed is no comment.
    if (silent && line.startsWith('</')) return false
    if (line.startsWith('<!--') && !state.src.includes('-->', state.bMarks[startLine])) return false
    return original(state, startLine, endLine, silent)
  })
  // kramdown's definitions start with `:` only (markdown-it-deflist also takes `~`): the list
  // is cut before the first term defined with `~`.
  wrap(rules, 'deflist', (original) => (state, startLine, endLine, silent) => {
    const tokenCount = state.tokens.length
    if (!original(state, startLine, endLine, silent)) return false
    const tilde = firstTildeDefinition(state, startLine + 1, silent ? startLine + 3 : state.line)
    if (tilde < 0) return true
    state.tokens.length = tokenCount
    state.line = startLine
    return tilde - 1 > startLine && original(state, startLine, tilde - 1, silent)
  })
  // kramdown's setext header is one line of text, at a block boundary, then its underline.
  wrap(rules, 'lheading', (original) => (state, startLine, endLine, silent) => {
    const next = startLine + 1
    if (next >= endLine || !afterBlockBoundary(state, startLine)) return false
    const underline = state.src.slice(state.bMarks[next] + state.tShift[next], state.eMarks[next])
    if (state.sCount[next] - state.blkIndent >= 4 || !/^(?:=+|-+)[ \t]*$/.test(underline))
      return false
    return original(state, startLine, endLine, silent)
  })
  wrap(rules, 'list', (original) => (state, startLine, endLine, silent) => {
    const line = state.src.slice(
      state.bMarks[startLine] + state.tShift[startLine],
      state.eMarks[startLine]
    )
    if (/^\d{1,9}\)/.test(line)) return false
    // kramdown-parser-gfm ends a paragraph at any list start, `2.` included (CommonMark: only `1.`).
    if (silent && state.parentType === 'paragraph' && /^\d{1,9}\.[ \t]+\S/.test(line)) {
      const parent = state.parentType
      state.parentType = 'root'
      const found = original(state, startLine, endLine, silent)
      state.parentType = parent
      return found
    }
    return original(state, startLine, endLine, silent)
  })
}

/**
 * kramdown-parser-gfm's fence (FENCED_CODEBLOCK_MATCH) needs its closing fence, or it is no code
 * block at all, and keeps the content lines' indentation as written (CommonMark takes the
 * fence's own indentation off them).
 */
function fenceRule(original: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const tokenCount = state.tokens.length
    if (silent)
      return (
        original(state, startLine, endLine, silent) && hasClosingFence(state, startLine, endLine)
      )
    if (!original(state, startLine, endLine, silent)) return false
    const token = state.tokens[state.tokens.length - 1]
    const last = state.line - 1
    const closing = state.src.slice(state.bMarks[last] + state.tShift[last], state.eMarks[last])
    const closed =
      last > startLine &&
      closing.startsWith(token.markup) &&
      closing
        .trim()
        .split('')
        .every((c) => c === token.markup[0])
    if (!closed) {
      state.tokens.length = tokenCount
      state.line = startLine
      return false
    }
    token.content = state.getLines(startLine + 1, last, state.blkIndent, true)
    return true
  }
}

/** The first line in [from, to) that starts with `~ ` (a definition, not a `~~~` fence), or -1. */
function firstTildeDefinition(state: StateBlock, from: number, to: number): number {
  for (let line = from; line < Math.min(to, state.lineMax); line++) {
    const start = state.bMarks[line] + state.tShift[line]
    if (/^~[ \t]/.test(state.src.slice(start, start + 2))) return line
  }
  return -1
}

/** A fence ends a paragraph only when its closing fence follows. */
function hasClosingFence(state: StateBlock, startLine: number, endLine: number): boolean {
  const open = /^(`{3,}|~{3,})/.exec(
    state.src.slice(state.bMarks[startLine] + state.tShift[startLine])
  )?.[1]
  if (open === undefined) return false
  for (let line = startLine + 1; line < endLine; line++) {
    const text = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line])
    if (text.startsWith(open) && new RegExp(`^\\${open[0]}+\\s*$`).test(text)) return true
  }
  return false
}

function wrap(rules: RuleEntry[], name: string, make: (original: BlockRule) => BlockRule): void {
  const entry = rules.find((rule) => rule.name === name)
  if (entry === undefined) return
  entry.fn = make(entry.fn as unknown as BlockRule) as unknown as RuleEntry['fn']
}

/** kramdown's `after_block_boundary?`: nothing before in the container, a blank line, or an IAL. */
export function afterBlockBoundary(state: StateBlock, startLine: number): boolean {
  const last = state.tokens[state.tokens.length - 1]
  if (last === undefined || last.nesting === 1) return true
  // An IAL counts only when it waits for the next block (a blank line above it); right under a
  // block it belonged to that block.
  if (last.type === 'kd_ial' && last.map !== null) {
    const before = state.tokens[state.tokens.length - 2]
    return (
      last.map[0] === 0 ||
      state.isEmpty(last.map[0] - 1) ||
      before === undefined ||
      before.nesting === 1
    )
  }
  return startLine > 0 && state.isEmpty(startLine - 1)
}

/** kramdown's `before_block_boundary?`: a blank line, an IAL line or the end comes next. */
export function beforeBlockBoundary(state: StateBlock, line: number): boolean {
  // The end of the container counts: a list item's text ends where the indentation drops.
  if (line >= state.lineMax || state.sCount[line] < state.blkIndent) return true
  const text = state.src.slice(state.bMarks[line], state.eMarks[line])
  return text.trim() === '' || /^ {0,3}\{:(?!:|\/)/.test(text) || /^\s*\^\s*$/.test(text)
}

/** kramdown's own FENCED_CODEBLOCK_START: only `~~~` fences (backticks are GFM's). */
export function kramdownFence(md: MarkdownIt): BlockRule {
  const rules = (md.block.ruler as unknown as { __rules__: RuleEntry[] }).__rules__
  const fence = rules.find((rule) => rule.name === 'fence')?.fn as unknown as BlockRule
  return (state, startLine, endLine, silent) =>
    state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine]) === 0x7e &&
    fence(state, startLine, endLine, silent)
}
