import type { IncomingMessage } from 'node:http'
import { sameToken } from './request-guard'

/**
 * The token as a cookie, for the one kind of request that cannot carry a header: the window's
 * `<img>` loads from `/asset/`. API calls still need the bearer header, so a cross-site page that
 * makes the browser send this cookie (SameSite=Strict already stops it) could at most see images.
 */
export const tokenCookieName = 'postcloud_token'

/** The Set-Cookie value: not readable by scripts, never sent cross-site, good for every path. */
export function tokenCookie(token: string): string {
  return `${tokenCookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`
}

/**
 * Whether the request carries the token cookie. Cookies are not kept apart by port, so another
 * Postcloud host on this machine may have set one of the same name: any match counts.
 */
export function hasTokenCookie(req: IncomingMessage, token: string): boolean {
  const header = req.headers.cookie
  if (typeof header !== 'string') return false
  return header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${tokenCookieName}=`))
    .some((part) => sameToken(part.slice(tokenCookieName.length + 1), token))
}

/** The `?token=` of a page request, if it is the right one. */
export function hasQueryToken(query: URLSearchParams, token: string): boolean {
  const given = query.get('token')
  return given !== null && sameToken(given, token)
}
