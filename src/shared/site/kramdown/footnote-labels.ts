import type { MarkdownIt } from 'markdown-it'

interface RuleEntry {
  name: string
  fn: (...args: never[]) => boolean
}

/** kramdown's footnote names are ALD ids: an ASCII word character, then word characters or `-`. */
const kramdownName = /^\[\^\w[\w-]*\]/

/**
 * markdown-it-footnote accepts any label (`[^社区]`); kramdown only names made of ASCII word
 * characters, leaving the others as text. Its two rules are wrapped to refuse such labels, and
 * its `^[inline]` notes, which kramdown lacks, are turned off. Nor is `[^…]` ever a link.
 */
/**
 * Where kramdown's footnote definition ends (FOOTNOTE_DEFINITION_START with CODEBLOCK_MATCH):
 * after its first line it takes only lines indented four spaces, blank lines before them and
 * unindented lines right after them; markdown-it would also take a paragraph's lazy lines.
 */
function definitionEnd(state: FootnoteState, startLine: number, endLine: number): number {
  let line = startLine + 1
  let afterIndented = false
  let afterBlank = false
  for (; line < endLine; line++) {
    const text = state.src.slice(state.bMarks[line], state.eMarks[line])
    if (text.trim() === '') {
      afterBlank = true
      continue
    }
    const indent = state.sCount[line] - state.blkIndent
    if (indent >= 4) afterIndented = true
    else if (!afterIndented || afterBlank) break
    afterBlank = false
  }
  while (
    line > startLine + 1 &&
    state.src.slice(state.bMarks[line - 1], state.eMarks[line - 1]).trim() === ''
  )
    line--
  return line
}

interface FootnoteState {
  src: string
  bMarks: number[]
  eMarks: number[]
  tShift: number[]
  sCount: number[]
  blkIndent: number
}

export function kramdownFootnoteLabels(md: MarkdownIt): void {
  const blockRules = (md.block.ruler as unknown as { __rules__: RuleEntry[] }).__rules__
  const definition = blockRules.find((rule) => rule.name === 'footnote_def')
  if (definition !== undefined) {
    const original = definition.fn as unknown as (
      s: FootnoteState,
      a: number,
      b: number,
      c: boolean
    ) => boolean
    const limited = (
      state: FootnoteState,
      startLine: number,
      endLine: number,
      silent: boolean
    ): boolean => original(state, startLine, definitionEnd(state, startLine, endLine), silent)
    definition.fn = limited as unknown as RuleEntry['fn']
  }
  md.inline.ruler.disable('footnote_inline')
  gate(
    md.block.ruler as unknown as { __rules__: RuleEntry[] },
    'footnote_def',
    (state: { src: string; bMarks: number[]; tShift: number[] }, line: number) =>
      kramdownName.test(state.src.slice(state.bMarks[line] + state.tShift[line]))
  )
  gate(
    md.inline.ruler as unknown as { __rules__: RuleEntry[] },
    'footnote_ref',
    (state: { src: string; pos: number }) => kramdownName.test(state.src.slice(state.pos))
  )
  // kramdown's LINK_START (`!?\[(?=[^^])`): `[^…]` is never a link, so an unknown note stays text.
  gate(
    md.inline.ruler as unknown as { __rules__: RuleEntry[] },
    'link',
    (state: { src: string; pos: number }) => !state.src.startsWith('[^', state.pos)
  )
}

function gate<S>(
  ruler: { __rules__: RuleEntry[] },
  name: string,
  allowed: (state: S, line: number) => boolean
): void {
  const entry = ruler.__rules__.find((rule) => rule.name === name)
  if (entry === undefined) return
  const original = entry.fn as unknown as (state: S, ...rest: unknown[]) => boolean
  const wrapped = (state: S, ...rest: unknown[]): boolean =>
    allowed(state, typeof rest[0] === 'number' ? rest[0] : 0) && original(state, ...rest)
  entry.fn = wrapped as unknown as RuleEntry['fn']
}
