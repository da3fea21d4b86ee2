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

export interface PoolOptions<Payload, Reply> {
  script: string
  execArgv?: string[]
  workerData?: unknown
  /** Upper bound on threads; capped by the machine's parallelism. Default: defaultPoolSize. */
  size?: number
  /**
   * Runs a job on the calling thread, which then is one of the pool's `size` threads: once the
   * caller says it is free (helpHere), it takes a job whenever every worker has its fill, and
   * runs it between its own tasks. For a batch command whose thread mostly waits once it has
   * read its input: one worker fewer to start and to hold in memory.
   */
  runHere?: (payload: Payload) => Reply | Promise<Reply>
}

/**
 * Analysis threads by default: one per core, at most 4. They share one jieba dictionary
 * (patches/nodejieba: one per process, not per thread), so each one past the first costs its
 * own JS heap (~30 MB), not another ~115 MB dictionary. In the app and `serve` they are all
 * workers, and the main thread mostly waits for them (it reads the posts, keeps the cache and
 * counts); a batch command's own thread is one of them once it has read its input (runHere).
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
  /** Sent to the worker, in the order it answers them: the one running first. */
  jobs: Job[]
  ready: boolean
  failure?: string
  whenReady: Promise<void>
}

function stopped(message: string): PostcloudError {
  return new PostcloudError('INTERNAL', message)
}

export class WorkerPool<Payload extends object, Reply extends object> {
  readonly size: number
  /** Workers at most: the size, less the calling thread when it takes jobs too. */
  private readonly workerLimit: number
  private readonly slots: Slot[] = []
  /** The job the calling thread runs, and whether it takes jobs yet (see PoolOptions.runHere). */
  private hereJob: Job | null = null
  private hereFree = false
  /**
   * Jobs a worker holds at once. With the calling thread taking jobs, a second one waits in each
   * worker's queue: a worker that finishes while this thread is busy segmenting (it cannot hand
   * out work then) goes straight on with the next.
   */
  private readonly depth: number
  private readonly queue: Job[] = []
  private nextId = 1
  private closed = false
  /** Set when a worker failed to start; no more are spawned until one starts fine. */
  private startupBroken = false
  private idleWaiters: Array<() => void> = []

  constructor(private readonly options: PoolOptions<Payload, Reply>) {
    const wanted = options.size ?? defaultPoolSize
    this.size = Math.max(1, Math.min(availableParallelism(), Math.floor(wanted)))
    this.workerLimit = options.runHere ? this.size - 1 : this.size
    this.depth = options.runHere ? 2 : 1
    // Without a worker to run them, jobs cannot wait for the caller to be free.
    this.hereFree = this.workerLimit === 0
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

  /** Starts workers until `count` run (at most the pool's workers) and waits until they have loaded. */
  async warm(count = 1): Promise<void> {
    if (this.closed) throw stopped('the analyzer is closed')
    const wanted = Math.min(this.workerLimit, Math.max(1, count))
    while (this.slots.length < wanted) this.spawn()
    await Promise.all(this.slots.slice(0, wanted).map((slot) => slot.whenReady))
  }

  /** The calling thread has nothing else to do: it takes jobs from now on (with runHere). */
  helpHere(): void {
    this.hereFree = true
    this.pump()
  }

  /** Resolves once no job is queued or running. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Terminates every worker; queued and running jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(stopped('the analyzer was closed'))
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && !this.hereJob && this.slots.every((slot) => !slot.jobs.length)
  }

  private pump(): void {
    while (this.queue.length > 0) {
      // An idle worker, else a new one, else one with room in its queue, else this thread.
      let slot = this.slots.find((candidate) => candidate.jobs.length === 0)
      if (!slot) {
        const mayGrow = !this.startupBroken || this.slots.length === 0
        if (this.slots.length < this.workerLimit && mayGrow) slot = this.spawn()
        else slot = this.slots.find((candidate) => candidate.jobs.length < this.depth)
      }
      if (!slot) {
        if (!this.options.runHere || !this.hereFree || this.hereJob) break
        this.runHere(this.queue.shift() as Job, this.options.runHere)
        continue
      }
      const job = this.queue.shift() as Job
      slot.jobs.push(job)
      slot.worker.ref()
      slot.worker.postMessage({ ...job.payload, id: job.id })
    }
    if (this.isIdle()) {
      for (const wake of this.idleWaiters.splice(0)) wake()
    }
  }

  /** Runs the job on this thread once its current task ends, answering as a worker would. */
  private runHere(job: Job, run: (payload: Payload) => Reply | Promise<Reply>): void {
    this.hereJob = job
    setImmediate(() => {
      const ran = this.closed
        ? Promise.reject(stopped('the analyzer was closed'))
        : new Promise<Reply>((resolve) => resolve(run(job.payload as Payload))).catch(
            (error: unknown) => {
              const text = error instanceof Error ? error.message : String(error)
              throw stopped(`analysis failed: ${text}`)
            }
          )
      void ran
        .then((reply) => job.resolve(reply as Record<string, unknown>), job.reject)
        .finally(() => {
          this.hereJob = null
          this.pump()
        })
    })
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
    const slot: Slot = { worker, jobs: [], ready: false, whenReady }
    this.slots.push(slot)
    worker.on('message', (message: Record<string, unknown>) => {
      if (message.ready === true) {
        slot.ready = true
        this.startupBroken = false
        // A loading worker holds the process (someone waits for it); a loaded idle one does not.
        // (unref() must come after the listeners: adding a 'message' listener refs again.)
        if (slot.jobs.length === 0) worker.unref()
        markReady()
        return
      }
      const job = slot.jobs[0]
      if (!job || message.id !== job.id) return
      slot.jobs.shift()
      if (slot.jobs.length === 0) worker.unref()
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
    // The job it was running is lost; the one waiting behind it goes back to the queue.
    const [running, ...waiting] = slot.jobs
    running?.reject(error)
    this.queue.unshift(...waiting)
    if (this.closed) {
      for (const job of this.queue.splice(0)) job.reject(error)
      return
    }
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
