import type { AnalysisCache } from './cache'
import { decodeEntry } from './cache/entry-format'
import type { WorkerPool } from './pool'
import type { SegmentJob, SegmentReply } from './protocol'
import type { SegmentedPost } from './segmented'
import { textOf } from './text-source'
import type { TextSource } from './text-source'

/** Documents go to the workers in batches of about this many characters: few messages, even spread. */
const batchChars = 128 * 1024
const batchDocs = 256
/** Cache reads in flight at once: enough to hide the disk. */
const readsInFlight = 32
/**
 * Text handed to the workers and not yet answered, at most: a 9 MB folder is read whole before
 * the workers are done with its first posts (the reading thread is then free to segment too,
 * see WorkerPool.helpHere), and a huge one still holds a bounded share in memory.
 */
const maxQueuedChars = 32 * 1024 * 1024

export type SegmentPool = WorkerPool<SegmentJob, SegmentReply>

export interface SegmentHooks {
  /** After each text is ready. */
  onProgress?: (done: number) => void
  /**
   * Once every text was answered from the cache or handed to a worker (started, if it had to
   * be): a caller can do its own heavy work now without delaying a worker's start.
   */
  onDispatched?: () => void
  /** Each text's cache key (text `index` of the stream) as it is read; not without a cache. */
  onKey?: (index: number, key: string) => void
}

export interface SegmentSources {
  /** The analysis cache, or undefined when there is none (then every text is segmented). */
  cache: AnalysisCache | undefined
  /** The cache's fingerprint: workers answer with entries made under it. */
  fingerprint: string
  /** Started only when a text is missing from the cache: a warm run never loads jieba. */
  pool: () => Promise<SegmentPool>
}

/**
 * Segments every text, calling `onPost(index, post)` as each is ready (not in order: cached ones
 * come first). Cached texts are read from the cache; the others go to the workers in batches and
 * their results are cached. Throws the first failure after the work in flight has ended.
 */
export async function segmentTexts(
  texts: AsyncIterable<TextSource> | Iterable<TextSource>,
  markdown: boolean,
  sources: SegmentSources,
  onPost: (index: number, post: SegmentedPost) => void,
  hooks: SegmentHooks = {}
): Promise<void> {
  // Entries are segmentations of Markdown; plain text (rare: an API option) is never cached.
  const cache = markdown ? sources.cache : undefined
  const inFlight = new Set<Promise<void>>()
  let pool: SegmentPool | undefined
  let failure: unknown
  let done = 0
  let batch: Array<{ index: number; text: string; key?: string }> = []
  let batchSize = 0

  const finish = (index: number, post: SegmentedPost): void => {
    onPost(index, post)
    hooks.onProgress?.(++done)
  }
  // Cache reads that may still queue a text, and batches not yet handed to a worker.
  const reads = new Set<Promise<void>>()
  let handing = 0
  let inputDone = false
  let dispatched = false
  const maybeDispatched = (): void => {
    if (dispatched || !inputDone || reads.size > 0 || batch.length > 0 || handing > 0) return
    dispatched = true
    hooks.onDispatched?.()
  }
  const track = (work: Promise<void>): void => {
    const tracked = work.catch((error: unknown) => {
      failure ??= error
    })
    inFlight.add(tracked)
    void tracked.finally(() => inFlight.delete(tracked))
  }
  // Characters handed to the workers and not answered yet (see maxQueuedChars).
  let queuedChars = 0
  const send = (items: Array<{ index: number; text: string; key?: string }>): void => {
    handing++
    const chars = items.reduce((sum, item) => sum + item.text.length, 0)
    queuedChars += chars
    track(
      (async () => {
        let running: Promise<SegmentReply>
        const texts = items.map((item) => item.text)
        // The keys found here spare the worker hashing each text again.
        const keys = items.every((item) => item.key !== undefined)
          ? items.map((item) => item.key as string)
          : undefined
        try {
          pool ??= await sources.pool()
          running = pool.run({ texts, keys, markdown, fingerprint: sources.fingerprint })
        } finally {
          handing--
          maybeDispatched()
        }
        const { entries } = await running.finally(() => (queuedChars -= chars))
        entries.forEach((entry, k) => {
          if ('post' in entry) {
            finish(items[k].index, entry.post)
            void cache?.set(texts[k], entry.post)
            return
          }
          const { key, bytes } = entry
          const post = decodeEntry(
            key,
            Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
          )
          if (!post) throw new Error('a worker sent a segmentation that does not read back')
          finish(items[k].index, post)
          void cache?.store(key, bytes)
        })
      })()
    )
  }
  const queue = (index: number, text: string, key?: string): void => {
    batch.push({ index, text, key })
    batchSize += text.length
    if (batchSize < batchChars && batch.length < batchDocs) return
    send(batch)
    batch = []
    batchSize = 0
    handedOff = true
  }

  // Set when a batch went to the workers: the loop then lets I/O run (the pool starting, a worker
  // answering), which reading the posts synchronously would otherwise hold off until the end.
  let handedOff = false
  let index = 0
  for await (const source of texts) {
    const at = index++
    if (cache) {
      const key = cache.keyOf(source)
      hooks.onKey?.(at, key)
      const read = cache.getByKey(key).then((hit) => {
        if (hit) finish(at, hit)
        else queue(at, textOf(source), key)
      })
      reads.add(read)
      void read.finally(() => reads.delete(read)).catch(() => undefined)
      track(read)
    } else queue(at, textOf(source))
    // Backpressure: never read far ahead of the cache or the workers.
    while (
      (reads.size >= readsInFlight || queuedChars >= maxQueuedChars) &&
      failure === undefined
    ) {
      await Promise.race(inFlight)
    }
    if (failure !== undefined) break
    if (handedOff) {
      handedOff = false
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  // The last cache reads may still queue texts; then the last batch goes out at once.
  while (reads.size > 0) await Promise.allSettled(reads)
  if (batch.length > 0 && failure === undefined) {
    send(batch)
    batch = []
  }
  inputDone = true
  maybeDispatched()
  // Everything is read: this thread may segment too (a batch command's pool lets it).
  if (queuedChars > 0) void sources.pool().then((started) => started.helpHere())
  while (inFlight.size > 0) await Promise.all(inFlight)
  if (failure !== undefined) throw failure
}
