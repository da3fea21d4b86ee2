/** How many characters of context a search result shows. */
export const snippetChars = 80

/**
 * About 80 characters of `text` around the match at `index` (of `length` characters), taken from
 * the match's own line, with `…` where the line was cut and tabs or control characters as spaces.
 */
export function snippetAround(text: string, index: number, length: number): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1
  const newline = text.indexOf('\n', index)
  const lineEnd = newline === -1 ? text.length : newline
  const shown = Math.min(length, snippetChars)
  let start = Math.max(lineStart, index - Math.floor((snippetChars - shown) / 3))
  const end = Math.min(lineEnd, start + snippetChars)
  start = Math.max(lineStart, Math.min(start, end - snippetChars))
  start = avoidHalfPair(text, start, 1)
  const cutEnd = avoidHalfPair(text, end, -1)
  const middle = text.slice(start, cutEnd).replace(/[\u0000-\u001f\u007f]/g, ' ')
  return `${start > lineStart ? '…' : ''}${middle.trim()}${cutEnd < lineEnd ? '…' : ''}`
}

/** Moves a cut off the middle of a surrogate pair, in `direction`. */
function avoidHalfPair(text: string, at: number, direction: 1 | -1): number {
  const code = text.charCodeAt(at)
  return code >= 0xdc00 && code <= 0xdfff ? at + direction : at
}
