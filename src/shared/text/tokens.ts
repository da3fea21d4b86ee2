import { hasAsciiLetter, isFileName, isHexHash, isIdentifier } from './latin'
import { hasWord, type WordLookup } from './stopwords'

/** The lists a token is checked against. */
export interface TokenRules {
  /** Words never counted (Latin entries match case-insensitively). */
  stopwords: WordLookup
  /** One-character words that are counted anyway (单字 such as 车, 油, 云). */
  keepWords: WordLookup
}

const hasLetterOrNumber = /[\p{L}\p{N}]/u
const numberChars = /^[\p{N}.,:%+\-/‰~～]+$/u
const hasNumber = /\p{N}/u

/** `2025`, `3.5`, `50%`, `1,000`, `2025-11-11`, `１２３`, `①`: digits and number punctuation only. */
export function isNumberToken(token: string): boolean {
  return numberChars.test(token) && hasNumber.test(token)
}

function codePointLength(token: string): number {
  if (token.length > 2) return token.length
  return token.length === 2 && token.charCodeAt(0) >= 0xd800 && token.charCodeAt(0) <= 0xdbff
    ? 1
    : token.length
}

/** CJK Unified Ideographs only: such a token needs no number, symbol or Latin checks. */
function isHanWord(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i)
    if (code < 0x4e00 || code > 0x9fff) return false
  }
  return token.length > 0
}

/**
 * The word a token can be counted as, whatever the lists say, or null for what is never a word:
 * whitespace, punctuation and symbols, numbers, identifiers, hashes, file names.
 */
export function wordOf(token: string): string | null {
  // Most tokens of a Chinese post are plain Han words; this path skips the regexes (hot loop).
  if (isHanWord(token)) return token
  const word = token.trim()
  if (word === '' || !hasLetterOrNumber.test(word) || isNumberToken(word)) return null
  if (hasAsciiLetter(word) && (isIdentifier(word) || isHexHash(word) || isFileName(word))) {
    return null
  }
  return word
}

/**
 * The token to count, or null to drop it: what is never a word (see wordOf), one-character words
 * that are not keep-words, stopwords.
 */
export function filterToken(token: string, rules: TokenRules): string | null {
  if (isHanWord(token)) {
    if (token.length === 1 && !rules.keepWords.has(token)) return null
    return rules.stopwords.has(token) ? null : token
  }
  const word = wordOf(token)
  if (word === null) return null
  if (codePointLength(word) === 1 && !hasWord(rules.keepWords, word)) return null
  if (hasWord(rules.stopwords, word)) return null
  return word
}
