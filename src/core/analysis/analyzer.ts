import { maxAnalyzeChars } from '@shared/analysis'
import type { AnalysisResult, AnalyzeOptions } from '@shared/analysis'
import { PostcloudError } from '@shared/errors'
import { WordCounter } from '@shared/text'
import { DictFiles } from './dict-files'
import { WorkerPool, defaultPoolSize } from './pool'
import type { AnalyzeJob, AnalyzeReply, WorkerSetup } from './protocol'
import { emptyFolderLists, readBundledLists, readFolderLists } from './settings'
import type { BundledLists, FolderLists } from './settings'

export interface AnalyzerOptions {
  /** The worker entry: bundled `out/main/analysis-worker.js`, or `src/core/analysis/worker.ts`. */
  workerScript: string
  /** e.g. `['--require', 'tsx/cjs']` to run the worker from its TypeScript source (tests). */
  workerExecArgv?: string[]
  /** Holds `stopwords/zh.txt`, `stopwords/en.txt` and `stopwords/keep.txt`. */
  resourcesDir: string
  /** jieba's own dictionaries, when not where nodejieba says (a packaged app's app.asar.unpacked). */
  jiebaDictDir?: string
  /** Most worker threads to run; capped by the machine's parallelism. Default 4. */
  poolSize?: number
}

export interface Analyzer {
  /**
   * Uses a posts folder's `.postcloud/stopwords.txt`, `keepwords.txt` and `userdict.txt` (each
   * optional), or none with null. A changed user dictionary restarts the workers.
   */
  setFolder(folder: string | null): Promise<void>
  /** Word statistics of one document. */
  analyzeText(text: string, options?: AnalyzeOptions): Promise<AnalysisResult>
  /** Word statistics of many documents as one corpus, spread over all workers, streamed. */
  analyzeCorpus(
    texts: AsyncIterable<string> | Iterable<string>,
    options?: AnalyzeOptions,
    onProgress?: (done: number, total?: number) => void
  ): Promise<AnalysisResult>
  /**
   * Starts workers ahead of the first analysis and resolves once they are loaded: loading jieba
   * takes ~0.8 s per worker. One is enough for analyzeText; a command about to analyse a corpus
   * can ask for all (`Infinity`) before it scans the folder, so the load overlaps the scan.
   */
  warmUp(workers?: number): Promise<void>
  close(): Promise<void>
}

/** Documents are sent in batches of about this many characters: few messages, even spread. */
const batchChars = 128 * 1024
const batchDocs = 256

type Pool = WorkerPool<AnalyzeJob, AnalyzeReply>

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

function isIterable(value: unknown): value is AsyncIterable<string> | Iterable<string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    (Symbol.asyncIterator in value || Symbol.iterator in value)
  )
}

export function createAnalyzer(options: AnalyzerOptions): Analyzer {
  const dictFiles = new DictFiles()
  let bundled: Promise<BundledLists> | undefined
  let folderLists: FolderLists = emptyFolderLists
  let dictPath: string | undefined
  let pool: Pool | undefined
  let settling: Promise<void> = Promise.resolve()
  let closed = false

  async function currentPool(): Promise<Pool> {
    await settling
    if (closed) throw new PostcloudError('INTERNAL', 'the analyzer is closed')
    bundled ??= readBundledLists(options.resourcesDir)
    const lists = await bundled.catch((error: unknown) => {
      bundled = undefined // a later call may find the files
      throw error
    })
    const stubs = await dictFiles.stubs()
    if (closed) throw new PostcloudError('INTERNAL', 'the analyzer is closed')
    // No await between this check and the assignment: concurrent callers must share one pool.
    if (!pool) {
      const setup: WorkerSetup = {
        jiebaDictDir: options.jiebaDictDir,
        userDict: dictPath ? [dictPath] : [],
        stopwords: lists.stopwords,
        keepWords: lists.keepWords,
        extractorStubs: stubs
      }
      pool = new WorkerPool<AnalyzeJob, AnalyzeReply>({
        script: options.workerScript,
        execArgv: options.workerExecArgv,
        workerData: setup,
        size: options.poolSize ?? defaultPoolSize
      })
    }
    return pool
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
    }
    folderLists = next
  }

  /** One document (`single`) or a corpus; both stream batches through the pool. */
  async function analyze(
    texts: AsyncIterable<string> | Iterable<string>,
    options: AnalyzeOptions | undefined,
    onProgress: ((done: number, total?: number) => void) | undefined,
    single: boolean
  ): Promise<AnalysisResult> {
    const started = performance.now()
    const analyzeOptions = checkOptions(options)
    if (!isIterable(texts)) throw invalid('the corpus must be a list or a stream of texts')
    const callStopwords = analyzeOptions.stopwords ?? []
    const callKeepWords = analyzeOptions.keepWords ?? []
    // After a pending setFolder: the folder's lists and its pool belong together.
    const workers = await currentPool()
    const stopwords = [...folderLists.stopwords, ...callStopwords]
    const keepWords = [...folderLists.keepWords, ...callKeepWords]
    const markdown = analyzeOptions.markdown !== false
    const total = Array.isArray(texts) ? texts.length : undefined
    const counter = new WordCounter()
    // Partials are merged in batch order, so ties between spellings do not depend on timing.
    const waiting = new Map<number, AnalyzeReply>()
    const inFlight = new Set<Promise<void>>()
    let merged = 0
    let sent = 0
    let done = 0
    let failure: unknown

    const send = (batch: string[]): void => {
      const index = sent++
      const job = workers
        .run({ texts: batch, markdown, stopwords, keepWords, withIdf: single })
        .then((reply) => {
          waiting.set(index, reply)
          for (let next = waiting.get(merged); next; next = waiting.get(merged)) {
            if (next.partial) counter.merge(next.partial)
            if (next.idf) counter.setIdf(next.idf.entries, next.idf.median)
            waiting.delete(merged++)
          }
          done += batch.length
          onProgress?.(done, total)
        })
        // Job failures and a throwing onProgress alike end the analysis, never go unhandled.
        .catch((error: unknown) => {
          failure ??= error
        })
      inFlight.add(job)
      void job.finally(() => inFlight.delete(job))
    }

    let batch: string[] = []
    let size = 0
    for await (const text of texts) {
      if (typeof text !== 'string') throw invalid('every document must be text')
      batch.push(text)
      size += text.length
      if (size < batchChars && batch.length < batchDocs) continue
      send(batch)
      batch = []
      size = 0
      // Backpressure: never read far ahead of the workers.
      while (inFlight.size >= workers.size * 2 && failure === undefined) {
        await Promise.race(inFlight)
      }
      if (failure !== undefined) break
    }
    if (batch.length > 0 && failure === undefined) send(batch)
    await Promise.all(inFlight)
    if (failure !== undefined) throw failure
    if (!single && counter.counts.size > 0) {
      // The IDF table lives in the workers; one lookup for the whole corpus's words.
      const { idf } = await workers.run({ idfFor: counter.idfWords() })
      if (idf) counter.setIdf(idf.entries, idf.median)
    }
    const words = counter.rank(analyzeOptions.top)
    const { chars, tokens, files } = counter
    return {
      words,
      emphasis: 'count',
      files,
      chars,
      tokens,
      ms: Math.round(performance.now() - started)
    }
  }

  return {
    setFolder(folder) {
      if (folder !== null && typeof folder !== 'string') {
        return Promise.reject(invalid('folder must be a path'))
      }
      settling = settling.catch(() => {}).then(() => applyFolder(folder))
      return settling
    },
    async analyzeText(text, analyzeOptions) {
      if (text.length > maxAnalyzeChars) {
        const millions = (n: number): string => (n / 1024 / 1024).toFixed(1)
        throw new PostcloudError(
          'TOO_LARGE',
          `The text is ${millions(text.length)} M characters; word clouds count at most ${millions(maxAnalyzeChars)} M.`
        )
      }
      return analyze([text], analyzeOptions, undefined, true)
    },
    analyzeCorpus(texts, analyzeOptions, onProgress) {
      return analyze(texts, analyzeOptions, onProgress, false)
    },
    async warmUp(workers = 1) {
      await (await currentPool()).warm(workers)
    },
    async close() {
      closed = true
      await settling.catch(() => {})
      await pool?.close()
      pool = undefined
      await dictFiles.dispose()
    }
  }
}
