import { jsRegexTokens } from './js-regex'
import type { RougeToken } from './tokens'

/**
 * Rouge's TypeScript lexer names a word before `:` (`?:`) by the brace it is in: a `{` after an
 * operator, `(`, `,`, `:` or a keyword opens an object (its words `na`, parameters of methods in
 * a class body too, as `implements X<T> {` ends in an operator); any other `{` a statement, whose
 * first word and any after `;` are labels (`nl`, as in `interface P { title: string }`), the rest
 * plain names (`nx`); `?:` is punctuation. highlight.js marks such words `attr` or nothing; this
 * renames them, after splitting regex literals as in JavaScript.
 */
const expressionBefore = /^(?:[(,[]|return|typeof|new|in|of|else|do)$/
const nameClasses = new Set(['nx', 'na', 'nl', 'kr', 'nb'])

function significant(tokens: readonly RougeToken[], i: number, step: number): number {
  let j = i + step
  while (j >= 0 && j < tokens.length && /^\s+$/.test(tokens[j][1])) j += step
  return j
}

export function tsTokens(lexed: readonly RougeToken[]): RougeToken[] {
  const tokens = jsRegexTokens(lexed)
  const out: RougeToken[] = []
  const braces: ('object' | 'statement')[] = []
  let labelColon = -1
  for (let i = 0; i < tokens.length; i++) {
    const [cls, text] = tokens[i]
    const code = !/^[sc]/.test(cls) || cls === ''
    const before = tokens[significant(tokens, i, -1)] as RougeToken | undefined
    if (code && text === '{') {
      // A `:` opens an expression only after a label (`key: {`), not after a type's name.
      const expression =
        before !== undefined &&
        (before[0] === 'o' ||
          /^k/.test(before[0]) ||
          expressionBefore.test(before[1]) ||
          (before[1] === ':' && labelColon === significant(tokens, i, -1)))
      braces.push(expression ? 'object' : 'statement')
    } else if (code && text === '}') braces.pop()
    // The conditional operator's `?` (and `?.`) is punctuation, `??` an operator.
    if (cls === 'o' && text === '?') {
      out.push(['p', text])
      continue
    }
    if (nameClasses.has(cls) && /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(text) && before?.[1] !== '?') {
      let j = i + 1
      const optional = tokens[j]?.[1] === '?'
      if (optional) j++
      while (/^[^\S\n]+$/.test(tokens[j]?.[1] ?? '')) j++
      if (tokens[j]?.[1] === ':' && (cls !== 'kr' || optional || text === 'default')) {
        const top = braces[braces.length - 1]
        const label =
          text === 'default' ||
          (top === 'statement' && (before?.[1] === '{' || before?.[1] === ';'))
        const named = top === 'object' ? 'na' : label ? 'nl' : 'nx'
        if (named !== 'nx') labelColon = j
        out.push([named, text])
        if (optional) {
          out.push(['p', '?'])
          i++
        }
        continue
      }
    }
    out.push([cls, text])
  }
  return out
}
