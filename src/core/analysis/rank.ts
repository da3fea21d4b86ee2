import type { WordStat } from '@shared/analysis'
import { compareStats, countKey } from '@shared/text'
import type { WordCounter } from '@shared/text'
import type { IdfIndex } from './idf'

export interface RankOptions {
  /** How many words to return; all when undefined. */
  top?: number
  /** Compound terms' parts, for WordStat.parts. */
  parts?: ReadonlyMap<string, readonly string[]>
  /** Each word's score for the chosen emphasis (by its counted key); the count when absent. */
  scores?: ReadonlyMap<string, number>
}

/**
 * The counted words as statistics: TF-IDF weights from jieba's table, the emphasis's score,
 * compound parts; sorted by score, then count, weight and word.
 */
export function rankWords(
  counter: WordCounter,
  idf: IdfIndex,
  options: RankOptions = {}
): WordStat[] {
  counter.setIdf(idf.lookup(counter.idfWords()), idf.median)
  const stats = counter.rank()
  const { parts, scores } = options
  for (const stat of stats) {
    const score = scores?.get(countKey(stat.word))
    if (score !== undefined) stat.score = score
    const found = parts?.get(stat.word)
    if (found) stat.parts = [...found]
  }
  // rank() sorted them by count; only another emphasis's scores change the order.
  if (scores) stats.sort(compareStats)
  const { top } = options
  return top !== undefined && top > 0 ? stats.slice(0, top) : stats
}
