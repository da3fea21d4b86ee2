/** One replacement that turns a text into another: `[start, end)` of the old text becomes `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Whether a cut at `at` in `current` (`nextAt` in `next`) falls inside a surrogate pair or a CRLF. */
function splitsPair(current: string, next: string, at: number, nextAt: number): boolean {
  const inside = (text: string, cut: number): boolean => {
    const before = text.charCodeAt(cut - 1)
    const after = text.charCodeAt(cut)
    return (isHighSurrogate(before) && isLowSurrogate(after)) || (before === 0x0d && after === 0x0a)
  }
  return inside(current, at) || inside(next, nextAt)
}

/**
 * The smallest single edit from `current` to `next`: the common start and end are kept, so a
 * reload that changed one paragraph touches only that paragraph (cursors, folds and undo stay
 * meaningful elsewhere). Never splits a surrogate pair or a CRLF. Null when the texts are equal.
 */
export function minimalEdit(current: string, next: string): TextEdit | null {
  if (current === next) return null
  const shorter = Math.min(current.length, next.length)
  let start = 0
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start++
  // The edit must replace whole characters and whole CRLFs: step back off a pair's first half.
  if (start > 0 && splitsPair(current, next, start, start)) start--
  let tail = 0
  while (
    tail < shorter - start &&
    current.charCodeAt(current.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  ) {
    tail++
  }
  if (tail > 0 && splitsPair(current, next, current.length - tail, next.length - tail)) tail--
  return { start, end: current.length - tail, text: next.slice(start, next.length - tail) }
}
