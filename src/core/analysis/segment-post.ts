import { countChars, joinLatinRuns, markdownToProse, textToProse, wordOf } from '@shared/text'
import { compoundAt, findCompounds, lineKey, splitFragments } from '@shared/words'
import type { Compound } from '@shared/words'
import { proseChunks } from './prose-chunks'
import { seriesFactsOf } from '../library/summary'
import type { SegmentedPost, WordBag } from './segmented'

/** What segmenting needs from the worker: jieba, its dictionary, and the user dictionary's words. */
export interface SegmentTools {
  /** jieba's cut with HMM on: the pieces concatenate back to the text. */
  cut(text: string): string[]
  /** In jieba's dictionary or a loaded user dictionary. */
  known(word: string): boolean
  /** The user dictionary's words: never part of a compound. */
  protectedWords: ReadonlySet<string>
}

/** Lines are cut in batches of about this many characters: few native calls, none huge. */
const batchChars = 32_768

/**
 * One post's segmentation, independent of every other post (so it can be cached by its text):
 * prose lines -> jieba -> Latin runs joined -> every token that is never a word becomes the
 * break '' (runs of them one) -> HMM debris re-split -> compounds found within the post.
 * Stopwords stay: compounds are found on the raw tokens, and the lists change without a re-cut.
 */
export function segmentPost(raw: string, markdown: boolean, tools: SegmentTools): SegmentedPost {
  const prose = markdown ? markdownToProse(raw) : textToProse(raw)
  const proseLines = prose.split('\n')
  const cutLines = cutByLine(proseLines, tools.cut)
  const lines = splitFragments(cutLines.map(wordsAndBreaks), tools.known)
  const compounds = findCompounds(lines, { protectedWords: tools.protectedWords })
  return {
    chars: countChars(prose),
    lines,
    keys: proseLines.map(lineKey),
    compounds,
    bag: bagOf(lines, compounds),
    about: markdown ? seriesFactsOf(raw) : { categories: [], title: null }
  }
}

/** The post's words with its compounds merged as countPost merges them, counted. */
function bagOf(lines: readonly string[][], compounds: readonly Compound[]): WordBag {
  const counts = new Map<string, number>()
  for (const line of lines) {
    for (let at = 0; at < line.length; at++) {
      let token = line[at]
      if (token === '') continue
      const compound = compounds.length > 0 ? compoundAt(line, at, compounds) : undefined
      if (compound) {
        token = compound.term
        at += compound.parts.length - 1
      }
      counts.set(token, (counts.get(token) ?? 0) + 1)
    }
  }
  return { words: [...counts.keys()], counts: [...counts.values()] }
}

/** Each prose line's tokens; lines go to jieba joined in batches and come back split at '\n'. */
function cutByLine(proseLines: readonly string[], cut: (text: string) => string[]): string[][] {
  const out: string[][] = []
  let batch: string[] = []
  let size = 0
  const flush = (): void => {
    if (batch.length === 0) return
    let line: string[] = []
    for (const token of cut(batch.join('\n'))) {
      if (!token.includes('\n')) {
        line.push(token)
        continue
      }
      // jieba gives '\n' alone; a whitespace run holding one would still end a line per '\n'.
      for (let at = token.indexOf('\n'); at >= 0; at = token.indexOf('\n', at + 1)) {
        out.push(line)
        line = []
      }
    }
    out.push(line)
    batch = []
    size = 0
  }
  for (const line of proseLines) {
    if (line.length > batchChars) {
      // One huge line: cut in pieces at spaces or punctuation near the limit.
      flush()
      out.push([...proseChunks(line)].flatMap((piece) => cut(piece)))
      continue
    }
    batch.push(line)
    size += line.length + 1
    if (size >= batchChars) flush()
  }
  flush()
  return out
}

/** The line's words as jieba cut them (Latin runs joined), with '' standing for each gap between. */
function wordsAndBreaks(tokens: readonly string[]): string[] {
  const out: string[] = []
  for (const token of joinLatinRuns(tokens)) {
    if (wordOf(token) !== null) out.push(token)
    else if (out.length > 0 && out[out.length - 1] !== '') out.push('')
  }
  if (out[out.length - 1] === '') out.pop()
  return out
}
