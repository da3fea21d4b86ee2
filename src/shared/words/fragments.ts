import { fragmentChars } from './function-words'

/**
 * The fragment filter. jieba's HMM joins characters its dictionary does not cover into new words;
 * at a phrase boundary that gives debris such as 低且 (成本/较/低且/效果/明显) or 较多且. Such a
 * token is re-split into its edge function characters and the rest, so the cloud shows 低 and
 * the stopword rules drop 且.
 */

/** fragmentChars as flags by char code: the shape test runs on every token of every post. */
const isFragmentCode = new Uint8Array(0x10000)
for (const char of fragmentChars) isFragmentCode[char.charCodeAt(0)] = 1

/** CJK Unified Ideographs only (the same range filterToken treats as plain Han words). */
function isHan(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i)
    if (code < 0x4e00 || code > 0x9fff) return false
  }
  return true
}

/** Looks like debris by its shape alone: two or more Han characters, a function character at an edge. */
function hasFragmentEdge(token: string): boolean {
  return (
    token.length >= 2 &&
    (isFragmentCode[token.charCodeAt(0)] === 1 ||
      isFragmentCode[token.charCodeAt(token.length - 1)] === 1) &&
    isHan(token)
  )
}

/** 低且 -> 低, 且; 较多且 -> 较多, 且; 地看 -> 地, 看; a token of function characters only -> each one. */
function splitEdges(token: string): string[] {
  let start = 0
  let end = token.length
  while (start < end && fragmentChars.has(token[start])) start++
  if (start === end) return [...token]
  while (fragmentChars.has(token[end - 1])) end--
  const parts = [...token.slice(0, start)]
  parts.push(token.slice(start, end))
  for (let i = end; i < token.length; i++) parts.push(token[i])
  return parts
}

interface Candidate {
  count: number
  /** The line of its last occurrence: the only one when count is 1. */
  line: number
}

/** The post's debris-shaped tokens (most tokens are not): how often and where. */
function findCandidates(lines: readonly (readonly string[])[]): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>()
  for (let i = 0; i < lines.length; i++) {
    for (const token of lines[i]) {
      if (!hasFragmentEdge(token)) continue
      const seen = candidates.get(token)
      if (seen) {
        seen.count++
        seen.line = i
      } else candidates.set(token, { count: 1, line: i })
    }
  }
  return candidates
}

/**
 * Re-splits the post's HMM debris: a token of two or more Han characters that is not `known`
 * (jieba's dictionary or a loaded user dictionary), has a function character at its start or
 * end, and occurs exactly once in the post. A known word is never split, and a token the post
 * repeats is taken as a real new word (推文, a product name) and stays whole.
 * `known` is asked only about such candidates, since it may cross into native code.
 * Lines without debris are returned as they are (the same arrays).
 */
export function splitFragments(lines: string[][], known: (word: string) => boolean): string[][] {
  const debris = new Map<string, number>()
  for (const [token, { count, line }] of findCandidates(lines)) {
    if (count === 1 && !known(token)) debris.set(token, line)
  }
  if (debris.size === 0) return lines
  const out = lines.slice()
  for (const [token, i] of debris) {
    out[i] = out[i].flatMap((t) => (t === token ? splitEdges(t) : [t]))
  }
  return out
}
