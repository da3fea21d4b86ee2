import type { RougeToken } from './tokens'

/**
 * Rouge's Go lexer goes by word lists alone: keywords `k`, predeclared types `kt`, functions
 * (`len`, `append`) `nb`, constants (`nil`, `true`) `no`, every other word `n` (a declared
 * function too); `.` and `:` (`:=`) are operators, brackets `,` `;` punctuation, a char `sc`,
 * a string's escapes `se`. highlight.js found the words and strings; this renames them.
 */
const keywords = new Set(
  `break default func interface select case defer go map struct chan else goto package switch
  const fallthrough if range type continue for import return var`.split(/\s+/)
)
const types = new Set(
  `bool byte complex64 complex128 error float32 float64 int8 int16 int32 int64 int rune string
  uint8 uint16 uint32 uint64 uintptr uint`.split(/\s+/)
)
const functions = new Set(
  `append cap close complex copy delete imag len make new panic print println real
  recover`.split(/\s+/)
)
const constants = new Set(['true', 'false', 'iota', 'nil'])

function wordClass(word: string): string {
  if (keywords.has(word)) return 'k'
  if (types.has(word)) return 'kt'
  if (functions.has(word)) return 'nb'
  return constants.has(word) ? 'no' : 'n'
}

const escape = /(\\(?:[abfnrtv\\'"]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}))|[^\\]+|\\/g

export function goTokens(tokens: readonly RougeToken[]): RougeToken[] {
  const out: RougeToken[] = []
  for (const [cls, text] of tokens) {
    if (cls.startsWith('s') && text.startsWith("'")) out.push(['sc', text])
    else if (cls.startsWith('s') && text.startsWith('"')) {
      for (const m of text.matchAll(escape)) out.push([m[1] !== undefined ? 'se' : 's', m[0]])
    } else if (cls.startsWith('s') || cls.startsWith('c') || cls.startsWith('m')) {
      out.push([cls, text])
    } else {
      for (const m of text.matchAll(
        /(\s+)|([\p{L}_][\p{L}\p{N}_]*)|([()[\]{},;])|[^\s\p{L}_()[\]{},;]+/gu
      )) {
        if (m[1] !== undefined) out.push(['', m[0]])
        else if (m[2] !== undefined) out.push([wordClass(m[0]), m[0]])
        else out.push([m[3] !== undefined ? 'p' : 'o', m[0]])
      }
    }
  }
  return out
}
