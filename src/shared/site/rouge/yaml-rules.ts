import type { RougeToken } from './tokens'

/**
 * Rouge's YAML lexer: everything inside a flow collection (`[a, b]`, `{k: v}`) that is not its
 * punctuation is `nv`, blanks inside a scalar included (`y z`); constants (`true`, `null`) are
 * `no`; a double-quoted string's opening quote is `s2` and the rest `s`.
 */
export function yamlTokens(tokens: readonly RougeToken[]): RougeToken[] {
  const out: RougeToken[] = []
  let depth = 0
  for (const [cls, text] of tokens) {
    if (text === '[' || text === '{') depth++
    if ((text === ']' || text === '}') && depth > 0) {
      depth--
      out.push(['pi', text])
      continue
    }
    if (depth > 0) {
      if (/^[[{,:]$/.test(text)) out.push(['pi', text])
      else if (/^\s+$/.test(text)) {
        const previous = out[out.length - 1]
        out.push([previous?.[0] === 'nv' ? 'nv?' : '', text])
      } else out.push(['nv', text])
      continue
    }
    if (cls === 'kc') out.push(['no', text])
    else if (cls === 's' && text.startsWith('"')) out.push(['s2', '"'], ['s', text.slice(1)])
    else out.push([cls, text])
  }
  // A blank between two parts of one scalar belongs to it; before punctuation it is plain.
  return out.map(([cls, text], i): RougeToken =>
    cls === 'nv?' ? [out[i + 1]?.[0] === 'nv' ? 'nv' : '', text] : [cls, text]
  )
}
