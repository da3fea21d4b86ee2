import { useEffect, useState } from 'react'

export interface Deferred<T> {
  value: T
  /** True while `value` was computed from an older input (the new one is waiting for its turn). */
  pending: boolean
}

/**
 * `compute(input)`, kept off the keystroke path: the first value is computed at once, later ones
 * `delayMs` after the input stops changing, in an idle moment of the main thread (or within
 * half a second). `compute` (and `same`) must be stable functions (module-level ones), or they
 * run again on every render. When `same` says a new value equals the previous one, the previous
 * object is kept, so what renders from it is not rebuilt.
 */
export function useDeferredCompute<I, T>(
  input: I,
  compute: (input: I) => T,
  delayMs = 150,
  same?: (previous: T, next: T) => boolean
): Deferred<T> {
  const [state, setState] = useState(() => ({ input, value: compute(input) }))
  useEffect(() => {
    if (Object.is(state.input, input)) return undefined
    let idle: number | undefined
    const run = (): void =>
      setState((previous) => {
        const value = compute(input)
        return { input, value: same && same(previous.value, value) ? previous.value : value }
      })
    const timer = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') {
        idle = window.requestIdleCallback(run, { timeout: 500 })
      } else run()
    }, delayMs)
    return () => {
      window.clearTimeout(timer)
      if (idle !== undefined) window.cancelIdleCallback(idle)
    }
  }, [input, compute, delayMs, same, state.input])
  return { value: state.value, pending: !Object.is(state.input, input) }
}
