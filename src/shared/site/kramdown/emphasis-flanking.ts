import type { MarkdownIt, StateCore, StateInline, Token } from 'markdown-it'

interface RuleEntry {
  name: string
  fn: (state: StateInline, silent: boolean) => boolean
}

type Delims = ReturnType<StateInline['scanDelims']>

const space = /\s/u
const alpha = /\p{Alphabetic}/u
const alnum = /[\p{Alphabetic}\p{Nd}]/u

/**
 * kramdown's emphasis (parser/kramdown/emphasis.rb) opens where no blank follows the `*`/`_` and
 * closes where no blank precedes it; `_` also not inside a word. CommonMark's flanking rules add
 * punctuation tests that fail on Chinese text (`**结论：**文字` stays unbolded), so markdown-it's
 * delimiter scan is replaced by kramdown's test during its emphasis rule.
 */
export function kramdownEmphasis(md: MarkdownIt): void {
  const rules = (md.inline.ruler as unknown as { __rules__: RuleEntry[] }).__rules__
  const entry = rules.find((rule) => rule.name === 'emphasis')
  if (entry === undefined) return
  const original = entry.fn
  entry.fn = (state: StateInline, silent: boolean): boolean => {
    const scan = state.scanDelims
    state.scanDelims = (start: number, canSplitWord: boolean): Delims =>
      kramdownDelims(state, scan.call(state, start, canSplitWord), start)
    try {
      return original(state, silent)
    } finally {
      state.scanDelims = scan
    }
  }
}

function kramdownDelims(state: StateInline, delims: Delims, start: number): Delims {
  const marker = state.src[start]
  const before = start > 0 ? state.src[start - 1] : ' '
  const after = state.src[start + delims.length] ?? ' '
  let canOpen = !space.test(after)
  let canClose = !space.test(before)
  if (marker === '_') {
    canOpen &&= !alpha.test(before)
    canClose &&= !alnum.test(after)
  }
  return { ...delims, can_open: canOpen, can_close: canClose }
}

/**
 * kramdown never opens an emphasis inside one of its own kind (`@stack.any? { el.type ==
 * element }`): in `*a *b* c*` the second `*` is text and the third closes the first. markdown-it
 * nests them; the tokens are rewritten so: a nested opener becomes text, the next closer closes
 * the outer emphasis, and the closer left over becomes text.
 */
export function flattenNestedEmphasis(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || block.children === null) continue
    for (const kind of ['em', 'strong']) {
      let open = false
      let orphanClosers = 0
      for (const token of block.children) {
        if (token.type === `${kind}_open`) {
          if (open) {
            toText(token)
            orphanClosers++
          } else open = true
        } else if (token.type === `${kind}_close`) {
          if (open) open = false
          else if (orphanClosers > 0) {
            toText(token)
            orphanClosers--
          }
        }
      }
    }
  }
}

function toText(token: Token): void {
  token.type = 'text'
  token.tag = ''
  token.nesting = 0
  token.content = token.markup
}
