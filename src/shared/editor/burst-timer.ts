/** The clock and timer a BurstTimer uses; tests pass fake ones. */
export interface TimerHost {
  now(): number
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const realTimers: TimerHost = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

interface Pending {
  handle: unknown
  /** When the first poke of this burst came: the run is never later than `firstAt + maxWaitMs`. */
  firstAt: number
}

/**
 * Runs a callback per key once a burst of pokes has been quiet for `quietMs`, and at the latest
 * `maxWaitMs` after the burst's first poke, so steady typing still gets its backup every couple
 * of seconds instead of only when the writer pauses.
 */
export class BurstTimer {
  private readonly pending = new Map<string, Pending>()

  constructor(
    private readonly run: (key: string) => void,
    private readonly quietMs: number,
    private readonly maxWaitMs: number = Infinity,
    private readonly timers: TimerHost = realTimers
  ) {}

  /** Something happened to `key`: (re)starts its countdown. */
  poke(key: string): void {
    const now = this.timers.now()
    const current = this.pending.get(key)
    if (current) this.timers.clearTimeout(current.handle)
    const firstAt = current?.firstAt ?? now
    const delay = Math.max(0, Math.min(this.quietMs, firstAt + this.maxWaitMs - now))
    const handle = this.timers.setTimeout(() => this.fire(key), delay)
    this.pending.set(key, { handle, firstAt })
  }

  /** Forgets a key's countdown without running it. */
  cancel(key: string): void {
    const current = this.pending.get(key)
    if (!current) return
    this.timers.clearTimeout(current.handle)
    this.pending.delete(key)
  }

  /** Runs every pending key now (e.g. when the page is being hidden). */
  flush(): void {
    for (const key of [...this.pending.keys()]) this.fire(key)
  }

  cancelAll(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key)
  }

  isPending(key: string): boolean {
    return this.pending.has(key)
  }

  private fire(key: string): void {
    this.cancel(key)
    this.run(key)
  }
}
