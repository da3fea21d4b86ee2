import type { PartialCounts } from '@shared/text'

/** `workerData` of an analysis worker: fixed for its life (a new user dict means a new worker). */
export interface WorkerSetup {
  /** jieba's own dictionaries, when not where nodejieba says (a packaged app's app.asar.unpacked). */
  jiebaDictDir?: string
  /** Absolute paths of jieba user dictionaries, already sanitised. */
  userDict: string[]
  /** Bundled stopwords (Chinese and English). */
  stopwords: string[]
  /** Bundled one-character keep-words. */
  keepWords: string[]
  /** Stand-ins for nodejieba's unused keyword-extractor files (see SegmenterOptions). */
  extractorStubs?: { idf: string; stopWords: string }
}

/** One batch of documents. The folder's and the call's lists travel with every job. */
export interface CountJob {
  texts: string[]
  markdown: boolean
  stopwords: string[]
  keepWords: string[]
  /** Also look up the IDF of the counted words (one-batch analyses save a round trip). */
  withIdf: boolean
}

/** IDF values for the given words, asked once a corpus is counted. */
export interface IdfJob {
  idfFor: string[]
}

export type AnalyzeJob = CountJob | IdfJob

export interface IdfAnswer {
  /** Words the table knows; the others get `median`. */
  entries: Array<[string, number]>
  median: number
}

/** What a worker answers (the pool adds and strips the `id`). */
export interface AnalyzeReply {
  partial?: PartialCounts
  idf?: IdfAnswer
}
