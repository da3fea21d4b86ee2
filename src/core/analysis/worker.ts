/**
 * The analysis worker thread: owns a jieba segmenter and turns batches of documents into their
 * segmentations (segment-post.ts); everything that depends on other posts or on the word lists
 * happens on the main thread, on top of the (cached) result. Bundled as
 * out/main/analysis-worker.js, started from source under tsx in tests. Every path arrives through
 * workerData: no import.meta, no __dirname.
 *
 * Protocol: posts `{ ready: true }` once loaded; answers `{ id, ...SegmentJob }` with
 * `{ id, entries }` (each post as the bytes of its cache entry), and failures with `{ id, error }`. A setup failure is thrown, so the pool sees
 * the error.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { encodeEntry } from './cache/entry-format'
import { entryKey } from './cache/entry-key'
import type { SegmentJob, SegmentReply, SegmentedEntry, WorkerSetup } from './protocol'
import { segmentedPostOf } from './segmented'
import { segmentPost } from './segment-post'
import type { SegmentTools } from './segment-post'
import { loadSegmenter } from './segmenter'

const port = parentPort
if (!port) throw new Error('the analysis worker must run in a worker thread')

const setup = workerData as WorkerSetup
const segmenter = loadSegmenter({
  dictDir: setup.jiebaDictDir,
  userDict: setup.userDict,
  extractorStubs: setup.extractorStubs
})
const tools: SegmentTools = {
  cutIds: segmenter.cutIds,
  known: segmenter.known,
  protectedWords: new Set(setup.userWords)
}

/** Each text's entry; the bytes go in the transfer list, so the main thread gets them uncopied. */
function handle(job: SegmentJob): { reply: SegmentReply; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = []
  const entries = job.texts.map((text): SegmentedEntry => {
    const segmented = segmentPost(text, job.markdown, tools)
    const key = entryKey(job.fingerprint, text)
    const encoded = encodeEntry(key, segmented)
    if (!encoded) return { post: segmentedPostOf(segmented) }
    // A fresh buffer of its own: a pooled one would carry other bytes along (or refuse to move).
    const bytes = new Uint8Array(encoded)
    transfer.push(bytes.buffer)
    return { key, bytes }
  })
  return { reply: { entries }, transfer }
}

port.on('message', (message: { id: number } & SegmentJob) => {
  try {
    const { reply, transfer } = handle(message)
    port.postMessage({ id: message.id, ...reply }, transfer)
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error)
    port.postMessage({ id: message.id, error: text })
  }
})
port.postMessage({ ready: true })
