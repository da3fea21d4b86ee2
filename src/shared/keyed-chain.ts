/**
 * One promise chain per key: tasks of the same key run one after another, each starting when the
 * one before has settled (whether it succeeded or failed); tasks of different keys do not wait
 * for each other.
 */
export class KeyedChain {
  private readonly tails = new Map<string, Promise<unknown>>()

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    const run = previous.then(task, task)
    const tail = run.catch(() => undefined)
    this.tails.set(key, tail)
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    return run
  }

  /** Whether a task of this key is running or waiting. */
  busy(key: string): boolean {
    return this.tails.has(key)
  }
}
