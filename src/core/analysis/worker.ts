/**
 * The analysis worker thread: owns a jieba segmenter and turns batches of documents into their
 * segmentations (segment-post.ts); everything that depends on other posts or on the word lists
 * happens on the main thread, on top of the (cached) result. Bundled as
 * out/main/analysis-worker.js, started from source under tsx in tests. Every path arrives through
 * workerData: no import.meta, no __dirname.
 *
 * Protocol: posts `{ ready: true }` once loaded; answers `{ id, ...SegmentJob }` with
 * `{ id, posts }`, and failures with `{ id, error }`. A setup failure is thrown, so the pool sees
 * the error.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { SegmentJob, SegmentReply, WorkerSetup } from './protocol'
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
  cut: segmenter.cut,
  known: segmenter.known,
  protectedWords: new Set(setup.userWords)
}

function handle(job: SegmentJob): SegmentReply {
  return { posts: job.texts.map((text) => segmentPost(text, job.markdown, tools)) }
}

port.on('message', (message: { id: number } & SegmentJob) => {
  try {
    port.postMessage({ id: message.id, ...handle(message) })
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error)
    port.postMessage({ id: message.id, error: text })
  }
})
port.postMessage({ ready: true })
