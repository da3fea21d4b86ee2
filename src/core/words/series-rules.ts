import { WordCounter } from '@shared/text'
import { distinctiveScores, templateLineKeys } from '@shared/words'
import type { CountRules } from '@core/analysis/count-post'
import { countPost } from '@core/analysis/count-post'
import type { SegmentedPost } from '@core/analysis/segmented'
import type { LineMatcher } from './template-text'

/** The folder's word rules as counting needs them (from `.postcloud/cloud.json`). */
export interface FolderRules {
  split: ReadonlySet<string>
  /** Skip series boilerplate and the templates' fixed text (the word panel's switch). */
  boilerplate: boolean
}

/**
 * Which lines a series' posts do not count: the series' template lines (from every post's line
 * keys, see templateLineKeys) and the bundled templates' fixed text; nothing when the folder
 * turned the rule off.
 */
export function skipLines(
  seriesKeys: ReadonlyArray<ReadonlySet<string>>,
  fixed: LineMatcher,
  rules: FolderRules
): ((key: string) => boolean) | undefined {
  if (!rules.boilerplate) return undefined
  const template = templateLineKeys(seriesKeys)
  // Keys repeat (headings, blank lines' ''); the template patterns are regexes: ask each once.
  const known = new Map<string, boolean>()
  return (key) => {
    let skip = known.get(key)
    if (skip === undefined) {
      skip = key !== '' && (template.has(key) || fixed(key))
      known.set(key, skip)
    }
    return skip
  }
}

/** A post's line keys as a set: a line counts once per post for the template rule. */
export function keySet(post: SegmentedPost): Set<string> {
  return new Set(post.keys)
}

/** Counts of one post under the given rules; its words as a set, for document frequency. */
export function wordsOfPost(post: SegmentedPost, rules: CountRules): Set<string> {
  const counter = new WordCounter()
  countPost(post, rules, counter)
  return new Set(counter.counts.keys())
}

/**
 * The distinctive scores of the words counted in `counter`: TF-IDF with the given documents
 * (each a set of counted keys, this post's own among them) as the document set.
 */
export function distinctiveAgainst(
  counter: WordCounter,
  documents: ReadonlyArray<ReadonlySet<string>>
): Map<string, number> {
  const frequency = new Map<string, number>()
  for (const words of documents) {
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  }
  return distinctiveScores(counter.counts, frequency, documents.length)
}

/**
 * Each post's lines to skip under `rules`, given each post's series group (see groupOf) and line
 * keys (see keySet): its series' template lines (from all the series' posts given) and the
 * templates' fixed text; undefined for every post when the rule is off.
 */
export function seriesSkips(
  groups: ReadonlyArray<string | null>,
  keySets: ReadonlyArray<ReadonlySet<string>>,
  fixed: LineMatcher,
  rules: FolderRules
): Array<((key: string) => boolean) | undefined> {
  const keysOf = new Map<string, ReadonlySet<string>[]>()
  groups.forEach((group, index) => {
    if (group === null) return
    const list = keysOf.get(group) ?? []
    list.push(keySets[index])
    keysOf.set(group, list)
  })
  const byGroup = new Map<string | null, ((key: string) => boolean) | undefined>()
  return groups.map((group) => {
    if (!byGroup.has(group)) {
      byGroup.set(group, skipLines(group === null ? [] : (keysOf.get(group) ?? []), fixed, rules))
    }
    return byGroup.get(group)
  })
}

/**
 * The post's token lines without the ones `skip` takes (as empty lines, so indexes hold); only
 * the kept lines are read from a cached post.
 */
export function linesWithout(
  post: SegmentedPost,
  skip: ((key: string) => boolean) | undefined
): string[][] {
  return post.keys.map((key, index) =>
    skip?.(key) ? [] : (post.lineAt?.(index) ?? post.lines[index])
  )
}
