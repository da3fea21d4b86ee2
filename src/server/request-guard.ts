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

/**
 * A browser's own word that another site made this request (`Sec-Fetch-Site`). It covers what
 * Origin does not: an `<img>` or `<script>` of a foreign page asking for `/asset/` or `/api/` sends
 * no Origin at all. `same-site` is refused too, since every port of 127.0.0.1 is the same site.
 * Page loads do not ask this: a link to the page from anywhere only loads the public UI files.
 */
export function isCrossSiteFetch(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site']
  return site === 'cross-site' || site === 'same-site'
}

/** The bearer token of the API calls. */
export function hasToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false
  return sameToken(header.slice('Bearer '.length), token)
}

/** Constant-time comparison, so timing does not leak the token. */
export function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
