/**
 * What a report says that the issues before it did not (issue #16): its words against a baseline
 * of earlier posts of its series, each as word counts.
 */

/** A word of the post that no baseline post has. */
export interface NewWord {
  word: string
  count: number
}

/** A word whose share of the post differs from its share of the baseline. */
export interface MovingWord {
  word: string
  /** In the post (0 for a falling word the post no longer uses). */
  count: number
  /** Summed over the baseline posts. */
  baseline: number
  /** log2 of the post's smoothed share over the baseline's: > 0 rising, < 0 falling. */
  score: number
}

export interface TrendLists {
  new: NewWord[]
  rising: MovingWord[]
  falling: MovingWord[]
}

/** Rising and falling keep this many words each. */
export const trendListSize = 20
/** A word needs this count in the post to be new or rising... */
const minPostCount = 2
/** ...and this count over the baseline to be falling. */
const minBaselineCount = 4

/** Code point order, the same on every platform and locale (not localeCompare). */
function byWord(a: { word: string }, b: { word: string }): number {
  return a.word < b.word ? -1 : a.word > b.word ? 1 : 0
}

/**
 * New: count >= 2 in the post, in no baseline post; by count, then word. Rising: count >= 2 and
 * in the baseline, score = log2((c+1)/(T+V)) - log2((b+1)/(B+V)) > 0, the 20 highest. Falling:
 * baseline count >= 4, score < 0, the 20 lowest. c and b are the word's counts in the post and
 * over the baseline, T and B their sums, V the distinct words of the post and the baseline
 * together. Ties go by word.
 */
export function trendLists(
  post: ReadonlyMap<string, number>,
  baseline: ReadonlyArray<ReadonlyMap<string, number>>
): TrendLists {
  const summed = new Map<string, number>()
  for (const counts of baseline) {
    for (const [word, count] of counts) summed.set(word, (summed.get(word) ?? 0) + count)
  }
  const total = (counts: Iterable<number>): number => {
    let sum = 0
    for (const count of counts) sum += count
    return sum
  }
  const postTotal = total(post.values())
  const baselineTotal = total(summed.values())
  const vocabulary = new Set([...post.keys(), ...summed.keys()]).size
  const score = (c: number, b: number): number =>
    Math.log2((c + 1) / (postTotal + vocabulary)) -
    Math.log2((b + 1) / (baselineTotal + vocabulary))

  const fresh: NewWord[] = []
  const rising: MovingWord[] = []
  for (const [word, count] of post) {
    if (count < minPostCount) continue
    const before = summed.get(word) ?? 0
    if (before === 0) fresh.push({ word, count })
    else {
      const moved = { word, count, baseline: before, score: score(count, before) }
      if (moved.score > 0) rising.push(moved)
    }
  }
  const falling: MovingWord[] = []
  for (const [word, before] of summed) {
    if (before < minBaselineCount) continue
    const count = post.get(word) ?? 0
    const moved = { word, count, baseline: before, score: score(count, before) }
    if (moved.score < 0) falling.push(moved)
  }
  fresh.sort((a, b) => b.count - a.count || byWord(a, b))
  rising.sort((a, b) => b.score - a.score || byWord(a, b))
  falling.sort((a, b) => a.score - b.score || byWord(a, b))
  return {
    new: fresh,
    rising: rising.slice(0, trendListSize),
    falling: falling.slice(0, trendListSize)
  }
}
