/**
 * The analysis worker thread: owns a jieba segmenter and jieba's IDF table, and turns batches of
 * documents into mergeable word counts. Bundled as out/main/analysis-worker.js, started from
 * source under tsx in tests. Every path arrives through workerData: no import.meta, no __dirname.
 *
 * Protocol: posts `{ ready: true }` once loaded; answers `{ id, ...CountJob }` with
 * `{ id, partial, idf? }`, `{ id, idfFor }` with `{ id, idf }`, and failures with `{ id, error }`.
 * A setup failure is thrown, so the pool sees the error.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createWordSet, unionLookup } from '@shared/text'
import type { TokenRules } from '@shared/text'
import { loadIdfIndex } from './idf'
import { countTexts } from './job'
import type { AnalyzeJob, AnalyzeReply, CountJob, IdfAnswer, WorkerSetup } from './protocol'
import { jiebaIdfPath, loadSegmenter } from './segmenter'

const port = parentPort
if (!port) throw new Error('the analysis worker must run in a worker thread')

const setup = workerData as WorkerSetup
const segmenter = loadSegmenter({
  dictDir: setup.jiebaDictDir,
  userDict: setup.userDict,
  extractorStubs: setup.extractorStubs
})
const idf = loadIdfIndex(jiebaIdfPath(setup.jiebaDictDir))
const stopwords = createWordSet(setup.stopwords)
const keepWords = createWordSet(setup.keepWords)

function rulesFor(job: CountJob): TokenRules {
  return {
    stopwords: job.stopwords.length
      ? unionLookup(stopwords, createWordSet(job.stopwords))
      : stopwords,
    keepWords: job.keepWords.length
      ? unionLookup(keepWords, createWordSet(job.keepWords))
      : keepWords
  }
}

function idfOf(words: string[]): IdfAnswer {
  return { entries: idf.lookup(words), median: idf.median }
}

function handle(job: AnalyzeJob): AnalyzeReply {
  if ('idfFor' in job) return { idf: idfOf(job.idfFor) }
  const counter = countTexts(job.texts, {
    markdown: job.markdown,
    rules: rulesFor(job),
    cut: segmenter.cut
  })
  return { partial: counter.toPartial(), idf: job.withIdf ? idfOf(counter.idfWords()) : undefined }
}

port.on('message', (message: { id: number } & AnalyzeJob) => {
  try {
    port.postMessage({ id: message.id, ...handle(message) })
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error)
    port.postMessage({ id: message.id, error: text })
  }
})
port.postMessage({ ready: true })
