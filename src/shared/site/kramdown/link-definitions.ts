import type { MarkdownIt, StateBlock } from 'markdown-it'

/** kramdown's LINK_DEFINITION_START on one line: any text after `[id]:` is the URL. */
const definition =
  /^ {0,3}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|(.*?\S.*?))(?:[ \t]+(["'])(.+?)\4)?[ \t]*$/

interface ReferenceEnv {
  references?: Record<string, { href: string; title: string }>
}

/**
 * kramdown takes `[id]: anything` as a link definition (hidden from the page), where markdown-it
 * wants a URL without spaces and rejects the line. Single-line definitions are read here, into
 * markdown-it's own reference table; the first definition of a label wins in both.
 */
export function kramdownLinkDefinitions(md: MarkdownIt): void {
  const rule = (
    state: StateBlock,
    startLine: number,
    _endLine: number,
    silent: boolean
  ): boolean => {
    if (state.sCount[startLine] - state.blkIndent >= 4) return false
    const line = state.src.slice(state.bMarks[startLine], state.eMarks[startLine])
    const m = definition.exec(line)
    if (!m) return false
    const label = md.utils.normalizeReference(m[1])
    if (label === '') return false
    if (silent) return true
    const env = state.env as ReferenceEnv
    env.references ??= {}
    if (!Object.hasOwn(env.references, label)) {
      env.references[label] = { href: md.utils.unescapeAll(m[2] ?? m[3]), title: m[5] ?? '' }
    }
    state.line = startLine + 1
    return true
  }
  md.block.ruler.before('reference', 'kd_link_definition', rule)
}
