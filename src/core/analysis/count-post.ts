import { filterToken } from '@shared/text'
import type { TokenRules, WordCounter } from '@shared/text'
import { compoundMatcher } from '@shared/words'
import type { Compound } from '@shared/words'
import type { SegmentedPost } from './segmented'

/** The rules applied on top of a cached segmentation: none of them needs jieba. */
export interface CountRules {
  tokens: TokenRules
  /** Compound terms the folder split back into their parts. */
  split: ReadonlySet<string>
  /** The user dictionary's words: counted even on a skipped line. */
  protectedWords: ReadonlySet<string>
  /** Lines whose words are not counted (series boilerplate, the templates' fixed text). */
  skipLine?: (key: string) => boolean
}

/** What counting a post found beyond the counts. */
export interface PostCount {
  /** The compounds counted, by term (for WordStat.parts). */
  compounds: Map<string, Compound>
}

/**
 * Adds one post's words to `counter`: the post's compounds (minus the split ones) are applied,
 * skipped lines count only their user-dictionary words, and the token rules decide the rest.
 * When no compound of the post was split, the post's bag is counted and only the skipped lines
 * are walked (to take their words out): the same counts for a fraction of the work.
 */
export function countPost(post: SegmentedPost, rules: CountRules, counter: WordCounter): PostCount {
  counter.chars += post.chars
  counter.files++
  return splitsCompounds(post, rules.split)
    ? countTokens(post, rules, counter)
    : countBag(post, rules, counter)
}

/** The indexes of the lines the rules skip. */
function skippedLines(post: SegmentedPost, rules: CountRules): number[] {
  const skipped: number[] = []
  if (!rules.skipLine) return skipped
  for (let index = 0; index < post.keys.length; index++) {
    if (rules.skipLine(post.keys[index])) skipped.push(index)
  }
  return skipped
}

/** A post's compounds as compoundMatcher finds them, or none. */
type Matcher = ReturnType<typeof compoundMatcher>

/** Walks a line's words with the post's compounds merged (see Matcher), as the bag was counted. */
function eachWord(
  line: readonly string[],
  match: Matcher,
  visit: (word: string, compound: Compound | undefined) => void
): void {
  for (let at = 0; at < line.length; at++) {
    const token = line[at]
    if (token === '') continue
    const compound = match?.(line, at)
    if (compound) at += compound.parts.length - 1
    visit(compound ? compound.term : token, compound)
  }
}

/**
 * How many times each word of the post's skipped lines comes out of its bag: the words as the
 * bag counted them (compounds merged), user-dictionary words left in.
 */
export function skippedWords(post: SegmentedPost, rules: CountRules): Map<string, number> {
  const taken = new Map<string, number>()
  const skipped = skippedLines(post, rules)
  const match = skipped.length > 0 ? compoundMatcher(post.compounds) : undefined
  for (const index of skipped) {
    const line = post.lineAt ? post.lineAt(index) : post.lines[index]
    eachWord(line, match, (word) => {
      if (!rules.protectedWords.has(word)) taken.set(word, (taken.get(word) ?? 0) + 1)
    })
  }
  return taken
}

/** True when counting the post must walk its tokens: one of its compounds was split back. */
export function splitsCompounds(post: SegmentedPost, split: ReadonlySet<string>): boolean {
  return post.compounds.some((compound) => split.has(compound.term))
}

function countBag(post: SegmentedPost, rules: CountRules, counter: WordCounter): PostCount {
  const taken = skippedWords(post, rules)
  const terms = new Map(post.compounds.map((compound) => [compound.term, compound]))
  const counted = new Map<string, Compound>()
  const { words, counts } = post.bag
  for (let i = 0; i < words.length; i++) {
    const times = counts[i] - (taken.get(words[i]) ?? 0)
    if (times <= 0) continue
    const word = filterToken(words[i], rules.tokens)
    if (word === null) continue
    counter.add(word, times)
    const compound = terms.get(words[i])
    if (compound) counted.set(words[i], compound)
  }
  return { compounds: counted }
}

function countTokens(post: SegmentedPost, rules: CountRules, counter: WordCounter): PostCount {
  const compounds = post.compounds.filter((compound) => !rules.split.has(compound.term))
  const skipped = skippedLines(post, rules)
  const skip = new Set(skipped)
  const counted = new Map<string, Compound>()
  const match = compoundMatcher(compounds)
  post.lines.forEach((line, index) => {
    const skipLine = skip.has(index)
    eachWord(line, match, (token, compound) => {
      if (skipLine && !rules.protectedWords.has(token)) return
      const word = filterToken(token, rules.tokens)
      if (word === null) return
      counter.add(word)
      if (compound) counted.set(token, compound)
    })
  })
  return { compounds: counted }
}
