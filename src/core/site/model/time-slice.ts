/** Longest stretch a site read keeps the event loop before yielding (as the post index does). */
const sliceMs = 12

/**
 * A yield point for long synchronous loops: sync file calls are several times faster than
 * fs.promises for many small files, and yielding every ~12 ms keeps the process responsive.
 */
export function timeSlicer(): () => Promise<void> {
  let start = performance.now()
  return async (): Promise<void> => {
    if (performance.now() - start < sliceMs) return
    await new Promise((resolve) => setImmediate(resolve))
    start = performance.now()
  }
}
