import type { RougeToken } from './tokens'

/**
 * Rouge's JavaScript lexer marks a regex literal's parts: escapes (`\p`, `\d`), groups' brackets
 * (`(`, `(?:`, `?`), character classes' `[` and `]` and counts (`{2,3}`) are `se`, the rest `sr`.
 * highlight.js gives the whole literal one scope; this splits it as Rouge does.
 */
function regexParts(text: string): RougeToken[] {
  const out: RougeToken[] = []
  let group = false
  const body = /^\/[^]*\/[a-z]*$/.test(text) ? text.lastIndexOf('/') : text.length
  out.push(['sr', text[0]])
  for (let i = 1; i < body;) {
    const rest = text.slice(i, body)
    const m = group
      ? /^(?:\\.|\]|\/)/s.exec(rest)
      : /^(?:\[\^?|\\.|\(\?[:=<!]|\{[\d,]+\}|[()?])/s.exec(rest)
    if (m) {
      if (m[0].startsWith('[')) group = true
      if (m[0] === ']') group = false
      out.push(['se', m[0]])
      i += m[0].length
    } else {
      out.push(['sr', text[i]])
      i++
    }
  }
  out.push(['sr', text.slice(body)])
  return out
}

export function jsRegexTokens(tokens: readonly RougeToken[]): RougeToken[] {
  return tokens.flatMap(([cls, text]): RougeToken[] =>
    cls === 'sr' && text.startsWith('/') ? regexParts(text) : [[cls, text]]
  )
}
