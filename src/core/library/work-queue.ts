/**
 * Runs `work` over a queue that grows while it runs (a folder walk finds more folders), with at
 * most `limit` tasks in flight. Resolves when the queue is empty and nothing is running.
 */
export function runQueue<T>(
  initial: T[],
  limit: number,
  work: (item: T, push: (next: T) => void) => Promise<void>
): Promise<void> {
  const pending = [...initial]
  let active = 0
  return new Promise((resolve, reject) => {
    let failed = false
    const push = (next: T): void => {
      pending.push(next)
    }
    const pump = (): void => {
      if (failed) return
      if (pending.length === 0 && active === 0) {
        resolve()
        return
      }
      while (active < limit && pending.length > 0) {
        const item = pending.shift() as T
        active += 1
        work(item, push).then(
          () => {
            active -= 1
            pump()
          },
          (error: unknown) => {
            failed = true
            reject(error)
          }
        )
      }
    }
    pump()
  })
}
