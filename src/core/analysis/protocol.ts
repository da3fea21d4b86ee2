import type { SegmentedPost } from './segmented'

/** `workerData` of an analysis worker: fixed for its life (a new user dict means a new worker). */
export interface WorkerSetup {
  /** jieba's own dictionaries, when not where nodejieba says (a packaged app's app.asar.unpacked). */
  jiebaDictDir?: string
  /** Absolute paths of jieba user dictionaries, already sanitised. */
  userDict: string[]
  /** The user dictionaries' words: never re-split, never part of a compound. */
  userWords: string[]
  /** Stand-ins for nodejieba's unused keyword-extractor files (see SegmenterOptions). */
  extractorStubs?: { idf: string; stopWords: string }
}

/** A batch of documents to segment, each on its own (see segmentPost). */
export interface SegmentJob {
  texts: string[]
  /** Each text's entry key, when the sender has it (else the worker works it out). */
  keys?: string[]
  markdown: boolean
  /** The cache's fingerprint: each answer comes as the cache entry it would be stored as. */
  fingerprint: string
}

/**
 * One text's segmentation as the bytes of its cache entry (sent without a copy, stored as they
 * are, read lazily), or as a plain value in the rare case it cannot be stored exactly.
 */
export type SegmentedEntry = { key: string; bytes: Uint8Array } | { post: SegmentedPost }

/** What a worker answers (the pool adds and strips the `id`): one entry per text, in order. */
export interface SegmentReply {
  entries: SegmentedEntry[]
}
