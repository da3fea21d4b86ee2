/**
 * Words in a post body for the post list: every CJK ideograph counts as one word (Chinese is
 * counted in characters), and every run of Latin-script letters or digits as one word (an inner
 * apostrophe keeps "don't" one word). A single pass over char codes: it runs for every post of a
 * folder on each cold listing, where regular expressions were several times slower.
 */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  const length = text.length
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i)
    if (isLatinWordChar(code)) {
      if (!inWord) count += 1
      inWord = true
      continue
    }
    if (inWord && (code === 0x27 || code === 0x2019) && isLatinWordChar(text.charCodeAt(i + 1))) {
      continue
    }
    inWord = false
    if (isIdeograph(code)) {
      count += 1
    } else if (code >= 0xd840 && code <= 0xd8bf) {
      // High surrogate of planes 2-3 (CJK extensions B-H): one ideograph, skip its low half.
      count += 1
      i += 1
    }
  }
  return count
}

function isLatinWordChar(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    )
  }
  // Latin-1 letters, Latin Extended-A/B (× and ÷ are not letters).
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7
}

function isIdeograph(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  )
}
