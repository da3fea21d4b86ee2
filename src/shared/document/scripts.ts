/**
 * Which characters are Chinese and which make Latin-script words, for the status bar. The ranges
 * are those of the post list's count (core/library/word-count.ts), which keeps its own inlined
 * copy: calls across a module boundary made that hot loop four times slower when run unbundled
 * (tsx, vitest). Plain char-code tests, no regular expressions: they run over megabyte buffers.
 */

/** A Han ideograph of the BMP: CJK Unified Ideographs, Extension A, Compatibility Ideographs. */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  )
}

/** The high surrogate of planes 2-3 (CJK Extensions B-H): one ideograph with the next unit. */
export function isHanHighSurrogate(code: number): boolean {
  return code >= 0xd840 && code <= 0xd8bf
}

/** An ASCII letter, or a letter of Latin-1 and Latin Extended-A/B (× and ÷ are not letters). */
export function isLatinLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7
}

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

export interface ScriptCounts {
  /** Han ideographs (汉字), each counted once. */
  han: number
  /**
   * Latin-script words: runs of letters and digits with at least one letter, an inner apostrophe
   * or hyphen keeping one word ("don't", "open-source", "GPT-4o"). Bare numbers are not words.
   */
  latinWords: number
}

/** Counts Han ideographs and Latin-script words in one pass over the text. */
export function countScripts(text: string): ScriptCounts {
  let han = 0
  let latinWords = 0
  let inWord = false
  let hasLetter = false
  const length = text.length
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i)
    const letter = isLatinLetterCode(code)
    if (letter || isDigitCode(code)) {
      if (!inWord) hasLetter = false
      inWord = true
      hasLetter ||= letter
      continue
    }
    if (inWord && isJoiner(code) && isWordCode(text.charCodeAt(i + 1))) continue
    if (inWord && hasLetter) latinWords += 1
    inWord = false
    if (isHanCode(code)) han += 1
    else if (isHanHighSurrogate(code)) {
      han += 1
      i += 1
    }
  }
  if (inWord && hasLetter) latinWords += 1
  return { han, latinWords }
}

function isWordCode(code: number): boolean {
  return isLatinLetterCode(code) || isDigitCode(code)
}

/** `'`, `’` and `-` join the parts of one word when letters or digits follow. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d
}
