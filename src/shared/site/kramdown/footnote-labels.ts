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
export function kramdownFootnoteLabels(md: MarkdownIt): void {
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
