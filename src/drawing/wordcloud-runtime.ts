import type WordCloudModule from 'wordcloud'
import type { CanvasFactory, CloudCanvas } from './canvas-types'

export type WordCloudFn = typeof WordCloudModule
export type WordCloudOptions = WordCloudModule.Options

/**
 * The one place that loads wordcloud2.js. The library expects a browser page: a global `window`
 * (for `setImmediate`) and `document.createElement('canvas')` (for measuring each word). A Web
 * Worker and Node have neither, so both get a small stand-in before the library is imported.
 *
 * It also makes layouts reproducible. wordcloud2.js draws every random choice (rotation, spiral
 * order) from `Math.random`, one word per macrotask. Each of those tasks runs here with
 * `Math.random` swapped for the layout's seeded generator and restored before anything else runs,
 * so no other code sees the seeded numbers or takes numbers from the layout's sequence.
 *
 * The package is patched at install (patches/wordcloud+1.2.3.patch, applied by patch-package) for
 * speed, with the same layouts: it reads back and scans only the pixels around each measured word
 * instead of its whole box, skips spiral spots that lie off the grid (no word can fit there
 * without `drawOutOfBound`), and compares the background a pixel at a time instead of a channel.
 */

interface Runtime {
  wordCloud: WordCloudFn
}

let factory: CanvasFactory | null = null
let random: (() => number) | null = null
let loading: Promise<Runtime> | null = null

/** Runs `task` with the active layout's generator in place of `Math.random`. */
export function withLayoutRandom<T>(task: () => T): T {
  if (!random) return task()
  const saved = Math.random
  Math.random = random
  try {
    return task()
  } finally {
    Math.random = saved
  }
}

/** Sets the canvas factory and generator the next layout uses (layouts run one at a time). */
export function bindLayout(canvases: CanvasFactory, generator: () => number): void {
  factory = canvases
  random = generator
}

export function loadWordCloud(): Promise<Runtime> {
  loading ??= installStandIns().then(async () => {
    const module = (await import('wordcloud')) as unknown as { default?: WordCloudFn } & WordCloudFn
    return { wordCloud: module.default ?? module }
  })
  return loading
}

async function installStandIns(): Promise<void> {
  const scope = globalThis as Record<string, unknown>
  const immediate = immediateScheduler()
  if (scope.window === undefined) {
    scope.window = {
      setImmediate: (fn: () => void) => immediate.set(() => withLayoutRandom(fn)),
      clearImmediate: (id: number) => immediate.clear(id)
    }
  }
  if (scope.document === undefined) {
    scope.document = {
      createElement: () => {
        if (!factory) throw new Error('No layout is running.')
        return measuringCanvas(factory)
      }
    }
  }
}

/** A canvas the library sizes as it would a DOM one, by attribute: it measures each word on one. */
function measuringCanvas(canvases: CanvasFactory): CloudCanvas {
  const canvas = canvases.createCanvas(1, 1)
  return Object.assign(canvas, {
    setAttribute(name: string, value: unknown) {
      if (name === 'width' || name === 'height') canvas[name] = Number(value)
    }
  })
}

interface Scheduler {
  set(fn: () => void): number
  clear(id: number): void
}

/**
 * A macrotask per call without timer clamping: Node's `setImmediate`, or a MessageChannel in a
 * worker (nested `setTimeout(0)` is clamped to 4 ms, which would add most of a second to 200 words).
 */
function immediateScheduler(): Scheduler {
  const scope = globalThis as {
    setImmediate?: (fn: () => void) => unknown
    clearImmediate?: (handle: unknown) => void
  }
  const pending = new Map<number, () => void>()
  let next = 1
  if (typeof scope.setImmediate === 'function' && typeof scope.clearImmediate === 'function') {
    const handles = new Map<number, unknown>()
    const setNative = scope.setImmediate
    const clearNative = scope.clearImmediate
    return {
      set(fn) {
        const id = next++
        handles.set(
          id,
          setNative(() => {
            handles.delete(id)
            fn()
          })
        )
        return id
      },
      clear(id) {
        clearNative(handles.get(id))
        handles.delete(id)
      }
    }
  }
  const channel = new MessageChannel()
  const queue: number[] = []
  channel.port1.onmessage = () => {
    const id = queue.shift()
    const fn = id === undefined ? undefined : pending.get(id)
    if (id !== undefined) pending.delete(id)
    fn?.()
  }
  return {
    set(fn) {
      const id = next++
      pending.set(id, fn)
      queue.push(id)
      channel.port2.postMessage(null)
      return id
    },
    clear(id) {
      pending.delete(id)
    }
  }
}
