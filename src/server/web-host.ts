import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { assetRoute } from '@shared/contract'
import type { PostcloudApi } from '@shared/contract'
import { PostcloudError, toErrorInfo } from '@shared/errors'
import type { ErrorInfo } from '@shared/errors'
import type { Log } from '@core/app-data/log-file'
import { invokeContract } from '@core/invoke'
import { serveAsset } from './asset-route'
import type { AssetSource } from './asset-route'
import { devServerProxy } from './dev-proxy'
import { devRendererFromEnv } from './dev-renderer'
import { streamLibraryEvents } from './event-stream'
import type { WatchedEventSource } from './event-stream'
import { httpStatus } from './http-status'
import { readJsonBody } from './read-body'
import { hasToken, isAllowedHost, isCrossSiteFetch, isSameOrigin } from './request-guard'
import { securityHeaders } from './security-headers'
import { serveStatic } from './static-files'
import { createTokenAttempts } from './token-attempts'
import type { TokenAttempts } from './token-attempts'
import { hasQueryToken, hasTokenCookie, tokenCookie } from './token-cookie'

export interface WebHostOptions {
  api: PostcloudApi & WatchedEventSource & AssetSource
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  /** A fresh random token when omitted. */
  token?: string
  /** Largest accepted request body; exported cloud images travel as base64. */
  bodyLimitBytes?: number
  /** Where unexpected errors go (the app data folder's logs). */
  log?: Log
  /** Limits failed token checks (see token-attempts.ts); tests pass one with a fake clock. */
  tokenAttempts?: TokenAttempts
}

export interface WebHost {
  /**
   * The page address with the token in its query: loading it sets the token cookie for the
   * window's images, and the page moves the token to its session storage for the API calls.
   */
  url: string
  origin: string
  token: string
  server: Server
  close(): Promise<void>
}

const loopback = '127.0.0.1'

/** Serves the window's UI and the contract over HTTP on loopback only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const bodyLimit = options.bodyLimitBytes ?? 64 * 1024 * 1024
  const allowedHosts = new Set<string>()
  const attempts = options.tokenAttempts ?? createTokenAttempts()
  // Set by `npm run dev:web` only, and only a development build reads it (see ./dev-renderer).
  const devRenderer = devRendererFromEnv()
  const devProxy = devRenderer ? devServerProxy(devRenderer) : undefined

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // The path only: the query may hold the token, which has no place in a log.
      const { rawPath } = splitRequestTarget(req.url ?? '/')
      if (!(error instanceof PostcloudError)) options.log?.error(`${req.method} ${rawPath}`, error)
      sendError(res, toErrorInfo(error))
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req, allowedHosts)) {
      return sendError(res, { code: 'PERMISSION', message: 'Unknown Host header.' }, 421)
    }
    if (!isSameOrigin(req, allowedHosts)) {
      return sendError(res, { code: 'PERMISSION', message: 'Cross-origin requests are refused.' })
    }
    const { rawPath, query } = splitRequestTarget(req.url ?? '/')
    if (rawPath.startsWith(assetRoute)) {
      if (isCrossSiteFetch(req)) return sendError(res, crossSite())
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, notAllowed(), 405)
      if (!hasTokenCookie(req, token) && !hasToken(req, token)) return refuseToken(req, res)
      return serveAsset(options.api, rawPath.slice(assetRoute.length), req, res, securityHeaders)
    }
    const path = new URL(rawPath, 'http://localhost').pathname
    if (!path.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, notAllowed(), 405)
      const rightToken = hasQueryToken(query, token)
      // A wrong `?token=` is a guess like any other; below the limit the public page still loads.
      if (!rightToken && query.has('token') && answeredAsLimited(req, res)) return
      const headers = rightToken
        ? { ...securityHeaders, 'Set-Cookie': tokenCookie(token) }
        : securityHeaders
      return devProxy
        ? devProxy.page(req, res, headers)
        : serveStatic(options.rendererDir, path, res, headers)
    }
    if (isCrossSiteFetch(req)) return sendError(res, crossSite())
    if (!hasToken(req, token)) return refuseToken(req, res)
    if (path === '/api/events' && req.method === 'GET') {
      return streamLibraryEvents(options.api, req, res, securityHeaders, query.get('window'))
    }
    if (req.method !== 'POST') return sendError(res, notAllowed(), 405)
    const body = await readJsonBody(req, bodyLimit)
    const args = body && typeof body === 'object' ? (body as { args?: unknown }).args : undefined
    const envelope = await invokeContract(
      options.api,
      path.slice('/api/'.length),
      args,
      options.log
    )
    const status = 'error' in envelope ? httpStatus[envelope.error.code] : 200
    sendJson(res, status, envelope)
  }

  /**
   * Counts a failed token check and, once its client is over the limit, answers 429 and returns
   * true; below the limit the caller answers (401, or the page without a cookie).
   */
  function answeredAsLimited(req: IncomingMessage, res: ServerResponse): boolean {
    const address = req.socket.remoteAddress ?? 'unknown'
    const refusal = attempts.fail(address)
    if (!refusal.limited) return false
    const wait = refusal.retryAfterSeconds
    if (refusal.firstRefusal) {
      options.log?.info(`Too many wrong tokens (last from ${address}): refusing them for ${wait} s`)
    }
    res.setHeader('Retry-After', String(wait))
    sendError(
      res,
      { code: 'PERMISSION', message: `Too many wrong tokens; try again in ${wait} s.` },
      429
    )
    return true
  }

  function refuseToken(req: IncomingMessage, res: ServerResponse): void {
    if (!answeredAsLimited(req, res)) sendError(res, noToken(), 401)
  }

  // Vite's hot-reload socket, under the same Host and Origin rules as every request. Without a dev
  // server nothing listens, and Node answers an upgrade request as a plain one.
  if (devProxy) {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!isAllowedHost(req, allowedHosts) || !isSameOrigin(req, allowedHosts)) socket.destroy()
      else devProxy.upgrade(req, socket, head)
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, loopback, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  allowedHosts.add(`${loopback}:${port}`)
  allowedHosts.add(`localhost:${port}`)
  const origin = `http://${loopback}:${port}`

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        devProxy?.close()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** The request target's path exactly as sent (still percent-encoded, dots unresolved) and query. */
function splitRequestTarget(target: string): { rawPath: string; query: URLSearchParams } {
  const at = target.indexOf('?')
  if (at < 0) return { rawPath: target, query: new URLSearchParams() }
  return { rawPath: target.slice(0, at), query: new URLSearchParams(target.slice(at + 1)) }
}

function noToken(): ErrorInfo {
  return { code: 'PERMISSION', message: 'Missing or wrong token.' }
}

function crossSite(): ErrorInfo {
  return { code: 'PERMISSION', message: 'Requests from other sites are refused.' }
}

function notAllowed(): ErrorInfo {
  return new PostcloudError('INVALID_ARGUMENT', 'Method not allowed.').toJSON()
}

function sendError(res: ServerResponse, error: ErrorInfo, status?: number): void {
  if (res.headersSent) {
    res.end()
    return
  }
  // Drain nothing more from a refused request: close it once answered.
  res.setHeader('Connection', 'close')
  sendJson(res, status ?? httpStatus[error.code], { error })
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body)
  })
  res.end(body)
}
