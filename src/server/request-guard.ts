import type { IncomingMessage } from 'node:http'
import { timingSafeEqual } from 'node:crypto'

/**
 * Checks that a request really comes from our own page on loopback: the Host header must name
 * the address we serve (DNS rebinding sends a foreign name), and a browser's Origin, when sent,
 * must be ours (no cross-origin calls, no permissive CORS).
 */
export function isAllowedHost(req: IncomingMessage, allowedHosts: ReadonlySet<string>): boolean {
  const host = req.headers.host
  return typeof host === 'string' && allowedHosts.has(host.toLowerCase())
}

export function isSameOrigin(req: IncomingMessage, allowedHosts: ReadonlySet<string>): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' && allowedHosts.has(url.host.toLowerCase())
  } catch {
    return false
  }
}

/** Constant-time comparison of the bearer token, so timing does not leak it. */
export function hasToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice('Bearer '.length))
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
