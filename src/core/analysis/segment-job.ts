import { encodeEntry } from './cache/entry-format'
import { entryKey } from './cache/entry-key'
import type { SegmentJob, SegmentReply, SegmentedEntry, WorkerSetup } from './protocol'
import { segmentedPostOf } from './segmented'
import { segmentPost } from './segment-post'
import type { SegmentTools } from './segment-post'
import { loadSegmenter } from './segmenter'

/** A job's reply, and the buffers to move (not copy) when it crosses to another thread. */
export interface SegmentOutcome {
  reply: SegmentReply
  transfer: ArrayBuffer[]
}

/**
 * Loads jieba on this thread as `setup` says and returns what answers a SegmentJob: each text
 * segmented (segment-post.ts) and encoded as its cache entry. Runs in an analysis worker, and on
 * the calling thread of a batch command that takes a share of the work (PoolOptions.runHere).
 */
export function segmentJobRunner(setup: WorkerSetup): (job: SegmentJob) => SegmentOutcome {
  const segmenter = loadSegmenter({
    dictDir: setup.jiebaDictDir,
    userDict: setup.userDict,
    extractorStubs: setup.extractorStubs
  })
  const tools: SegmentTools = { ...segmenter, protectedWords: new Set(setup.userWords) }
  return (job) => {
    const transfer: ArrayBuffer[] = []
    const entries = job.texts.map((text, k): SegmentedEntry => {
      const segmented = segmentPost(text, job.markdown, tools)
      const key = job.keys?.[k] ?? entryKey(job.fingerprint, text)
      const encoded = encodeEntry(key, segmented)
      if (!encoded) return { post: segmentedPostOf(segmented) }
      // A fresh buffer of its own: a pooled one would carry other bytes along (or refuse to move).
      const bytes = new Uint8Array(encoded)
      transfer.push(bytes.buffer)
      return { key, bytes }
    })
    return { reply: { entries }, transfer }
  }
}
