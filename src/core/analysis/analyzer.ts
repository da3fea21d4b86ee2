import { maxAnalyzeChars } from '@shared/analysis'
import type { AnalysisResult, AnalyzeOptions } from '@shared/analysis'
import { PostcloudError } from '@shared/errors'
import { WordCounter, createWordSet, unionLookup } from '@shared/text'
import { defaultCacheDir, openAnalysisCache } from './cache'
import type { AnalysisCache } from './cache'
import { countPost } from './count-post'
import type { CountRules } from './count-post'
import { DictFiles } from './dict-files'
import { analysisCodeVersion, analysisFingerprint } from './fingerprint'
import { memoizedIdf } from './idf-memo'
import type { IdfIndex } from './idf'
import { jiebaFile } from './jieba-files'
import { WorkerPool, defaultPoolSize } from './pool'
import type { SegmentJob, SegmentReply, WorkerSetup } from './protocol'
import { rankWords } from './rank'
import type { SegmentOutcome } from './segment-job'
import { segmentTexts } from './segment-stream'
import type { SegmentHooks } from './segment-stream'
import type { SegmentedPost } from './segmented'
import { isTextSource } from './text-source'
import type { TextSource } from './text-source'
import { emptyFolderLists, readBundledLists, readFolderLists, userDictWords } from './settings'
import type { FolderLists } from './settings'

export interface AnalyzerOptions {
  /** The worker entry: bundled `out/main/analysis-worker.js`, or `src/core/analysis/worker.ts`. */
  workerScript: string
  /** e.g. `['--require', 'tsx/cjs']` to run the worker from its TypeScript source (tests). */
  workerExecArgv?: string[]
  /** Holds `stopwords/zh.txt`, `stopwords/en.txt` and `stopwords/keep.txt`. */
  resourcesDir: string
  /** jieba's own dictionaries, when not where nodejieba says (a packaged app's app.asar.unpacked). */
  jiebaDictDir?: string
  /** Most analysis threads to run; capped by the machine's parallelism. Default: defaultPoolSize. */
  poolSize?: number
  /**
   * This thread segments too, as one of the pool's threads (see PoolOptions.runHere): for a
   * command-line batch, whose thread is free. Never for a process that must stay responsive.
   */
  segmentHere?: boolean
  /**
   * The analysis cache's folder; null for none. Default: POSTCLOUD_CACHE_DIR, else the
   * platform's cache folder. Never the posts folder.
   */
  cacheDir?: string | null
}

export interface SegmentOptions extends SegmentHooks {
  markdown?: boolean
}

export interface Analyzer {
  /**
   * Uses a posts folder's `.postcloud/stopwords.txt`, `keepwords.txt` and `userdict.txt` (each
   * optional), or none with null. A changed user dictionary restarts the workers.
   */
  setFolder(folder: string | null): Promise<void>
  /**
   * The segmentation of every text (see segmentPost), `onPost(index, post)` as each is ready,
   * not in order: from the cache when it has the text, else from the workers (then cached).
   */
  segment(
    texts: AsyncIterable<TextSource> | Iterable<TextSource>,
    onPost: (index: number, post: SegmentedPost) => void,
    options?: SegmentOptions
  ): Promise<void>
  /** The rules counting applies on top of a segmentation: the folder's lists and the call's. */
  countRules(options?: AnalyzeOptions): Promise<CountRules>
  /** jieba's IDF table, read on the main thread (no jieba needed). */
  idf(): IdfIndex
  /**
   * Memos of results that depend on many posts, kept in the analysis cache and keyed like its
   * entries (see cache/result-memo.ts); undefined without a cache.
   */
  resultMemo(): Promise<ResultMemo | undefined>
  /** Word statistics of one document, on its own (no series rules). */
  analyzeText(text: string, options?: AnalyzeOptions): Promise<AnalysisResult>
  /** Word statistics of many documents as one corpus, each counted on its own and summed. */
  analyzeCorpus(
    texts: AsyncIterable<string> | Iterable<string>,
    options?: AnalyzeOptions,
    onProgress?: (done: number, total?: number) => void
  ): Promise<AnalysisResult>
  /**
   * Starts workers ahead of the first segmentation and resolves once they are loaded (loading
   * jieba takes most of a second per worker). A command that may find everything cached does
   * not call this: a warm run never loads jieba.
   */
  warmUp(workers?: number): Promise<void>
  close(): Promise<void>
}

type Pool = WorkerPool<SegmentJob, SegmentReply>

export type ResultMemo = Pick<AnalysisCache, 'keyOf' | 'readMemo' | 'writeMemo'>

/** Where segmentations are kept, and the fingerprint entries are made under. */
interface Store {
  cache: AnalysisCache | undefined
  fingerprint: string
}

/** The bundled lists, made into lookups once. */
interface BundledSets {
  stopwords: Set<string>
  keepWords: Set<string>
}

function invalid(message: string): PostcloudError {
  return new PostcloudError('INVALID_ARGUMENT', message)
}

/** `top` counts words: a whole number, 0 or more (the argument table checks it is a number). */
function checkOptions(options: AnalyzeOptions = {}): AnalyzeOptions {
  const { top } = options
  if (top !== undefined && (!Number.isInteger(top) || top < 0)) {
    throw invalid('top must be a whole number of words')
  }
  return options
}

/** TOO_LARGE for a text over `maxAnalyzeChars` (see there why). */
export function checkTextSize(text: string): void {
  if (typeof text === 'string' && text.length > maxAnalyzeChars) {
    const millions = (n: number): string => (n / 1024 / 1024).toFixed(1)
    throw new PostcloudError(
      'TOO_LARGE',
      `The text is ${millions(text.length)} M characters; word clouds count at most ${millions(maxAnalyzeChars)} M.`
    )
  }
}

function isIterable(value: unknown): value is AsyncIterable<unknown> | Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (Symbol.asyncIterator in value || Symbol.iterator in value)
  )
}

export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  const dictFiles = new DictFiles()
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir
  const code = analysisCodeVersion()
  const idf = memoizedIdf(
    jiebaFile('idf.utf8', options.jiebaDictDir),
    code === undefined ? null : cacheDir,
    code ?? ''
  )
  let bundled: Promise<BundledSets> | undefined
  let folderLists: FolderLists = emptyFolderLists
  let dictPath: string | undefined
  let pool: Pool | undefined
  let store: Promise<Store> | undefined
  let settling: Promise<void> = Promise.resolve()
  let closed = false

  const ensureOpen = (): void => {
    if (closed) throw new PostcloudError('INTERNAL', 'the analyzer is closed')
  }

  async function lists(): Promise<BundledSets> {
    bundled ??= readBundledLists(options.resourcesDir).then((read) => ({
      stopwords: createWordSet(read.stopwords),
      keepWords: createWordSet(read.keepWords)
    }))
    return bundled.catch((error: unknown) => {
      bundled = undefined // a later call may find the files
      throw error
    })
  }

  async function currentPool(): Promise<Pool> {
    await settling
    ensureOpen()
    const stubs = dictFiles.stubs()
    // No await between this check and the assignment: concurrent callers must share one pool.
    if (!pool) {
      const setup: WorkerSetup = {
        jiebaDictDir: options.jiebaDictDir,
        userDict: dictPath ? [dictPath] : [],
        userWords: userDictWords(folderLists.userDict),
        extractorStubs: stubs
      }
      // jieba loads on this thread only when it first takes a job: not for a lone post.
      let runHere: Promise<(job: SegmentJob) => SegmentOutcome> | undefined
      pool = new WorkerPool<SegmentJob, SegmentReply>({
        script: options.workerScript,
        execArgv: options.workerExecArgv,
        workerData: setup,
        size: options.poolSize ?? defaultPoolSize,
        runHere: options.segmentHere
          ? async (job) => {
              runHere ??= import('./segment-job').then((m) => m.segmentJobRunner(setup))
              return (await runHere)(job).reply
            }
          : undefined
      })
    }
    return pool
  }

  /**
   * The cache for the current user dictionary (a new one opens when the dictionary changes) and
   * its fingerprint; no cache without a cache folder or a code version to key it by.
   */
  function currentStore(): Promise<Store> {
    store ??= (async (): Promise<Store> => {
      const fingerprint = await analysisFingerprint(
        code ?? 'unversioned',
        folderLists.userDict,
        options.jiebaDictDir
      ).catch(() => 'unversioned')
      if (code === undefined || cacheDir === null) return { cache: undefined, fingerprint }
      try {
        return { cache: openAnalysisCache({ dir: cacheDir, fingerprint }), fingerprint }
      } catch {
        return { cache: undefined, fingerprint } // without a cache, analysis is only slower
      }
    })()
    return store
  }

  /** Lets the old workers finish what they are doing, then stops them and drops their dict. */
  function retire(old: Pool | undefined, oldDict: string | undefined): void {
    const done = old ? old.idle().then(() => old.close()) : Promise.resolve()
    void done.then(() => (oldDict ? dictFiles.remove(oldDict) : undefined)).catch(() => {})
  }

  async function applyFolder(folder: string | null): Promise<void> {
    const next = folder === null ? emptyFolderLists : await readFolderLists(folder)
    if (next.userDict !== folderLists.userDict) {
      const oldDict = dictPath
      dictPath = next.userDict ? await dictFiles.write(next.userDict) : undefined
      retire(pool, oldDict)
      pool = undefined
      const oldStore = store
      store = undefined
      void oldStore?.then((old) => old.cache?.settle())
    }
    folderLists = next
  }

  async function segment(
    texts: AsyncIterable<TextSource> | Iterable<TextSource>,
    onPost: (index: number, post: SegmentedPost) => void,
    segmentOptions: SegmentOptions = {}
  ): Promise<void> {
    if (!isIterable(texts)) throw invalid('the corpus must be a list or a stream of texts')
    await settling
    ensureOpen()
    const sources = { ...(await currentStore()), pool: currentPool }
    const checked = (async function* () {
      for await (const text of texts) {
        if (!isTextSource(text)) throw invalid('every document must be text')
        yield text
      }
    })()
    await segmentTexts(checked, segmentOptions.markdown !== false, sources, onPost, {
      onProgress: segmentOptions.onProgress,
      onDispatched: segmentOptions.onDispatched,
      onKey: segmentOptions.onKey
    })
  }

  async function countRules(analyzeOptions: AnalyzeOptions = {}): Promise<CountRules> {
    await settling
    const { stopwords, keepWords } = await lists()
    const callStop = [...folderLists.stopwords, ...(analyzeOptions.stopwords ?? [])]
    const callKeep = [...folderLists.keepWords, ...(analyzeOptions.keepWords ?? [])]
    return {
      tokens: {
        stopwords: callStop.length ? unionLookup(stopwords, createWordSet(callStop)) : stopwords,
        keepWords: callKeep.length ? unionLookup(keepWords, createWordSet(callKeep)) : keepWords
      },
      split: new Set(),
      protectedWords: new Set(userDictWords(folderLists.userDict))
    }
  }

  async function analyze(
    texts: AsyncIterable<string> | Iterable<string>,
    analyzeOptions: AnalyzeOptions | undefined,
    onProgress: ((done: number, total?: number) => void) | undefined
  ): Promise<AnalysisResult> {
    const started = performance.now()
    const checkedOptions = checkOptions(analyzeOptions)
    const rules = await countRules(checkedOptions)
    const total = Array.isArray(texts) ? texts.length : undefined
    const counter = new WordCounter()
    const parts = new Map<string, string[]>()
    await segment(
      texts,
      (_index, post) => {
        for (const [term, compound] of countPost(post, rules, counter).compounds) {
          parts.set(term, compound.parts)
        }
      },
      {
        markdown: checkedOptions.markdown,
        onProgress: onProgress && ((done) => onProgress(done, total))
      }
    )
    const words = rankWords(counter, idf, { top: checkedOptions.top, parts })
    const { chars, tokens, files } = counter
    const ms = Math.round(performance.now() - started)
    return { words, emphasis: 'count', files, chars, tokens, ms }
  }

  return {
    setFolder(folder) {
      if (folder !== null && typeof folder !== 'string') {
        return Promise.reject(invalid('folder must be a path'))
      }
      settling = settling.catch(() => {}).then(() => applyFolder(folder))
      return settling
    },
    segment,
    countRules,
    idf: () => idf,
    async resultMemo() {
      const { cache } = await currentStore()
      return cache && { keyOf: cache.keyOf, readMemo: cache.readMemo, writeMemo: cache.writeMemo }
    },
    async analyzeText(text, analyzeOptions) {
      checkTextSize(text)
      return analyze([text], analyzeOptions, undefined)
    },
    analyzeCorpus(texts, analyzeOptions, onProgress) {
      return analyze(texts, analyzeOptions, onProgress)
    },
    async warmUp(workers = 1) {
      await (await currentPool()).warm(workers)
    },
    async close() {
      closed = true
      await settling.catch(() => {})
      await pool?.close()
      pool = undefined
      await (await store)?.cache?.settle()
      await idf.save()
      await dictFiles.dispose()
    }
  }
}
