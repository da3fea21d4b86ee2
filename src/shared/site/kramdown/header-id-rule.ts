import type { StateCore } from 'markdown-it'

/** kramdown's HEADER_ID: a header ending in ` {#id}` takes that id. */
const headerId = /[\t ]\{#([A-Za-z][\w:-]*)\}$/

/** A core rule between block and inline parsing: moves `{#id}` from header text to the header. */
export function headerIdRule(state: StateCore): void {
  const tokens = state.tokens
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open' || tokens[i + 1].type !== 'inline') continue
    const inline = tokens[i + 1]
    const m = headerId.exec(inline.content)
    if (!m) continue
    inline.content = inline.content.slice(0, m.index).trimEnd()
    tokens[i].attrSet('id', m[1])
  }
}
