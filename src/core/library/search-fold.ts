/**
 * Folding for search: lower case, and full-width forms (`ＡＩ`, `２０２５`, `，`, `（`, the
 * ideographic space) as their ASCII twins. Wider than shared/text's `normalizeWidth`, which folds
 * only letters and digits for segmentation; a search for `C++` should find `Ｃ＋＋` too.
 *
 * The folded text has exactly the length of the original, so an index found in the folded text is
 * the same index in the original: snippets and line numbers come from the original text.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase()
  // A few characters (İ) lower-case to two code units; fold those texts one character at a time.
  const folded = lower.length === text.length ? lower : lowerKeepingLength(text)
  return folded.replace(/[\uff01-\uff5e\u3000]/g, halfWidth)
}

function halfWidth(char: string): string {
  return char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)
}

function lowerKeepingLength(text: string): string {
  let out = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    out += lower.length === char.length ? lower : char
  }
  return out
}

/** Non-overlapping occurrences of `needle` in `haystack` from `from` on, and the first one's index. */
export function occurrences(
  haystack: string,
  needle: string,
  from = 0
): { count: number; first: number } {
  let count = 0
  let first = -1
  for (
    let at = haystack.indexOf(needle, from);
    at !== -1;
    at = haystack.indexOf(needle, at + needle.length)
  ) {
    if (count === 0) first = at
    count += 1
  }
  return { count, first }
}
