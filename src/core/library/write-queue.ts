/**
 * One promise chain per file: saves of the same file in this process run one after another, so the
 * second sees the first one's result on disk (and conflicts properly) instead of racing it. Kept
 * module-wide so two Library objects on one folder share it; the disk stamp check covers other
 * processes.
 */
const tails = new Map<string, Promise<unknown>>()

export function queueWrite<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve()
  const run = previous.then(task, task)
  const tail = run.catch(() => undefined)
  tails.set(key, tail)
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key)
  })
  return run
}
