import type { TextSource } from '@core/analysis/text-source'
import { textOf } from '@core/analysis/text-source'
import type { AnalysisResult, AnalyzeOptions, TermSuggestion } from '@shared/analysis'
import type { PostSummary } from '@shared/post'
import { WordCounter, markdownToProse } from '@shared/text'
import { seriesId, seriesKeyOf } from '@shared/words'
import type { SeriesKey } from '@shared/words'
import type { Analyzer } from '@core/analysis'
import { countPost } from '@core/analysis/count-post'
import { rankWords } from '@core/analysis/rank'
import type { SegmentedPost } from '@core/analysis/segmented'
import { readCloudSettings } from '@core/cloud/cloud-settings'
import { SeriesMemo } from './series-memo'
import type { ReadPost } from './series-memo'
import { groupOf, summarySeries } from './series-index'
import {
  distinctiveAgainst,
  keySet,
  seriesSkips,
  skipLines,
  linesWithout,
  wordsOfPost
} from './series-rules'
import type { FolderRules } from './series-rules'
import { countCorpus } from './folder-corpus'
import { folderSuggestions } from './suggestions'
import { bundledTemplateText } from './template-text'
import { baselineOf, defaultBaselineSize } from './baseline'
import { trendLists } from './trends'
import type { TrendLists } from './trends'

/** Posts read ahead of the one being segmented: the disk overlaps, memory stays bounded. */
const readsAhead = 16

export interface CorpusHooks {
  onProgress?: (done: number, total: number) => void
  /** A post that could not be read: true to go on without it, false to fail. */
  onSkip?: (id: string, error: unknown) => boolean
}

/** A post's trends against the posts of its series before it (see FolderWords.trends). */
export interface PostTrends extends TrendLists {
  /** The post's series and how many posts it has, or null for a post of none. */
  series: { key: string; posts: number } | null
  /** The ids of the baseline posts, oldest first. */
  baseline: string[]
  ms: number
}

/** The posts folder as the word rules see it. */
export interface WordsFolder {
  /** The folder's path (its `.postcloud/cloud.json` holds the word rules). */
  path: string
  list(): Promise<PostSummary[]>
  /** The posts' ids without reading them (for a count of the whole folder). */
  ids(): Promise<string[]>
  read: ReadPost
}

/**
 * A post's words as the rules of #15 count them: its series' boilerplate skipped, the folder's
 * split terms kept apart, and optionally scored against the rest of its series. One per open
 * folder: it remembers the other posts' line keys and segmentations between analyses.
 */
export class FolderWords {
  private readonly memo = new SeriesMemo()

  constructor(
    private readonly folder: WordsFolder,
    private readonly analyzer: Analyzer,
    private readonly resourcesDir: string
  ) {}

  async rules(): Promise<FolderRules> {
    const { rules } = (await readCloudSettings(this.folder.path)).folder
    return { split: new Set(rules.split), boilerplate: rules.boilerplate }
  }

  /** The words of `text`, which is post `id` of the folder (a buffer of it, or its file). */
  async analyzePost(
    id: string,
    text: string,
    options: AnalyzeOptions = {},
    segmented?: Promise<SegmentedPost>
  ): Promise<AnalysisResult> {
    const started = performance.now()
    // The segmentation (a worker, maybe loading jieba) runs while the series is looked at.
    const segmenting = segmented ?? this.segmentOne(text, options.markdown)
    segmenting.catch(() => undefined) // awaited below; not unhandled meanwhile
    const [summaries, rules, fixed, tokenRules] = await Promise.all([
      this.folder.list(),
      this.rules(),
      bundledTemplateText(this.resourcesDir),
      this.analyzer.countRules(options)
    ])
    this.memo.keepOnly(new Set(summaries.map((summary) => summary.id)))
    const series = await bufferSeries(
      text,
      summaries.find((summary) => summary.id === id)
    )
    const mates = seriesMates(summaries, id, series)
    const seriesKeys = series ? await this.memo.keysOf(mates, this.folder.read) : []
    void this.analyzer.idf().median // reads jieba's IDF table now, if no memo has it, not after
    const post = await segmenting
    // The lines the rule takes, also when the folder turned it off: the panel still names them.
    const template = skipLines([keySet(post), ...seriesKeys], fixed, {
      ...rules,
      boilerplate: true
    })
    const countRules = {
      ...tokenRules,
      split: rules.split,
      skipLine: rules.boilerplate ? template : undefined
    }
    const counter = new WordCounter()
    const counted = countPost(post, countRules, counter)
    const templateLines = post.keys.flatMap((key, index) => (template?.(key) ? [index] : []))
    const emphasis = options.emphasis ?? 'count'
    let scores: Map<string, number> | undefined
    if (emphasis === 'distinctive') {
      // Without a series (or alone in it), the document set is the folder.
      const others =
        mates.length > 0 ? mates : summaries.filter((s) => s.id !== id && !s.unreadable)
      const posts = await this.memo.postsOf(others, this.folder.read, this.analyzer)
      const documents = [new Set(counter.counts.keys())]
      for (const other of posts) documents.push(wordsOfPost(other, countRules))
      scores = distinctiveAgainst(counter, documents)
    }
    const parts = new Map([...counted.compounds].map(([term, c]) => [term, c.parts]))
    const words = rankWords(counter, this.analyzer.idf(), { top: options.top, parts, scores })
    const proseLines = templateLines.length > 0 ? markdownToProse(text).split('\n') : []
    return {
      words,
      emphasis,
      files: 1,
      chars: counter.chars,
      tokens: counter.tokens,
      ms: Math.round(performance.now() - started),
      boilerplate: {
        series: series?.name ?? null,
        posts: series ? mates.length + 1 : 0,
        enabled: rules.boilerplate,
        lines: templateLines.map((index) => (proseLines[index] ?? '').trim())
      }
    }
  }

  /**
   * The words of every readable post of the folder, each under its own series' rules, summed.
   * A post that cannot be read as text is passed to `onSkip` and left out.
   */
  async analyzeAll(options: AnalyzeOptions = {}, hooks: CorpusHooks = {}): Promise<AnalysisResult> {
    // Ids only: each post's series comes from its own text, so no listing reads the folder first.
    const [ids, rules, fixed] = await Promise.all([
      this.folder.ids(),
      this.rules(),
      bundledTemplateText(this.resourcesDir)
    ])
    // Unreadable posts are read too: the read says why, for onSkip to tell the writer.
    const included: string[] = []
    const { read } = this.folder
    // Reads run ahead of the one asked for, so the disk overlaps; the texts come in order.
    const reading = new Map<number, Promise<TextSource | Error>>()
    const start = (index: number): void => {
      if (index >= ids.length || reading.has(index)) return
      reading.set(
        index,
        read(ids[index]).catch((error: unknown) =>
          error instanceof Error ? error : new Error(String(error))
        )
      )
    }
    async function* texts(): AsyncGenerator<TextSource> {
      for (let index = 0; index < ids.length; index++) {
        for (let ahead = index; ahead < index + readsAhead; ahead++) start(ahead)
        // start(index) put it there just above.
        const text = (await reading.get(index)) as TextSource | Error
        reading.delete(index)
        if (text instanceof Error) {
          if (!hooks.onSkip?.(ids[index], text)) throw text
          continue
        }
        included.push(ids[index])
        yield text
      }
    }
    return countCorpus(
      { ids: included, texts: texts(), memoName: this.folder.path },
      { analyzer: this.analyzer, rules, fixed, options, onProgress: hooks.onProgress },
      ids.length
    )
  }

  /**
   * What post `id` (its text `text`) says that the posts of its series dated just before it did
   * not: its words against theirs, each post counted as `analyzePost` counts it.
   */
  async trends(id: string, text: string, baselineSize = defaultBaselineSize): Promise<PostTrends> {
    const started = performance.now()
    const summaries = await this.folder.list()
    const own = summaries.find((summary) => summary.id === id)
    const series = await bufferSeries(text, own)
    const mates = seriesMates(summaries, id, series)
    const baseline = baselineOf(mates, own?.date ?? null, baselineSize)
    const texts = await Promise.all(
      baseline.map(async (summary) => textOf(await this.folder.read(summary.id)))
    )
    // Every segmentation starts at once (the workers share them); the post goes first, so the
    // series' line keys are read once and the baseline posts find them.
    const segmented = [text, ...texts].map((one) => this.segmentOne(one))
    for (const one of segmented) one.catch(() => undefined) // awaited below
    const countsOf = (result: AnalysisResult): Map<string, number> =>
      new Map(result.words.map((word) => [word.word, word.count]))
    const post = countsOf(await this.analyzePost(id, text, {}, segmented[0]))
    const before = await Promise.all(
      baseline.map(async (summary, k) =>
        countsOf(await this.analyzePost(summary.id, texts[k], {}, segmented[k + 1]))
      )
    )
    return {
      series: series ? { key: seriesId(series), posts: mates.length + 1 } : null,
      baseline: baseline.map((summary) => summary.id),
      ...trendLists(post, before),
      ms: Math.round(performance.now() - started)
    }
  }

  /** Terms the folder's posts write as one, not yet in the user dictionary or split back. */
  async suggestions(): Promise<TermSuggestion[]> {
    const [summaries, rules, tokenRules] = await Promise.all([
      this.folder.list(),
      this.rules(),
      this.analyzer.countRules()
    ])
    const readable = summaries.filter((summary) => !summary.unreadable)
    const posts = await this.memo.postsOf(readable, this.folder.read, this.analyzer)
    // Template text repeats by design: its phrases (下期预告, 词云分析) are no terms to offer.
    const fixed = await bundledTemplateText(this.resourcesDir)
    const groups = readable.map((summary) => groupOf(summarySeries(summary)))
    const skips = seriesSkips(groups, posts.map(keySet), fixed, {
      split: rules.split,
      boilerplate: true
    })
    return folderSuggestions(
      posts.map((post, index) => linesWithout(post, skips[index])),
      { rules, protectedWords: tokenRules.protectedWords }
    )
  }

  private async segmentOne(text: string, markdown?: boolean): Promise<SegmentedPost> {
    let result: SegmentedPost | undefined
    await this.analyzer.segment([text], (_index, post) => (result = post), { markdown })
    if (!result) throw new Error('the analysis returned nothing')
    return result
  }
}

/**
 * The series of the text being analysed: its own front matter decides (the writer may just have
 * typed a `series:`), with the listed title standing in for a missing one.
 */
async function bufferSeries(
  text: string,
  summary: PostSummary | undefined
): Promise<SeriesKey | null> {
  // Loaded when first needed: a count of a whole folder reads no front matter (the YAML parser
  // is a tenth of a warm count's start).
  const { parseFrontMatter } = await import('@core/frontmatter')
  const data = parseFrontMatter(text).data ?? {}
  return seriesKeyOf({
    series: data.series,
    categories: data.categories ?? data.category,
    title: data.title ?? summary?.title
  })
}

function seriesMates(
  summaries: readonly PostSummary[],
  id: string,
  series: SeriesKey | null
): PostSummary[] {
  if (!series) return []
  const wanted = seriesId(series)
  return summaries.filter((summary) => {
    if (summary.id === id || summary.unreadable) return false
    const key = summarySeries(summary)
    return key !== null && seriesId(key) === wanted
  })
}
