import { Vocabulary, numberLines, stringLines } from '@shared/words'
import type { TokenLines } from '@shared/words'
import type { SeriesFacts } from '../library/summary'

/**
 * What segmenting one post yields, independent of every other post, so it can be cached by the
 * post's text: prose characters, the token lines (after the fragment filter, before compounds are
 * applied; '' is the break token) and the compounds found within the post.
 */
export interface SegmentedPost {
  chars: number
  lines: string[][]
  /** Each prose line's boilerplate key (`lineKey`), line for line with `lines`. */
  keys: string[]
  compounds: Array<{ term: string; parts: string[]; count: number }>
  /**
   * Every word of the post with its compounds applied, counted (breaks left out): counting a
   * post without boilerplate lines or split terms needs only this, not a walk of every token.
   */
  bag: WordBag
  /** What the text says about its series (front matter, first heading): no list needed. */
  about: SeriesFacts
  /**
   * One line, without reading the others: a cached post reads its lines lazily, and counting
   * from the bag needs only the skipped ones. Absent on a plain value: use `lines`.
   */
  lineAt?(index: number): string[]
}

/** Words and their counts, in parallel arrays (compact to store and to send). */
export interface WordBag {
  words: string[]
  counts: number[]
}

/** A WordBag with each word as its number in a post's vocabulary. */
export interface NumberedBag {
  ids: number[]
  counts: number[]
}

/**
 * A SegmentedPost as the worker makes it: the token lines and the bag as numbers into the
 * post's distinct tokens (see TokenLines), so that neither segmenting nor storing builds a
 * string per token or hashes one per word.
 */
export interface SegmentedIds extends Omit<SegmentedPost, 'lines' | 'lineAt' | 'bag'> {
  /** The distinct tokens (and compound terms) that `lines` and `bag` number. */
  words: readonly string[]
  lines: TokenLines
  bag: NumberedBag
}

export function segmentedPostOf(segmented: SegmentedIds): SegmentedPost {
  const { words, lines, bag, ...rest } = segmented
  return {
    ...rest,
    bag: { words: bag.ids.map((id) => words[id]), counts: bag.counts },
    lines: stringLines(lines, words)
  }
}

export function segmentedIdsOf(post: SegmentedPost): SegmentedIds {
  const vocabulary = new Vocabulary()
  const lines = numberLines(post.lines, vocabulary)
  const { chars, keys, compounds, bag, about } = post
  const ids = bag.words.map((word) => vocabulary.id(word))
  return {
    chars,
    keys,
    compounds,
    about,
    words: vocabulary.words,
    lines,
    bag: { ids, counts: bag.counts }
  }
}
