import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { segmentedIdsOf } from '../segmented'
import type { SegmentedPost } from '../segmented'
import type { TextSource } from '../text-source'
import { defaultCacheDir } from './cache-dir'
import { entryKey, entryPath, layoutFolder } from './entry-key'
import { decodeEntry, encodeEntry } from './entry-format'
import { readEntryFile, touchEntryFile, writeEntryFile } from './entry-files'
import { pruneCache } from './prune'
import { decodeMemo, encodeMemo, memoPath } from './result-memo'
import type { StoredMemo } from './result-memo'

/**
 * The on-disk cache of each post's segmentation. It can only ever make analysis faster: a missing,
 * damaged or foreign entry reads as a miss, and a cache that cannot be written quietly stops
 * writing. Two processes may share it; each write is atomic.
 */
export interface AnalysisCache {
  /** The cached segmentation of this exact text, or undefined (missing, damaged, foreign). */
  get(text: TextSource): Promise<SegmentedPost | undefined>
  /** get for the text whose key (keyOf) is `key`. */
  getByKey(key: string): Promise<SegmentedPost | undefined>
  /** Stores `value` for `text`; resolves once written (or given up: a write never rejects). */
  set(text: TextSource, value: SegmentedPost): Promise<void>
  /** Stores an entry a worker encoded already (`encodeEntry` under `entryKey` of this fingerprint). */
  store(key: string, bytes: Uint8Array): Promise<void>
  /** The key this text's entry is stored under. */
  keyOf(text: TextSource): string
  /** The memo called `name` (see result-memo.ts), or undefined when there is none that reads. */
  readMemo(name: string): Promise<StoredMemo | undefined>
  /** Stores a memo; resolves once written (or given up: a write never rejects). */
  writeMemo(name: string, inputs: string, value: unknown): Promise<void>
  /** Waits for pending writes, then prunes to the bound (least recently used first). */
  settle(): Promise<void>
  /** Why the cache stopped writing (e.g. its folder is read-only), or undefined while it works. */
  readonly problem: Error | undefined
}

export interface AnalysisCacheOptions {
  /** The cache folder; `defaultCacheDir()` by default. Entries go in its `v1/` folder. */
  dir?: string
  /** The bound on the entries' total size; 200 MB by default. */
  maxBytes?: number
  /** Everything besides the text that changes a segmentation: dictionaries, user dictionary, code. */
  fingerprint: string
}

export const defaultMaxBytes = 200 * 1024 * 1024

/**
 * A read refreshes an entry's mtime (its "last used") only when older than this: the bound
 * needs no finer order, and a warm run then costs no write per read.
 */
const touchAfterMs = 10 * 60 * 1000

export function openAnalysisCache(options: AnalysisCacheOptions): AnalysisCache {
  const { fingerprint, maxBytes = defaultMaxBytes } = options
  // The key hashes fingerprint + '\0' + text: a NUL in the fingerprint would make keys ambiguous.
  if (fingerprint.includes('\0')) throw new Error('A cache fingerprint cannot contain NUL')
  const root = join(options.dir ?? defaultCacheDir(), layoutFolder)
  const pending = new Set<Promise<void>>()
  let problem: Error | undefined
  let wroteSincePrune = false
  // A cache that held nothing when opened holds what this run wrote, so it needs no listing to
  // know its size (the first run on a machine lists no 400 files just to keep them all).
  // Another process filling it at the same time can take it past the bound until the next prune.
  const startedEmpty = isEmptyFolder(root)
  let bytesWritten = 0

  const track = (work: Promise<void>): Promise<void> => {
    pending.add(work)
    void work.finally(() => pending.delete(work))
    return work
  }

  /** Writes a file of the cache (an entry or a memo) atomically; a failure stops all writing. */
  const write = (path: string, bytes: Uint8Array): Promise<void> => {
    if (problem) return Promise.resolve()
    return track(
      writeEntryFile(path, bytes).then(
        () => {
          wroteSincePrune = true
          bytesWritten += bytes.length
        },
        (error: Error) => {
          problem ??= error
        }
      )
    )
  }

  return {
    get problem() {
      return problem
    },

    get(text) {
      return this.getByKey(entryKey(fingerprint, text))
    },

    async getByKey(key) {
      const path = entryPath(root, key)
      const file = await readEntryFile(path)
      const value = file && decodeEntry(key, file.bytes)
      if (value && Date.now() - file.mtimeMs > touchAfterMs) {
        void track(touchEntryFile(path, new Date()))
      }
      return value
    },

    set(text, value) {
      const key = entryKey(fingerprint, text)
      const bytes = encodeEntry(key, segmentedIdsOf(value))
      return bytes ? this.store(key, bytes) : Promise.resolve()
    },

    store(key, bytes) {
      return write(entryPath(root, key), bytes)
    },

    keyOf(text) {
      return entryKey(fingerprint, text)
    },

    async readMemo(name) {
      const file = await readEntryFile(memoPath(root, fingerprint, name))
      return file && decodeMemo(file.bytes)
    },

    writeMemo(name, inputs, value) {
      return write(memoPath(root, fingerprint, name), encodeMemo(inputs, value))
    },

    async settle() {
      while (pending.size > 0) await Promise.all(pending)
      if (!wroteSincePrune) return
      wroteSincePrune = false
      if (startedEmpty && bytesWritten <= maxBytes) return
      await pruneCache(root, maxBytes).catch(() => undefined)
    }
  }
}

/** True for a folder that does not exist yet or holds nothing. */
function isEmptyFolder(folder: string): boolean {
  try {
    return readdirSync(folder).length === 0
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
  }
}
