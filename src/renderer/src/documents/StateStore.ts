/**
 * A state object replaced as a whole on every change, never mutated, with listeners told after
 * each change: what useSyncExternalStore reads. The snapshot keeps its identity while nothing
 * changed, so React renders only when something did.
 */
export class StateStore<T extends object> {
  private state: T
  private readonly listeners = new Set<() => void>()

  constructor(initial: T) {
    this.state = initial
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** The state now: the same object until something changes. */
  readonly getSnapshot = (): T => this.state

  /** A new state object, and the listeners told, only when a field really changed. */
  update(change: Partial<T>): void {
    const keys = Object.keys(change) as (keyof T)[]
    if (keys.every((key) => change[key] === this.state[key])) return
    this.state = { ...this.state, ...change }
    for (const listener of this.listeners) listener()
  }
}
