import { LatinRuns, countChars, markdownToProse, textToProse, wordOf } from '@shared/text'
import type { NumberedWords } from '@shared/text'
import {
  BREAK,
  NumberedCompounds,
  TokenLinesBuilder,
  findCompoundsIn,
  lineCount,
  lineKey,
  splitFragmentsIn
} from '@shared/words'
import type { Compound, PostVocabulary, TokenLines } from '@shared/words'
import { proseChunks } from './prose-chunks'
import { seriesFactsOf } from '../library/summary'
import type { Segmenter } from './segmenter'
import type { NumberedBag, SegmentedIds } from './segmented'

/** What segmenting needs from the worker: jieba, its dictionary, and the user dictionary's words. */
export interface SegmentTools extends Segmenter {
  /** The user dictionary's words: never part of a compound. */
  protectedWords: ReadonlySet<string>
}

/** Lines are cut in batches of about this many characters: few native calls, none huge. */
const batchChars = 32_768

/**
 * One post's segmentation, independent of every other post (so it can be cached by its text):
 * prose lines -> jieba -> Latin runs joined -> every token that is never a word becomes a break
 * (runs of them one) -> HMM debris re-split -> compounds found within the post. Stopwords stay:
 * compounds are found on the raw tokens, and the lists change without a re-cut. Tokens are
 * numbers into the post's vocabulary throughout (see TokenLines).
 */
export function segmentPost(raw: string, markdown: boolean, tools: SegmentTools): SegmentedIds {
  const prose = markdown ? markdownToProse(raw) : textToProse(raw)
  const proseLines = prose.split('\n')
  const vocabulary = tools.newPostVocabulary()
  const cutLines = cutByLine(proseLines, tools.cutIds, vocabulary)
  const lines = splitFragmentsIn(wordsAndBreaks(cutLines, vocabulary), vocabulary, tools.known)
  const compounds = findCompoundsIn(lines, vocabulary.words, {
    protectedWords: tools.protectedWords
  })
  return {
    chars: countChars(prose),
    words: vocabulary.words,
    lines,
    keys: proseLines.map(lineKey),
    compounds,
    bag: bagOf(lines, compounds, vocabulary),
    about: markdown ? seriesFactsOf(raw) : { categories: [], title: null }
  }
}

/**
 * The post's words with its compounds merged as countPost merges them (the longest compound
 * starting at a token wins), counted, in the order first met. Breaks are left out.
 */
function bagOf(
  lines: TokenLines,
  compounds: readonly Compound[],
  vocabulary: NumberedWords
): NumberedBag {
  const numbered = new NumberedCompounds(compounds, vocabulary)
  const { byFirst } = numbered
  const { ids, starts } = lines
  const counts = new Uint32Array(vocabulary.words.length)
  const order: number[] = []
  for (let k = 0, lineTotal = lineCount(lines); k < lineTotal; k++) {
    const end = starts[k + 1]
    for (let at = starts[k]; at < end; at++) {
      let id = ids[at]
      if (id === BREAK) continue
      const compound = byFirst[id] === undefined ? undefined : numbered.at(ids, at, end)
      if (compound) {
        id = compound.term
        at += compound.parts.length - 1
      }
      if (counts[id]++ === 0) order.push(id)
    }
  }
  return { ids: order, counts: order.map((id) => counts[id]) }
}

/**
 * Each prose line's tokens, numbered in `vocabulary`; lines go to jieba joined in batches and
 * come back split at '\n' (a token holding '\n' ends the line and is dropped: it is whitespace).
 */
function cutByLine(
  proseLines: readonly string[],
  cutIds: (text: string) => Int32Array,
  vocabulary: PostVocabulary
): TokenLines {
  const out = new TokenLinesBuilder()
  // How many line breaks each of the post's tokens holds, by its number, worked out once.
  const breaks: number[] = []
  const append = (text: string, endsLines: boolean): void => {
    const ids = cutIds(text)
    for (let i = 0; i < ids.length; i++) {
      const id = vocabulary.ofShared(ids[i])
      const n = endsLines ? (breaks[id] ??= lineBreaks(vocabulary.words[id])) : 0
      if (n === 0) out.push(id)
      else for (let k = 0; k < n; k++) out.endLine()
    }
  }
  let batch: string[] = []
  let size = 0
  const flush = (): void => {
    if (batch.length === 0) return
    append(batch.join('\n'), true)
    out.endLine()
    batch = []
    size = 0
  }
  for (const line of proseLines) {
    if (line.length > batchChars) {
      // One huge line: cut in pieces at spaces or punctuation near the limit.
      flush()
      for (const piece of proseChunks(line)) append(piece, false)
      out.endLine()
      continue
    }
    batch.push(line)
    size += line.length + 1
    if (size >= batchChars) flush()
  }
  flush()
  return out.result()
}

function lineBreaks(token: string): number {
  let n = 0
  for (let at = token.indexOf('\n'); at >= 0; at = token.indexOf('\n', at + 1)) n++
  return n
}

/**
 * The lines' words as jieba cut them, Latin runs joined, with BREAK for each gap between words
 * (a run of tokens that are never words: spaces, punctuation, numbers).
 */
function wordsAndBreaks(lines: TokenLines, vocabulary: NumberedWords): TokenLines {
  const out = new TokenLinesBuilder(lines.ids.length)
  const runs = new LatinRuns(vocabulary)
  // Per token number: whether it can be a word at all, worked out once.
  const words: boolean[] = []
  const emit = (id: number): void => {
    let word = words[id]
    if (word === undefined) words[id] = word = wordOf(vocabulary.words[id]) !== null
    if (word) out.push(id)
    else if (out.last() !== undefined && out.last() !== BREAK) out.push(BREAK)
  }
  for (let k = 0; k < lineCount(lines); k++) {
    runs.join(lines.ids, lines.starts[k], lines.starts[k + 1], emit)
    if (out.last() === BREAK) out.pop()
    out.endLine()
  }
  return out.result()
}
