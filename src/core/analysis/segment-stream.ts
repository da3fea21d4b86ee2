import type { AnalysisCache } from './cache'
import { decodeEntry } from './cache/entry-format'
import type { WorkerPool } from './pool'
import type { SegmentJob, SegmentReply } from './protocol'
import type { SegmentedPost } from './segmented'

/** Documents go to the workers in batches of about this many characters: few messages, even spread. */
const batchChars = 128 * 1024
const batchDocs = 256
/** Cache reads in flight at once: enough to hide the disk, few enough to bound memory. */
const readsInFlight = 32

export type SegmentPool = WorkerPool<SegmentJob, SegmentReply>

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
  texts: AsyncIterable<string> | Iterable<string>,
  markdown: boolean,
  sources: SegmentSources,
  onPost: (index: number, post: SegmentedPost) => void,
  onProgress?: (done: number) => void
): Promise<void> {
  // Entries are segmentations of Markdown; plain text (rare: an API option) is never cached.
  const cache = markdown ? sources.cache : undefined
  const inFlight = new Set<Promise<void>>()
  let pool: SegmentPool | undefined
  let failure: unknown
  let done = 0
  let batch: Array<{ index: number; text: string }> = []
  let batchSize = 0

  const finish = (index: number, post: SegmentedPost): void => {
    onPost(index, post)
    onProgress?.(++done)
  }
  const track = (work: Promise<void>): void => {
    const tracked = work.catch((error: unknown) => {
      failure ??= error
    })
    inFlight.add(tracked)
    void tracked.finally(() => inFlight.delete(tracked))
  }
  const send = (items: Array<{ index: number; text: string }>): void => {
    track(
      (async () => {
        pool ??= await sources.pool()
        const texts = items.map((item) => item.text)
        const { entries } = await pool.run({ texts, markdown, fingerprint: sources.fingerprint })
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
  const queue = (index: number, text: string): void => {
    batch.push({ index, text })
    batchSize += text.length
    if (batchSize < batchChars && batch.length < batchDocs) return
    send(batch)
    batch = []
    batchSize = 0
  }

  let index = 0
  for await (const text of texts) {
    const at = index++
    if (cache) {
      track(
        cache.get(text).then((hit) => {
          if (hit) finish(at, hit)
          else queue(at, text)
        })
      )
    } else queue(at, text)
    // Backpressure: never read far ahead of the cache or the workers.
    while (inFlight.size >= readsInFlight + (pool?.size ?? 1) * 2 && failure === undefined) {
      await Promise.race(inFlight)
    }
    if (failure !== undefined) break
  }
  // Cache reads may still queue texts: wait for them before the last batch goes out.
  while (inFlight.size > 0) {
    await Promise.all(inFlight)
    if (batch.length > 0 && failure === undefined) {
      send(batch)
      batch = []
    }
  }
  if (batch.length > 0 && failure === undefined) {
    send(batch)
    await Promise.all(inFlight)
  }
  if (failure !== undefined) throw failure
}
