import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { PostcloudError } from '@shared/errors'

/**
 * A lazily started pool of worker threads with a queue. Workers are spawned only when a job finds
 * no idle one (so one analyzeText starts one worker), are unref'd once loaded and idle (a
 * forgotten pool never keeps a command-line process alive), and a dead worker fails only its own
 * job: the pool replaces it and keeps going.
 *
 * Worker protocol: the worker posts `{ ready: true }` when loaded and answers each `{ id, ...job }`
 * with `{ id, ...result }` or `{ id, error: string }`; throwing during setup is a startup failure.
 */

export interface PoolOptions {
  script: string
  execArgv?: string[]
  workerData?: unknown
  /** Upper bound on workers; capped by the machine's parallelism. Default: defaultPoolSize. */
  size?: number
}

/**
 * Analysis workers by default: one per core, at most 4. The workers share one jieba dictionary
 * (patches/nodejieba: one per process, not per thread), so each one past the first costs its
 * own JS heap (~30 MB), not another ~115 MB dictionary. The main thread mostly waits for them
 * (it reads the posts, keeps the cache and counts); on two cores two workers cut a 9 MB folder
 * in less time than one.
 */
export const defaultPoolSize = Math.max(1, Math.min(4, availableParallelism()))

interface Job {
  id: number
  payload: object
  resolve: (reply: Record<string, unknown>) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  job: Job | null
  ready: boolean
  failure?: string
  whenReady: Promise<void>
}

function stopped(message: string): PostcloudError {
  return new PostcloudError('INTERNAL', message)
}

export class WorkerPool<Payload extends object, Reply extends object> {
  readonly size: number
  private readonly slots: Slot[] = []
  private readonly queue: Job[] = []
  private nextId = 1
  private closed = false
  /** Set when a worker failed to start; no more are spawned until one starts fine. */
  private startupBroken = false
  private idleWaiters: Array<() => void> = []

  constructor(private readonly options: PoolOptions) {
    const wanted = options.size ?? defaultPoolSize
    this.size = Math.max(1, Math.min(availableParallelism(), Math.floor(wanted)))
  }

  /** Workers currently running (started lazily). */
  get started(): number {
    return this.slots.length
  }

  run(payload: Payload): Promise<Reply> {
    if (this.closed) return Promise.reject(stopped('the analyzer is closed'))
    return new Promise<Reply>((resolve, reject) => {
      const job: Job = { id: this.nextId++, payload, reject, resolve: (r) => resolve(r as Reply) }
      this.queue.push(job)
      this.pump()
    })
  }

  /** Starts workers until `count` run (at most the pool's size) and waits until they have loaded. */
  async warm(count = 1): Promise<void> {
    if (this.closed) throw stopped('the analyzer is closed')
    const wanted = Math.max(1, Math.min(this.size, count))
    while (this.slots.length < wanted) this.spawn()
    await Promise.all(this.slots.slice(0, wanted).map((slot) => slot.whenReady))
  }

  /** Resolves once no job is queued or running. */
  idle(): Promise<void> {
    if (this.queue.length === 0 && this.slots.every((slot) => !slot.job)) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Terminates every worker; queued and running jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(stopped('the analyzer was closed'))
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((candidate) => !candidate.job)
      if (!slot) {
        const mayGrow = !this.startupBroken || this.slots.length === 0
        if (this.slots.length >= this.size || !mayGrow) break
        slot = this.spawn()
      }
      const job = this.queue.shift() as Job
      slot.job = job
      slot.worker.ref()
      slot.worker.postMessage({ ...job.payload, id: job.id })
    }
    if (this.queue.length === 0 && this.slots.every((slot) => !slot.job)) {
      for (const wake of this.idleWaiters.splice(0)) wake()
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.script, {
      execArgv: this.options.execArgv,
      workerData: this.options.workerData
    })
    let markReady = (): void => {}
    let markFailed = (_error: Error): void => {}
    const whenReady = new Promise<void>((resolve, reject) => {
      markReady = resolve
      markFailed = reject
    })
    whenReady.catch(() => {}) // observed through warm() only
    const slot: Slot = { worker, job: null, ready: false, whenReady }
    this.slots.push(slot)
    worker.on('message', (message: Record<string, unknown>) => {
      if (message.ready === true) {
        slot.ready = true
        this.startupBroken = false
        // A loading worker holds the process (someone waits for it); a loaded idle one does not.
        // (unref() must come after the listeners: adding a 'message' listener refs again.)
        if (!slot.job) worker.unref()
        markReady()
        return
      }
      const job = slot.job
      if (!job || message.id !== job.id) return
      slot.job = null
      worker.unref()
      if (typeof message.error === 'string')
        job.reject(stopped(`analysis failed: ${message.error}`))
      else {
        const reply = { ...message }
        delete reply.id
        job.resolve(reply)
      }
      this.pump()
    })
    worker.on('error', (error) => {
      slot.failure = error.message
    })
    worker.on('exit', (code) => this.onExit(slot, code, markFailed))
    return slot
  }

  private onExit(slot: Slot, code: number, markFailed: (error: Error) => void): void {
    this.slots.splice(this.slots.indexOf(slot), 1)
    const cause = slot.failure ?? `exit code ${code}`
    const reason = this.closed
      ? 'the analyzer was closed'
      : slot.ready
        ? `the analysis worker stopped unexpectedly (${cause}); this job was abandoned, try again`
        : `the analysis worker could not start (${cause})`
    const error = stopped(reason)
    markFailed(error)
    slot.job?.reject(error)
    if (this.closed) return
    if (!slot.ready) {
      this.startupBroken = true
      // Jobs waiting for a worker would meet the same failure if no worker is healthy.
      if (!this.slots.some((other) => other.ready)) {
        for (const job of this.queue.splice(0)) job.reject(error)
      }
    }
    this.pump()
  }
}
