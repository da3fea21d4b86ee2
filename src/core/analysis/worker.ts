/**
 * The analysis worker thread: owns a jieba segmenter and turns batches of documents into their
 * segmentations (segment-job.ts); everything that depends on other posts or on the word lists
 * happens on the main thread, on top of the (cached) result. Bundled as
 * out/main/analysis-worker.js, started from source under tsx in tests. Every path arrives through
 * workerData: no import.meta, no __dirname.
 *
 * Protocol: posts `{ ready: true }` once loaded; answers `{ id, ...SegmentJob }` with
 * `{ id, entries }` (each post as the bytes of its cache entry, moved, not copied), and failures
 * with `{ id, error }`. A setup failure is thrown, so the pool sees the error.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { SegmentJob, WorkerSetup } from './protocol'
import { segmentJobRunner } from './segment-job'

const port = parentPort
if (!port) throw new Error('the analysis worker must run in a worker thread')

const run = segmentJobRunner(workerData as WorkerSetup)

port.on('message', (message: { id: number } & SegmentJob) => {
  try {
    const { reply, transfer } = run(message)
    port.postMessage({ id: message.id, ...reply }, transfer)
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error)
    port.postMessage({ id: message.id, error: text })
  }
})
port.postMessage({ ready: true })
