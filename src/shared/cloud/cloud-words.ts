import type { WordStat } from '../analysis'
import type { WordEdits } from './settings'

/** One word as the cloud shows it. */
export interface CloudWord {
  /** The counted word (after merges): the key for excluding, merging and renaming. */
  word: string
  /** What the cloud draws: the rename, or the word itself. */
  text: string
  count: number
  weight: number
  /** What sizes the word: its count, or its distinctive score (see `Emphasis`). */
  score: number
}

/**
 * The words a cloud draws, from a post's word statistics: merged words add their counts and
 * weights and scores to their target, renamed ones keep their key but show the new text; the `max`
 * highest scoring are kept, in the analysis order (score, count, weight, then the word).
 */
export function cloudWords(stats: readonly WordStat[], edits: WordEdits, max: number): CloudWord[] {
  const byWord = new Map<string, CloudWord>()
  for (const stat of stats) {
    const word = mergeTarget(stat.word, edits.merge)
    const found = byWord.get(word)
    if (found) {
      found.count += stat.count
      found.weight += stat.weight
      found.score += stat.score
    } else {
      const { count, weight, score } = stat
      byWord.set(word, { word, text: word, count, weight, score })
    }
  }
  const words = [...byWord.values()]
  for (const w of words) {
    // Own keys only: a word like "constructor" must not pick up Object.prototype's function.
    const renamed = Object.hasOwn(edits.rename, w.word) ? edits.rename[w.word] : undefined
    if (renamed !== undefined && renamed.trim() !== '') w.text = renamed
  }
  words.sort(
    (a, b) =>
      b.score - a.score ||
      b.count - a.count ||
      b.weight - a.weight ||
      (a.word < b.word ? -1 : a.word > b.word ? 1 : 0)
  )
  return words.slice(0, Math.max(0, max))
}

/** Follows a chain of merges (a -> b -> c), stopping at a cycle rather than looping forever. */
function mergeTarget(word: string, merge: Record<string, string>): string {
  const seen = new Set<string>()
  let current = word
  while (Object.hasOwn(merge, current) && !seen.has(current)) {
    seen.add(current)
    current = merge[current]
  }
  return current
}
