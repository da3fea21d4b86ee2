import { lookup, type LanguageProfile } from './profiles'
import type { RougeToken } from './tokens'

/**
 * Habits of particular Rouge lexers, applied to the tokens before they merge: words with a class
 * of their own (Python's `in` is `ow`, `self` is `bp`), names after a keyword (`import os`: `nn`),
 * a YAML key's colon (`pi`), the shell's keywords taking the blanks after them, a line comment
 * taking its newline (Python).
 */
export function applyLanguageRules(tokens: RougeToken[], profile: LanguageProfile): RougeToken[] {
  const out: RougeToken[] = []
  let nameClass: string | null = null
  let lineKeywords: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    let [cls, text] = tokens[i]
    const next = tokens[i + 1]
    if (text.includes('\n')) lineKeywords = []
    const word = lookup(profile.words, text)
    if (word !== undefined && cls !== '' && !cls.startsWith('s') && !cls.startsWith('c')) cls = word
    else if (word !== undefined && cls === '' && profile.wordsInPlain) cls = word
    const inName = nameClass !== null
    if (nameClass !== null && /^\S/.test(text)) {
      if (
        /^[\p{L}_]/u.test(text) &&
        (cls === 'n' || cls === 'nx' || cls === '' || cls === 'nc' || cls === 'na')
      )
        cls = nameClass
      else if (text === '.' && profile.afterDot !== undefined) cls = nameClass
      // A dotted name (`java.util.List`) keeps the class up to its end.
      const dotted = text === '.' || (/^[\p{L}_]/u.test(text) && next?.[1] === '.')
      if (!dotted) nameClass = null
    }
    const after = lookup(profile.nameAfter, text)
    // `from a import b`: only `a` is the module.
    if (after !== undefined && cls.startsWith('k') && !lineKeywords.includes('from'))
      nameClass = after
    if (cls.startsWith('k')) lineKeywords.push(text)
    if (profile.keyColon && cls === 'na' && text.endsWith(':') && text.length > 1) {
      out.push([cls, text.slice(0, -1)], ['pi', ':'])
      continue
    }
    const previous = out[out.length - 1]
    if (
      !inName &&
      profile.afterDot !== undefined &&
      previous?.[1].endsWith('.') &&
      /^[\p{L}_]/u.test(text) &&
      (cls === 'n' || cls === 'nc')
    ) {
      cls = profile.afterDot
    }
    // `#include <x.h>`: Rouge ends the preprocessor line with a `cp` newline.
    if (profile.metaKeyword && previous?.[0] === 'cpf' && text.startsWith('\n')) {
      out.push(['cp', '\n'])
      text = text.slice(1)
    }
    const takesNewline =
      (profile.commentTakesNewline && previous?.[0] === 'c1') ||
      profile.newlineAfter.includes(previous?.[0] ?? '')
    if (takesNewline && previous !== undefined && text.startsWith('\n')) {
      previous[1] += '\n'
      text = text.slice(1)
    }
    // The blanks go only when a word follows them (Rouge's `\s*\b`).
    if (
      profile.keywordTakesBlanks &&
      (previous?.[0] === 'k' || previous?.[0] === 'nb') &&
      /^\s+$/.test(text)
    ) {
      if (next !== undefined && /^\w/.test(next[1])) {
        previous[1] += text
        continue
      }
    }
    // A prompt's `$ ` in the shell lexer is a variable sign, with its blanks.
    if (
      profile.options &&
      text === '$' &&
      cls === '' &&
      next !== undefined &&
      /^\s+$/.test(next[1]) &&
      !next[1].includes('\n')
    ) {
      out.push(['nv', text + next[1]])
      i++
      continue
    }
    // `$@`, `$<`, `$?`: the shell lexer's one-character variables (`\$#?(\w+|.)`).
    if (
      profile.options &&
      text === '$' &&
      cls === '' &&
      next !== undefined &&
      /^[^\s\w]/u.test(next[1])
    ) {
      const [sign, ...rest] = [...next[1]]
      out.push(['nv', text + sign])
      if (rest.length > 0) tokens[i + 1] = [next[0], rest.join('')]
      else i++
      continue
    }
    // Inside double quotes too (`"$<"`): the shell's interpolation.
    if (profile.options && cls === 's2' && /\$[^\s\w"({]/.test(text)) {
      for (const part of text.split(/(\$[^\s\w"({])/))
        out.push([part.startsWith('$') ? 'nv' : 's2', part])
      continue
    }
    // A glob's `*` is a keyword in the shell lexer.
    if (profile.options && cls === '' && text.includes('*') && !/^\s+$/.test(text)) {
      for (const part of text.split(/(\*)/)) out.push([part === '*' ? 'k' : '', part])
      continue
    }
    // `NAME=` in the shell: a variable.
    if (profile.options && cls === '' && /^\w+$/.test(text) && next?.[1].startsWith('=')) {
      cls = 'nv'
    }
    out.push([cls, text])
  }
  return out
}
