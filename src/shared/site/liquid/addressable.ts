/**
 * Addressable::URI.parse(…).normalize.to_s, which Jekyll's relative_url and absolute_url end
 * with: scheme and host lower-cased, default ports dropped, dot segments removed, and characters
 * a URI cannot hold percent-encoded (UTF-8, upper-case hex), so `/中文 page/` becomes
 * `/%E4%B8%AD%E6%96%87%20page/`.
 */

const uriPattern = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s

const unreserved = 'A-Za-z0-9\\-._~'
const subDelims = "!$&'()*+,;="
/** Characters each part keeps as they are (Addressable's character classes). */
const pathChars = new RegExp(`[^${unreserved}${escapeClass(subDelims)}:@/%]`, 'gu')
const queryChars = new RegExp(`[^${unreserved}${escapeClass(subDelims)}:@/?%]`, 'gu')
const defaultPorts: Record<string, string> = { http: '80', https: '443', ftp: '21' }

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&')
}

/** True when the URI has a scheme (Addressable's `absolute?`). */
export function isAbsoluteUri(input: string): boolean {
  const match = uriPattern.exec(input)
  return Boolean(match?.[1]) && /^[A-Za-z][A-Za-z0-9+.-]*$/.test(match?.[1] ?? '')
}

export function normalizeUri(input: string): string {
  const match = uriPattern.exec(input)
  if (!match) return input
  const [, scheme, authority, path, query, fragment] = match
  const normalizedScheme = scheme?.toLowerCase()
  let out = normalizedScheme ? `${normalizedScheme}:` : ''
  if (authority !== undefined) out += `//${normalizeAuthority(authority, normalizedScheme)}`
  let normalizedPath = encodePart(removeDotSegments(path), pathChars)
  if (authority !== undefined && normalizedPath === '') normalizedPath = '/'
  out += normalizedPath
  if (query !== undefined) out += `?${encodePart(query, queryChars)}`
  if (fragment !== undefined) out += `#${encodePart(fragment, queryChars)}`
  return out
}

function normalizeAuthority(authority: string, scheme: string | undefined): string {
  const at = authority.lastIndexOf('@')
  const userinfo = at >= 0 ? `${authority.slice(0, at)}@` : ''
  let hostPort = authority.slice(at + 1)
  const port = /:(\d*)$/.exec(hostPort)
  let host = port ? hostPort.slice(0, port.index) : hostPort
  host = host.toLowerCase()
  hostPort = host
  if (port && port[1] !== '' && defaultPorts[scheme ?? ''] !== port[1]) hostPort += `:${port[1]}`
  return userinfo + hostPort
}

/** Percent-escapes: unreserved ones decoded, the rest upper-cased; other characters encoded. */
function encodePart(part: string, disallowed: RegExp): string {
  const decoded = part.replace(/%([0-9A-Fa-f]{2})/g, (_whole: string, hex: string): string => {
    const char = String.fromCharCode(parseInt(hex, 16))
    return /[A-Za-z0-9\-._~]/.test(char) ? char : `%${hex.toUpperCase()}`
  })
  return decoded
    .normalize('NFC')
    .replace(/%(?![0-9A-F]{2})/g, '%25')
    .replace(disallowed, (char) => encodeUtf8(char))
}

function encodeUtf8(char: string): string {
  return Array.from(new TextEncoder().encode(char))
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('')
}

/** RFC 3986 section 5.2.4. */
function removeDotSegments(path: string): string {
  if (!/(^|\/)\.\.?(\/|$)/.test(path)) return path
  const input = path.split('/')
  const output: string[] = []
  for (let i = 0; i < input.length; i++) {
    const segment = input[i]
    const last = i === input.length - 1
    if (segment === '.') {
      if (last) output.push('')
    } else if (segment === '..') {
      if (output.length > 1 || (output.length === 1 && output[0] !== '')) output.pop()
      if (last) output.push('')
    } else output.push(segment)
  }
  return output.join('/')
}
