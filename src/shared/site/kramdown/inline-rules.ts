import type { MarkdownIt, StateInline } from 'markdown-it'

/**
 * markdown-it inline rules for kramdown's span syntax: `$$math$$`, span IALs right after an
 * element (`*em*{: .x}`, `[a](b){:target="_blank"}`) and span extensions
 * (`{::comment}…{:/comment}`, `{::nomarkdown}…{:/nomarkdown}`).
 */

function inlineMath(state: StateInline, silent: boolean): boolean {
  const start = state.pos
  if (!state.src.startsWith('$$', start)) return false
  const end = state.src.indexOf('$$', start + 2)
  if (end < 0) return false
  if (!silent) {
    const token = state.push('kd_math_inline', 'math', 0)
    token.content = state.src.slice(start + 2, end).trim()
  }
  state.pos = end + 2
  return true
}

const spanIal = /^\{:((?:\\\}|[^}])+)\}/
const spanExtension = /^\{::(\w+)(?:\s((?:\\\}|[^}])*?)|)(\/)?\}/

function attributeList(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b /* { */) return false
  const rest = state.src.slice(state.pos)
  const ext = spanExtension.exec(rest)
  if (ext) {
    const [whole, name, , closed] = ext
    if (!['comment', 'nomarkdown', 'options'].includes(name)) return false
    let length = whole.length
    let body = ''
    if (closed === undefined) {
      const stop = new RegExp(String.raw`\{:/(${name})?\}`)
      const found = stop.exec(rest.slice(length))
      if (!found) return false
      body = rest.slice(length, length + found.index)
      length += found.index + found[0].length
    }
    if (!silent && name === 'options')
      state.push('kd_options', '', 0).meta = { options: ext[2] ?? '' }
    else if (!silent) {
      const token = state.push(name === 'comment' ? 'kd_comment_inline' : 'kd_raw_inline', '', 0)
      token.content = body
    }
    state.pos += length
    return true
  }
  const ial = spanIal.exec(rest)
  if (!ial || ial[1].startsWith('/') || ial[1].startsWith(':')) return false
  // An IAL needs an element before it; after plain text it stays text.
  // (`*em*` is still a delimiter text token here: emphasis is paired after the inline pass.)
  const last = state.tokens.length - 1
  const previous = state.tokens[last]
  if (state.pending !== '' || previous === undefined) return false
  if (previous.type === 'text' && !state.delimiters.some((d) => d.token === last)) return false
  if (!silent) {
    const token = state.push('kd_span_ial', '', 0)
    token.content = ial[1]
  }
  state.pos += ial[0].length
  return true
}

/**
 * kramdown reads `<<` and `>>` as guillemets before it looks for HTML, so `<<tight>>` is not a
 * `<tight>` tag: the brackets go into the text, where ./typography turns them into « ».
 */
function guillemets(state: StateInline, silent: boolean): boolean {
  if (!state.src.startsWith('<<', state.pos)) return false
  if (!silent) state.pending += '<<'
  state.pos += 2
  return true
}

/** kramdown's LINE_BREAK: two backslashes before a newline are a `<br />` too. */
function doubleBackslashBreak(state: StateInline, silent: boolean): boolean {
  if (!state.src.startsWith('\\\\\n', state.pos)) return false
  if (!silent) state.push('hardbreak', 'br', 0)
  state.pos += 3
  while (state.src[state.pos] === ' ') state.pos++
  return true
}

/**
 * A line end as kramdown reads it: two spaces before it make a `<br />` and only those two go
 * (more stay in the text), and the next line keeps its leading blanks; markdown-it strips both.
 */
function newline(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x0a) return false
  if (!silent) {
    const hard = state.pending.endsWith('  ')
    if (hard) state.pending = state.pending.slice(0, -2)
    state.push(hard ? 'hardbreak' : 'softbreak', 'br', 0)
  }
  state.pos++
  return true
}

export function kramdownInlineRules(md: MarkdownIt, typographic: boolean): void {
  md.inline.ruler.at('newline', newline)
  md.inline.ruler.before('escape', 'kd_backslash_break', doubleBackslashBreak)
  if (typographic) md.inline.ruler.before('html_inline', 'kd_guillemets', guillemets)
  md.inline.ruler.before('escape', 'kd_math_inline', inlineMath)
  md.inline.ruler.before('text', 'kd_attribute_list', attributeList)
}
