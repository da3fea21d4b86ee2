import { filterToken } from '@shared/text'
import type { TokenRules, WordCounter } from '@shared/text'
import { skippedWords } from '@core/analysis/count-post'
import type { CountRules } from '@core/analysis/count-post'
import type { SegmentedPost } from '@core/analysis/segmented'

/**
 * A folder's words summed before the token rules: each post's bag is added as it arrives (from
 * the cache or a worker), the skipped lines' words are taken back out once the series rules are
 * known (they need every post), and the stopword rules then run once per distinct word instead
 * of once per word of each post. The counts are countPost's, summed; a folder repeats its words
 * in post after post, so this is a fraction of the work. For posts counted from their bag only
 * (see splitsCompounds).
 */
/** A FolderTotal as plain data, for a memo (see countCorpus): words with a positive count. */
export interface FolderTotalSnapshot {
  words: string[]
  counts: number[]
  terms: Array<[string, string[]]>
  chars: number
  files: number
}

export class FolderTotal {
  /** Each word's running count, in a box: adding to a known word costs one lookup, not two. */
  private readonly raw = new Map<string, { count: number }>()
  /** Each compound term's parts, from the first post of the folder that has the term. */
  private readonly termParts = new Map<string, { index: number; parts: string[] }>()
  private chars = 0
  private files = 0

  /** Post `index`'s whole bag; its skipped lines come out later (see take). */
  add(index: number, post: SegmentedPost): void {
    const { words, counts } = post.bag
    for (let i = 0; i < words.length; i++) this.box(words[i]).count += counts[i]
    for (const { term, parts } of post.compounds) {
      const known = this.termParts.get(term)
      if (!known || index < known.index) this.termParts.set(term, { index, parts })
    }
    this.chars += post.chars
    this.files++
  }

  /** Takes the words of the post's skipped lines back out. */
  take(post: SegmentedPost, rules: CountRules): void {
    for (const [word, times] of skippedWords(post, rules)) this.box(word).count -= times
  }

  /** Counts every word the token rules keep into `counter`; the compound terms counted, with their parts. */
  countInto(counter: WordCounter, tokens: TokenRules): Map<string, string[]> {
    const parts = new Map<string, string[]>()
    for (const [raw, { count: times }] of this.raw) {
      if (times <= 0) continue
      const word = filterToken(raw, tokens)
      if (word === null) continue
      counter.add(word, times)
      const term = this.termParts.get(raw)
      if (term) parts.set(raw, term.parts)
    }
    counter.chars += this.chars
    counter.files += this.files
    return parts
  }

  snapshot(): FolderTotalSnapshot {
    const words: string[] = []
    const counts: number[] = []
    for (const [word, { count }] of this.raw) {
      if (count <= 0) continue
      words.push(word)
      counts.push(count)
    }
    const terms = [...this.termParts].map(([term, { parts }]): [string, string[]] => [term, parts])
    return { words, counts, terms, chars: this.chars, files: this.files }
  }

  /** The total a snapshot was taken of, or undefined when `value` is not one (a damaged memo). */
  static fromSnapshot(value: unknown): FolderTotal | undefined {
    if (!isSnapshot(value)) return undefined
    const total = new FolderTotal()
    value.words.forEach((word, i) => total.raw.set(word, { count: value.counts[i] }))
    value.terms.forEach(([term, parts], index) => total.termParts.set(term, { index, parts }))
    total.chars = value.chars
    total.files = value.files
    return total
  }

  private box(word: string): { count: number } {
    let box = this.raw.get(word)
    if (!box) this.raw.set(word, (box = { count: 0 }))
    return box
  }
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

function isSnapshot(value: unknown): value is FolderTotalSnapshot {
  if (typeof value !== 'object' || value === null) return false
  const { words, counts, terms, chars, files } = value as Record<string, unknown>
  return (
    isStrings(words) &&
    Array.isArray(counts) &&
    counts.length === words.length &&
    counts.every(isCount) &&
    new Set(words).size === words.length &&
    Array.isArray(terms) &&
    terms.every(
      (term) =>
        Array.isArray(term) &&
        term.length === 2 &&
        typeof term[0] === 'string' &&
        isStrings(term[1])
    ) &&
    isCount(chars) &&
    isCount(files)
  )
}
