import type { IncomingMessage, ServerResponse } from 'node:http'
import type { LibraryEventSource } from '../shared/contract'

/**
 * Library events as a server-sent event stream. The page reads it with fetch (which can send the
 * bearer token), not EventSource (which cannot). The subscription ends with the connection.
 */
export function streamLibraryEvents(
  events: LibraryEventSource,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>
): void {
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store'
  })
  res.write(': connected\n\n')
  const unsubscribe = events.onLibraryEvent((event) => {
    res.write(`event: library\ndata: ${JSON.stringify(event)}\n\n`)
  })
  // A comment line now and then keeps proxies and idle timers from closing a quiet stream.
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000)
  keepAlive.unref()
  req.on('close', () => {
    clearInterval(keepAlive)
    unsubscribe()
  })
}
