import type { TextSource } from '@core/analysis/text-source'
import type { AnalysisResult, AnalyzeOptions, WordStat } from '@shared/analysis'
import { WordCounter } from '@shared/text'
import { distinctiveScores } from '@shared/words'
import type { Analyzer } from '@core/analysis'
import { countPost, splitsCompounds } from '@core/analysis/count-post'
import type { CountRules } from '@core/analysis/count-post'
import { rankWords } from '@core/analysis/rank'
import type { SegmentedPost } from '@core/analysis/segmented'
import { CorpusMemo } from './corpus-memo'
import { FolderTotal } from './folder-total'
import { factsSeries, groupOf } from './series-index'
import { keySet, seriesSkips } from './series-rules'
import type { FolderRules } from './series-rules'
import type { LineMatcher } from './template-text'

/**
 * The posts to count, read as they are asked for: segmentation (and a cold run's jieba load)
 * starts with the first post instead of after the last is read. `ids` fills as `texts` yields,
 * one id per text; each post's series comes from its own text (no folder listing needed).
 */
export interface Corpus {
  ids: readonly string[]
  texts: AsyncIterable<TextSource>
  /**
   * What the corpus is (its folder): a count by count is then kept as a memo of the summed
   * counts, read back while no post changed (see CorpusMemo).
   */
  memoName?: string
}

export interface CorpusInputs {
  analyzer: Analyzer
  rules: FolderRules
  fixed: LineMatcher
  options: AnalyzeOptions
  onProgress?: (done: number, total: number) => void
}

/**
 * The words of a whole folder: each post counted under its own series' rules (boilerplate,
 * split terms), the counts summed. For the distinctive emphasis each post is scored against its
 * series (or the folder, for a post without one) and a word's score is the sum over the posts.
 */
export async function countCorpus(
  corpus: Corpus,
  inputs: CorpusInputs,
  postCount: number
): Promise<AnalysisResult> {
  const started = performance.now()
  const { analyzer, options } = inputs
  const tokenRules = await analyzer.countRules(options)
  const distinctive = options.emphasis === 'distinctive'
  const memo = distinctive ? undefined : await openMemo(corpus, inputs)
  let texts = corpus.texts
  if (memo?.stored) {
    // Every post is read and keyed before any is counted only when a memo may answer for all.
    const read = await CorpusMemo.readAll(texts)
    const remembered = read.all && memo.total(corpus.ids, read.all)
    if (remembered) {
      inputs.onProgress?.(postCount, postCount)
      const total = new WordCounter()
      const parts = remembered.countInto(total, tokenRules.tokens)
      return result(total, rankWords(total, analyzer.idf(), { top: options.top, parts }))
    }
    texts = read.texts
  }
  // By count, posts without a split compound are summed as they arrive (see FolderTotal);
  // distinctive scores need each post's own counts.
  const whole = distinctive ? undefined : new FolderTotal()
  const fromBag = (post: SegmentedPost): boolean => !splitsCompounds(post, inputs.rules.split)
  const posts: SegmentedPost[] = []
  // Each post's line keys as a set, made as it arrives (while other threads still segment).
  const keySets: Set<string>[] = []
  await analyzer.segment(
    texts,
    (index, post) => {
      posts[index] = post
      if (whole && fromBag(post)) whole.add(index, post)
      keySets[index] = keySet(post)
    },
    {
      markdown: options.markdown,
      onProgress: (done) => inputs.onProgress?.(done, postCount),
      onKey: memo && ((index, key) => memo.recordKey(index, key)),
      onDispatched: () => analyzer.idf().prepare()
    }
  )
  const series = posts.map((post, index) => groupOf(factsSeries(corpus.ids[index], post.about)))
  const skips = seriesSkips(series, keySets, inputs.fixed, inputs.rules)
  const rulesFor = (index: number): CountRules => ({
    ...tokenRules,
    split: inputs.rules.split,
    skipLine: skips[index]
  })

  const total = new WordCounter()
  const parts = new Map<string, string[]>()
  const perPost: WordCounter[] = []
  posts.forEach((post, index) => {
    if (whole && fromBag(post)) {
      whole.take(post, rulesFor(index))
      return
    }
    // Per-post counts only when each post is scored on its own; else straight into the total.
    const counter = distinctive ? new WordCounter() : total
    for (const [term, compound] of countPost(post, rulesFor(index), counter).compounds) {
      parts.set(term, compound.parts)
    }
    if (distinctive) {
      total.merge(counter.toPartial())
      perPost.push(counter)
    }
  })
  if (whole && memo && posts.every(fromBag)) memo.save(corpus.ids, whole)
  for (const [term, termParts] of whole?.countInto(total, tokenRules.tokens) ?? []) {
    if (!parts.has(term)) parts.set(term, termParts)
  }
  const scores = options.emphasis === 'distinctive' ? distinctiveSum(perPost, series) : undefined
  return result(total, rankWords(total, analyzer.idf(), { top: options.top, parts, scores }))

  function result(counted: WordCounter, words: WordStat[]): AnalysisResult {
    const { chars, tokens, files } = counted
    const ms = Math.round(performance.now() - started)
    return { words, emphasis: options.emphasis ?? 'count', files, chars, tokens, ms }
  }
}

/** The corpus's memo, when it has a name and the analyzer a cache. */
async function openMemo(corpus: Corpus, inputs: CorpusInputs): Promise<CorpusMemo | undefined> {
  const store = corpus.memoName === undefined ? undefined : await inputs.analyzer.resultMemo()
  if (!store || corpus.memoName === undefined) return undefined
  return CorpusMemo.open(store, corpus.memoName, inputs.rules, inputs.options.markdown !== false)
}

/** Each post's TF-IDF against its series (or the folder), summed per word over the posts. */
function distinctiveSum(
  perPost: readonly WordCounter[],
  series: ReadonlyArray<string | null>
): Map<string, number> {
  // Document frequency per series, and for the folder (the set of posts without a series).
  const frequency = new Map<string | null, { df: Map<string, number>; documents: number }>()
  const add = (group: string | null, counter: WordCounter): void => {
    const entry = frequency.get(group) ?? { df: new Map<string, number>(), documents: 0 }
    for (const word of counter.counts.keys()) entry.df.set(word, (entry.df.get(word) ?? 0) + 1)
    entry.documents++
    frequency.set(group, entry)
  }
  perPost.forEach((counter, index) => {
    if (series[index] !== null) add(series[index], counter)
    add(folderGroup, counter)
  })
  const sum = new Map<string, number>()
  perPost.forEach((counter, index) => {
    // A post alone in its series is compared with the folder, as one without a series.
    const own = series[index] === null ? undefined : frequency.get(series[index])
    const group = own && own.documents > 1 ? series[index] : folderGroup
    const { df, documents } = frequency.get(group) as {
      df: Map<string, number>
      documents: number
    }
    for (const [word, score] of distinctiveScores(counter.counts, df, documents)) {
      sum.set(word, (sum.get(word) ?? 0) + score)
    }
  })
  return sum
}

/** The group of every post: posts without a series are compared with the whole folder. */
const folderGroup = '\u0000folder'
