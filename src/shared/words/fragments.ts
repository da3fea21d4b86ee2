import { fragmentChars } from './function-words'
import {
  BREAK,
  TokenLinesBuilder,
  Vocabulary,
  lineCount,
  numberLines,
  stringLines
} from './token-stream'
import type { TokenLines } from './token-stream'
import type { NumberedWords } from '../text/latin-runs'

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

/**
 * Re-splits the post's HMM debris: a token of two or more Han characters that is not `known`
 * (jieba's dictionary or a loaded user dictionary), has a function character at its start or
 * end, and occurs exactly once in the post. A known word is never split, and a token the post
 * repeats is taken as a real new word (推文, a product name) and stays whole.
 * `known` is asked only about such candidates, since it may cross into native code.
 */
export function splitFragments(lines: string[][], known: (word: string) => boolean): string[][] {
  const vocabulary = new Vocabulary()
  const numbered = numberLines(lines, vocabulary)
  const split = splitFragmentsIn(numbered, vocabulary, known)
  return split === numbered ? lines : stringLines(split, vocabulary.words)
}

/**
 * splitFragments on numbered lines; the parts of a split token are added to `vocabulary`.
 * Returns `lines` itself when nothing is split.
 */
export function splitFragmentsIn(
  lines: TokenLines,
  vocabulary: NumberedWords,
  known: (word: string) => boolean
): TokenLines {
  const { ids } = lines
  const words = vocabulary.words
  // Per token number: 0 not looked at yet, 1 debris-shaped, 2 not (most tokens are not).
  const shape = new Uint8Array(words.length)
  const counts = new Uint32Array(words.length)
  const lastAt = new Int32Array(words.length)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]
    if (id === BREAK) continue
    if (shape[id] === 0) shape[id] = hasFragmentEdge(words[id]) ? 1 : 2
    if (shape[id] === 1) {
      counts[id]++
      lastAt[id] = i
    }
  }
  // Where each piece of debris stands (its only occurrence), in the order of the text.
  const debris: number[] = []
  for (let id = 0; id < counts.length; id++) {
    if (counts[id] === 1 && !known(words[id])) debris.push(lastAt[id])
  }
  if (debris.length === 0) return lines
  debris.sort((x, y) => x - y)
  const out = new TokenLinesBuilder(ids.length + 2 * debris.length)
  let next = 0
  for (let k = 0; k < lineCount(lines); k++) {
    for (let i = lines.starts[k]; i < lines.starts[k + 1]; i++) {
      if (i !== debris[next]) {
        out.push(ids[i])
        continue
      }
      next++
      for (const part of splitEdges(words[ids[i]])) out.push(vocabulary.id(part))
    }
    out.endLine()
  }
  return out.result()
}
