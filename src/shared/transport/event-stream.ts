import type { FolderEvent } from '../folder-events'

/** The first pause before reconnecting, doubled after each failed attempt up to the last. */
export const firstRetryMs = 500
export const lastRetryMs = 10_000

export interface EventStreamOptions {
  url: string
  headers: Record<string, string>
  fetch?: typeof fetch
  /** Resolves after `ms`, or at once when `signal` aborts. Tests pass one that does not sleep. */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>
}

/**
 * Reads the web host's server-sent events with fetch (which, unlike EventSource, can send the
 * bearer token) and reconnects whenever the stream fails or ends (a restarted host, a laptop
 * waking up), pausing 0.5 s, then twice as long after each failure up to 10 s; a connection
 * that got through starts the pauses over. Changes made while the stream was down are lost, so
 * every connection after the first one begins with a `rescan` event. Returns the unsubscribe
 * function.
 */
export function streamEvents(
  listener: (event: FolderEvent) => void,
  options: EventStreamOptions
): () => void {
  const abort = new AbortController()
  const fetchFn = options.fetch ?? fetch
  const wait = options.wait ?? pause
  void (async () => {
    let delay = firstRetryMs
    let everConnected = false
    while (!abort.signal.aborted) {
      const rescan = everConnected
      const connected = await readOnce(fetchFn, options, abort.signal, listener, rescan)
      if (abort.signal.aborted) break
      everConnected ||= connected
      if (connected) delay = firstRetryMs
      await wait(delay, abort.signal)
      delay = Math.min(delay * 2, lastRetryMs)
    }
  })()
  return () => abort.abort()
}

/** One connection, read to its end. True when the host answered and the stream started. */
async function readOnce(
  fetchFn: typeof fetch,
  options: EventStreamOptions,
  signal: AbortSignal,
  listener: (event: FolderEvent) => void,
  rescan: boolean
): Promise<boolean> {
  let connected = false
  try {
    const response = await fetchFn(options.url, { headers: options.headers, signal })
    if (!response.ok || !response.body) {
      await response.body?.cancel()
      return false
    }
    connected = true
    if (rescan) listener({ kind: 'rescan' })
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      buffer += value
      const frames = buffer.split('\n\n')
      buffer = frames.pop() ?? ''
      for (const frame of frames) {
        const event = parseFrame(frame)
        if (event) listener(event)
      }
    }
  } catch {
    // A refused connection, a dropped stream or our own abort: the caller decides what next.
  }
  return connected
}

function parseFrame(frame: string): FolderEvent | null {
  const data = frame.split('\n').find((line) => line.startsWith('data: '))
  if (!data) return null
  try {
    return JSON.parse(data.slice('data: '.length)) as FolderEvent
  } catch {
    return null
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        resolve()
      },
      { once: true }
    )
  })
}
