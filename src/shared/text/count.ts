import type { WordStat } from '../analysis'
import { hasAsciiLetter } from './latin'

/** IDF of a word, undefined when the table does not know it. */
export type IdfLookup = (word: string) => number | undefined

/**
 * What one worker counted, as plain data that survives postMessage and merges by addition.
 * Latin words are counted under their lowercase key; `spellings` keeps how they were written, in
 * first-seen order, so the final word is the most frequent spelling (AI×30 + ai×2 -> AI×32).
 */
export interface PartialCounts {
  /** key (lowercase for Latin) -> count */
  counts: Array<[string, number]>
  /** exact Latin spelling -> count, first seen first */
  spellings: Array<[string, number]>
  /** prose characters (non-whitespace code points) */
  chars: number
  /** counted tokens, the TF denominator */
  tokens: number
  /** documents */
  files: number
}

/** The key a word is counted under: Latin words lowercased (AI, ai -> ai). */
export function countKey(word: string): string {
  return hasAsciiLetter(word) ? word.toLowerCase() : word
}

function bump(map: Map<string, number>, word: string, count: number): void {
  map.set(word, (map.get(word) ?? 0) + count)
}

/** Counts non-whitespace code points, the writer's notion of 字数. */
export function countChars(text: string): number {
  let chars = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code <= 32 || (code >= 0xdc00 && code <= 0xdfff)) continue
    chars++
  }
  return chars
}

/** A mergeable word count with case folding for Latin words. */
export class WordCounter {
  readonly counts = new Map<string, number>()
  readonly spellings = new Map<string, number>()
  readonly idf = new Map<string, number>()
  medianIdf = 0
  chars = 0
  tokens = 0
  files = 0

  /** Counts a filtered token, `times` times (once by default). */
  add(word: string, times = 1): void {
    if (hasAsciiLetter(word)) {
      bump(this.counts, word.toLowerCase(), times)
      bump(this.spellings, word, times)
    } else bump(this.counts, word, times)
    this.tokens += times
  }

  /** Adds another counter's partial (merge partials in document order for stable tie-breaks). */
  merge(partial: PartialCounts): void {
    for (const [key, count] of partial.counts) bump(this.counts, key, count)
    for (const [word, count] of partial.spellings) bump(this.spellings, word, count)
    this.chars += partial.chars
    this.tokens += partial.tokens
    this.files += partial.files
  }

  /** Every counted key and spelling: the words whose IDF ranking needs. */
  idfWords(): string[] {
    return [...new Set([...this.counts.keys(), ...this.spellings.keys()])]
  }

  /** Takes IDF values found elsewhere (the table lives in the workers) and the median for the rest. */
  setIdf(entries: Iterable<[string, number]>, medianIdf: number): void {
    for (const [word, value] of entries) this.idf.set(word, value)
    this.medianIdf = medianIdf
  }

  /** Looks up the IDF of every counted key and spelling. */
  learnIdf(idf: IdfLookup, medianIdf: number): void {
    const known: Array<[string, number]> = []
    for (const word of this.idfWords()) {
      const value = idf(word)
      if (value !== undefined) known.push([word, value])
    }
    this.setIdf(known, medianIdf)
  }

  /** The plain-data form for postMessage (IDF travels separately, see setIdf). */
  toPartial(): PartialCounts {
    return {
      counts: [...this.counts],
      spellings: [...this.spellings],
      chars: this.chars,
      tokens: this.tokens,
      files: this.files
    }
  }

  /**
   * The most frequent spelling of every Latin key; ties go to the first in code-unit order (AI
   * before Ai before ai), so the order posts were counted in never matters.
   */
  private displayWords(): Map<string, string> {
    const best = new Map<string, [string, number]>()
    for (const [word, count] of this.spellings) {
      const key = countKey(word)
      const current = best.get(key)
      if (!current || count > current[1] || (count === current[1] && word < current[0])) {
        best.set(key, [word, count])
      }
    }
    return new Map([...best].map(([key, [word]]) => [key, word]))
  }

  /** Word statistics: count desc, then weight desc, then word; at most `top` of them. */
  rank(top?: number): WordStat[] {
    const display = this.displayWords()
    const lookup = (word: string): number =>
      this.idf.get(word) ?? this.idf.get(word.toLowerCase()) ?? this.medianIdf
    const stats: WordStat[] = []
    for (const [key, count] of this.counts) {
      const word = display.get(key) ?? key
      stats.push({
        word,
        count,
        weight: this.tokens > 0 ? (count / this.tokens) * lookup(word) : 0,
        score: count
      })
    }
    stats.sort(compareStats)
    return top !== undefined && top >= 0 ? stats.slice(0, top) : stats
  }
}

/** Score, then count, weight and word (code-unit order, so every machine agrees). */
export function compareStats(a: WordStat, b: WordStat): number {
  if (a.score !== b.score) return b.score - a.score
  if (a.count !== b.count) return b.count - a.count
  if (a.weight !== b.weight) return b.weight - a.weight
  return a.word < b.word ? -1 : a.word > b.word ? 1 : 0
}

/**
 * Ranks filtered tokens in one go: TF-IDF weight = (count / tokens) × idf(word ?? lowercase ??
 * median). Convenient for tests and small texts; workers use WordCounter directly.
 */
export function countWords(
  tokens: Iterable<string>,
  idf: IdfLookup,
  medianIdf: number,
  top?: number
): WordStat[] {
  const counter = new WordCounter()
  for (const token of tokens) counter.add(token)
  counter.learnIdf(idf, medianIdf)
  return counter.rank(top)
}
