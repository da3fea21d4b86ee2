import { request } from 'node:http'
import type {
  IncomingHttpHeaders,
  IncomingMessage,
  OutgoingHttpHeaders,
  RequestOptions,
  ServerResponse
} from 'node:http'
import type { Duplex } from 'node:stream'

/*
 * The page from the renderer's Vite dev server (`npm run dev:web`, see ./dev-renderer). The window
 * stays on the host's own origin, so its token, API calls and Content-Security-Policy (scripts and
 * connections from 'self' only) are the same as with out/renderer: Vite's modules and its
 * hot-reload WebSocket simply pass through here.
 */

export interface DevServerProxy {
  /** Answers a page request (the host has checked its method and token) from the dev server. */
  page(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): Promise<void>
  /** Passes Vite's hot-reload WebSocket through; Vite checks its own token in the socket's URL. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
  /** Ends the open sockets: closeAllConnections misses upgraded ones, and close waits for them. */
  close(): void
}

export function devServerProxy(origin: string): DevServerProxy {
  const sockets = new Set<Duplex>()
  return {
    page: (req, res, headers) =>
      new Promise((resolve, reject) => {
        const upstream = request(target(origin, req), (answer) => {
          res.writeHead(answer.statusCode ?? 502, withOurHeaders(answer.headers, headers))
          answer.pipe(res)
          answer.once('end', resolve)
          answer.once('error', reject)
        })
        upstream.once('error', reject)
        upstream.end()
      }),
    upgrade(req, socket, head) {
      sockets.add(socket)
      socket.once('close', () => sockets.delete(socket))
      socket.on('error', () => socket.destroy())
      const upstream = request(target(origin, req))
      upstream.once('upgrade', (answer, upstreamSocket, upstreamHead) => {
        socket.write(`HTTP/1.1 101 ${answer.statusMessage ?? 'Switching Protocols'}\r\n`)
        socket.write(headerLines(answer.rawHeaders) + '\r\n')
        if (upstreamHead.length > 0) socket.write(upstreamHead)
        if (head.length > 0) upstreamSocket.write(head)
        // Either side gone ends both: no half-open socket outlives the page or the dev server.
        upstreamSocket.on('error', () => socket.destroy())
        upstreamSocket.once('close', () => socket.destroy())
        socket.once('close', () => upstreamSocket.destroy())
        upstreamSocket.pipe(socket).pipe(upstreamSocket)
      })
      // Vite refused the socket (e.g. a wrong token): the browser hears no.
      upstream.once('response', (answer) => {
        answer.resume()
        socket.end(`HTTP/1.1 ${answer.statusCode ?? 502} ${answer.statusMessage ?? ''}\r\n\r\n`)
      })
      upstream.once('error', () => socket.destroy())
      upstream.end()
    },
    close() {
      for (const socket of sockets) socket.destroy()
    }
  }
}

/** The same request, aimed at the dev server. */
function target(origin: string, req: IncomingMessage): RequestOptions {
  const url = new URL(origin)
  return {
    // `[::1]` in a URL, `::1` for a socket.
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port,
    method: req.method,
    path: req.url ?? '/',
    headers: forwardedHeaders(req.headers, url.host)
  }
}

/** The browser's headers minus the host's credentials (cookie, bearer), which Vite never needs. */
function forwardedHeaders(headers: IncomingHttpHeaders, host: string): OutgoingHttpHeaders {
  const forwarded: OutgoingHttpHeaders = { ...headers, host }
  delete forwarded.cookie
  delete forwarded.authorization
  return forwarded
}

/**
 * Vite's answer headers under the host's security headers. Its CORS headers go (the host allows no
 * cross-origin reads), and so do hop-by-hop ones, which Node sets itself for our own connection.
 */
function withOurHeaders(
  upstream: IncomingHttpHeaders,
  ours: Record<string, string>
): OutgoingHttpHeaders {
  const dropped = /^(access-control-|connection$|keep-alive$|transfer-encoding$)/
  const merged: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(upstream)) {
    if (value !== undefined && !dropped.test(name)) merged[name] = value
  }
  for (const [name, value] of Object.entries(ours)) merged[name.toLowerCase()] = value
  return merged
}

/** `name: value` lines from Node's flat raw header list. */
function headerLines(raw: string[]): string {
  let lines = ''
  for (let i = 0; i < raw.length; i += 2) lines += `${raw[i]}: ${raw[i + 1]}\r\n`
  return lines
}
