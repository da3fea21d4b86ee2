import type { IncomingMessage, ServerResponse } from 'node:http'
import type { LibraryEventSource } from '@shared/contract'

/** Library events, a way to know the watcher is running, and the windows that are open. */
export interface WatchedEventSource extends LibraryEventSource {
  whenWatching(): Promise<void>
  attachWindow(windowId: unknown): () => void
}

/**
 * Library events as a server-sent event stream. The page reads it with fetch (which can send the
 * bearer token), not EventSource (which cannot). The subscription ends with the connection, and
 * so does the window named by `windowId` (the `window` query parameter): a tab that crashed,
 * reloaded or closed drops its stream.
 */
export async function streamLibraryEvents(
  events: WatchedEventSource,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
  windowId: string | null
): Promise<void> {
  // Refused (INVALID_ARGUMENT) before anything is subscribed when the id is not a window id.
  const detach = windowId === null ? () => undefined : events.attachWindow(windowId)
  let started = false
  const unsubscribe = events.onLibraryEvent((event) => {
    if (started) res.write(`event: library\ndata: ${JSON.stringify(event)}\n\n`)
  })
  // A comment line now and then keeps proxies and idle timers from closing a quiet stream.
  const keepAlive = setInterval(() => started && res.write(': keep-alive\n\n'), 25_000)
  keepAlive.unref()
  req.on('close', () => {
    clearInterval(keepAlive)
    unsubscribe()
    detach()
  })
  // The response starts only once changes are watched: a client that has its headers misses none.
  await events.whenWatching()
  if (res.destroyed) return
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store'
  })
  res.write(': connected\n\n')
  started = true
}
