import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { sassWorkerSource } from './sass-worker-source'

export interface SassJob {
  /** Real path of the stylesheet (relative imports resolve next to it). */
  entry: string
  /** Its text after the front matter. */
  source: string
  indented: boolean
  /** Real folders searched for `@import "name"`. */
  loadPaths: string[]
  /** Real roots no file may leave (the site, the theme). */
  roots: string[]
  style: 'expanded' | 'compressed'
}

export type SassRun =
  | { ok: true; css: string; files: Array<[string, string]> }
  | {
      ok: false
      message: string
      /** Real path of the file the error is in, when Sass knows it. */
      file: string | null
      line: number | null
      files: Array<[string, string]>
      timedOut?: boolean
    }

interface Pending {
  id: number
  job: SassJob
  resolve: (run: SassRun) => void
}

/**
 * One long-lived worker thread runs Sass (loading `sass` costs ~0.3 s, so it is kept). Jobs run
 * one at a time; a job that runs past the time limit (an endless `@while`) terminates the worker,
 * which the next job starts afresh.
 */
class SassRunner {
  private worker: Worker | null = null
  private readonly queue: Pending[] = []
  private running: { pending: Pending; timer: NodeJS.Timeout } | null = null
  private nextId = 1

  constructor(private readonly timeoutMs: number) {}

  run(job: SassJob): Promise<SassRun> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve })
      this.pump()
    })
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const sassPath = createRequire(import.meta.url).resolve('sass')
    // No execArgv: the code is plain JS, and an inherited loader (tsx) would keep the process alive.
    const worker = new Worker(sassWorkerSource, {
      eval: true,
      execArgv: [],
      workerData: { sassPath }
    })
    worker.on('message', (message: { id: number; result: SassRun }) =>
      this.finish(message.id, message.result)
    )
    worker.on('error', (error: Error) => this.fail(error.message))
    worker.on('exit', () => {
      // A worker we terminated on a timeout is already replaced; its exit concerns no job.
      if (this.worker !== worker) return
      this.worker = null
      this.fail('The Sass worker stopped')
    })
    // After the listeners: adding a 'message' listener refs the worker's port again.
    worker.unref()
    this.worker = worker
    return worker
  }

  private pump(): void {
    if (this.running) return
    const pending = this.queue.shift()
    if (!pending) return
    const worker = this.ensureWorker()
    const timer = setTimeout(() => {
      this.worker = null
      void worker.terminate()
      this.finish(pending.id, {
        ok: false,
        message: `Sass stopped after ${this.timeoutMs / 1000} s (an endless @while or @for?)`,
        file: pending.job.entry,
        line: null,
        files: [],
        timedOut: true
      })
    }, this.timeoutMs)
    this.running = { pending, timer }
    worker.postMessage({ id: pending.id, ...pending.job })
  }

  private finish(id: number, result: SassRun): void {
    if (!this.running || this.running.pending.id !== id) return
    clearTimeout(this.running.timer)
    const { pending } = this.running
    this.running = null
    pending.resolve(result)
    this.pump()
  }

  private fail(message: string): void {
    if (!this.running) return
    this.finish(this.running.pending.id, {
      ok: false,
      message,
      file: null,
      line: null,
      files: []
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }
}

let runner: SassRunner | null = null
let runnerTimeout = 10_000

/** Compiles in the shared Sass worker. */
export function runSass(job: SassJob): Promise<SassRun> {
  runner ??= new SassRunner(runnerTimeout)
  return runner.run(job)
}

/** Sets the time limit of later jobs (tests use a short one); stops the current worker. */
export async function setSassTimeout(ms: number): Promise<void> {
  runnerTimeout = ms
  await closeSass()
}

/** Stops the Sass worker (it starts again on the next job). */
export async function closeSass(): Promise<void> {
  const current = runner
  runner = null
  if (current) await current.close()
}
