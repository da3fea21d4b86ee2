/**
 * Maps the URLs of a rendered site page (the site's own URLs, `baseurl` included) onto the open
 * folder. Pure: the sanitizer calls it for every URL that could load something, and the link
 * handler for every click. `/ledger/assets/css/style.css` on a site with `baseurl: /ledger` is
 * the folder's `assets/css/style.css`, served through the confined asset route.
 */

export interface SiteUrlContext {
  /** The site's `baseurl` ('' when none), as `SitePage.baseurl`. */
  baseurl: string
  /** Jekyll's `page.url` without the `baseurl`: what relative URLs resolve against. */
  pageUrl: string
  /** The site's `url` from `_config.yml` ('' when none): absolute URLs on it are the site's too. */
  siteUrl: string
}

export type SiteUrl =
  /** Inside the site: `path` is relative to the folder, decoded, `/` separated ('' for the root). */
  | { kind: 'site'; path: string; hash: string }
  | { kind: 'remote'; url: string }
  | { kind: 'data'; mime: string; url: string }
  | { kind: 'other' }

/** What a URL is about to load, which decides the `data:` types and schemes it may use. */
export type ResourceKind = 'image' | 'font' | 'media' | 'style' | 'css-url'

export interface ResourceContext extends SiteUrlContext {
  allowRemote: boolean
  /** The URL that loads a file of the folder, from its folder-relative path. */
  assetUrl(path: string): string
}

// A host that cannot exist: relative URLs resolve against it, and only it is the site itself.
const siteOrigin = 'http://site.invalid'

/** `/ledger/`, `ledger` and `/ledger` all mean `/ledger`; '' and `/` mean none. */
export function normalizeBaseurl(baseurl: string): string {
  const trimmed = baseurl.trim().replace(/\/+$/, '')
  if (trimmed === '') return ''
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

/** Where a URL written in the page points: into the site, to the network, a data URL, or nowhere. */
export function classifySiteUrl(raw: string, context: SiteUrlContext): SiteUrl {
  const written = raw.trim()
  if (written === '' || written.startsWith('#')) return { kind: 'other' }
  const absolute = parseUrl(written)
  if (absolute) {
    if (absolute.protocol === 'data:') return dataUrl(absolute.href)
    if (absolute.protocol !== 'http:' && absolute.protocol !== 'https:') return { kind: 'other' }
    const remote: SiteUrl = { kind: 'remote', url: absolute.href }
    const onSite = siteRelative(absolute, context.siteUrl)
    return onSite === null ? remote : inSite(onSite, context, remote)
  }
  const base = `${siteOrigin}${normalizeBaseurl(context.baseurl)}${withSlash(context.pageUrl)}`
  const resolved = parseUrl(written, base)
  if (!resolved) return { kind: 'other' }
  // `//host/x` and `\\host\x` resolve to another host: the network, not the site.
  if (resolved.origin !== siteOrigin) {
    return resolved.protocol === 'http:' || resolved.protocol === 'https:'
      ? { kind: 'remote', url: resolved.href }
      : { kind: 'other' }
  }
  return inSite(resolved.pathname + resolved.hash, context, { kind: 'other' })
}

/**
 * The URL a resource of the page loads from, or null when it may not load: files of the site
 * through the asset route, the network only when remote content is on, `data:` only for images
 * and fonts.
 */
export function mapResourceUrl(
  raw: string,
  kind: ResourceKind,
  context: ResourceContext
): string | null {
  const url = classifySiteUrl(raw, context)
  switch (url.kind) {
    case 'site':
      // A folder (`/ledger/`) is a page, never a file the asset route serves.
      return url.path === '' || url.path.endsWith('/') ? null : context.assetUrl(url.path)
    case 'remote':
      return context.allowRemote ? url.url : null
    case 'data':
      return dataAllowed(url.mime, kind) ? url.url : null
    default:
      return null
  }
}

/**
 * A `srcset` with every candidate mapped; candidates that may not load are left out, and so are
 * descriptors that are not a plain width, density or height (nothing the browser could read as
 * another URL).
 */
export function mapSrcset(value: string, context: ResourceContext): string | null {
  const candidates: string[] = []
  for (const { url, descriptor } of srcsetCandidates(value)) {
    const mapped = mapResourceUrl(url, 'image', context)
    if (mapped === null || !/^(?:\d+(?:\.\d+)?[wxh])?$/.test(descriptor)) continue
    candidates.push([encodeSrcsetUrl(mapped), descriptor].filter(Boolean).join(' '))
  }
  return candidates.length > 0 ? candidates.join(', ') : null
}

/**
 * Splits a `srcset` as the HTML standard does: a URL is a run of non-white-space (commas at its
 * end separate it from the next candidate), and its descriptor runs to the next comma outside
 * parentheses. A data URL's own comma stays in the URL.
 */
export function srcsetCandidates(value: string): Array<{ url: string; descriptor: string }> {
  const candidates: Array<{ url: string; descriptor: string }> = []
  let at = 0
  while (at < value.length) {
    while (at < value.length && /[\s,]/.test(value[at])) at++
    const urlStart = at
    while (at < value.length && !/\s/.test(value[at])) at++
    let url = value.slice(urlStart, at)
    if (url === '') break
    let descriptor = ''
    if (url.endsWith(',')) url = url.replace(/,+$/, '')
    else {
      const descriptorStart = at
      let depth = 0
      while (at < value.length && (value[at] !== ',' || depth > 0)) {
        if (value[at] === '(') depth++
        else if (value[at] === ')') depth = Math.max(0, depth - 1)
        at++
      }
      descriptor = value.slice(descriptorStart, at).trim()
    }
    candidates.push({ url, descriptor })
  }
  return candidates
}

const cssUrl = /url\(\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|([^'"()\s]*))\s*\)/gi
const cssImportString = /@import\s+(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')/gi

/**
 * CSS with every `url(…)` and `@import "…"` mapped; one that may not load becomes `url("")`, which
 * loads nothing. A best effort on the text: the frame's CSP refuses whatever this misses (a URL
 * hidden behind escapes resolves outside the asset route, or to the network, and is blocked).
 */
export function mapCssUrls(css: string, context: ResourceContext): string {
  const mapped = css.replace(cssUrl, (_match, double?: string, single?: string, bare?: string) =>
    cssUrlText(mapResourceUrl(unescapeCss(double ?? single ?? bare ?? ''), 'css-url', context))
  )
  return mapped.replace(cssImportString, (_match, double?: string, single?: string) => {
    const target = mapResourceUrl(unescapeCss(double ?? single ?? ''), 'style', context)
    return `@import ${cssUrlText(target)}`
  })
}

/**
 * A CSS `url("…")`. Quotes, backslashes and line breaks are escaped so the string stays one, and
 * `<` and `>` too: a `data:` URL may hold `</style>`, which would end the element when the page is
 * parsed again in the frame.
 */
function cssUrlText(url: string | null): string {
  const escaped = (url ?? '').replace(
    /["\\\n<>]/g,
    (char) => `\\${char.codePointAt(0)?.toString(16)} `
  )
  return `url("${escaped}")`
}

/** Escapes in a CSS string or URL (`\"`, `\2f `) as the CSS tokenizer reads them. */
function unescapeCss(text: string): string {
  return text.replace(/\\(?:([0-9a-f]{1,6})\s?|(.))/gi, (_match, hex?: string, char?: string) =>
    hex
      ? String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff) || 0xfffd)
      : (char ?? '')
  )
}

/** White space would end the URL in a `srcset`, and so would a comma at its end; one inside stays. */
function encodeSrcsetUrl(url: string): string {
  return url.replace(/\s/g, (char) => encodeURIComponent(char)).replace(/,$/, '%2C')
}

/** A path on the site's host: the folder's file when under the baseurl, else `outside`. */
function inSite(pathAndHash: string, context: SiteUrlContext, outside: SiteUrl): SiteUrl {
  const hashAt = pathAndHash.indexOf('#')
  const pathname = hashAt < 0 ? pathAndHash : pathAndHash.slice(0, hashAt)
  const hash = hashAt < 0 ? '' : pathAndHash.slice(hashAt + 1)
  const base = normalizeBaseurl(context.baseurl)
  // Outside the baseurl is not this site: the folder has nothing there.
  if (base !== '' && pathname !== base && !pathname.startsWith(`${base}/`)) return outside
  let path: string
  try {
    path = decodeURIComponent(pathname.slice(base.length).replace(/^\/+/, ''))
  } catch {
    return { kind: 'other' }
  }
  // A `%2F..%2F` decoded here would climb: never a path of the folder.
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) {
    return { kind: 'other' }
  }
  return { kind: 'site', path, hash }
}

/** The path (with hash) of an absolute URL on the site's own `url`, or null when elsewhere. */
function siteRelative(url: URL, siteUrl: string): string | null {
  const site = siteUrl.trim() === '' ? null : parseUrl(siteUrl.trim())
  if (!site || (site.protocol !== 'http:' && site.protocol !== 'https:')) return null
  if (url.host !== site.host) return null
  return url.pathname + url.hash
}

function dataUrl(href: string): SiteUrl {
  const mime = /^data:([^;,]*)/i.exec(href)?.[1]?.trim().toLowerCase() ?? ''
  return { kind: 'data', mime, url: href }
}

/** Images may be data URLs (an SVG in `<img>` runs nothing), fonts too; never documents or CSS. */
function dataAllowed(mime: string, kind: ResourceKind): boolean {
  const image = /^image\/[\w.+-]+$/.test(mime)
  const font =
    /^(?:font\/[\w.+-]+|application\/(?:x-)?font-[\w.+-]+|application\/vnd\.ms-fontobject)$/.test(
      mime
    )
  if (kind === 'image') return image
  if (kind === 'font') return font
  if (kind === 'css-url') return image || font
  return false
}

function withSlash(path: string): string {
  return path.startsWith('/') ? path : `/${path}`
}

function parseUrl(text: string, base?: string): URL | null {
  try {
    return new URL(text, base)
  } catch {
    return null
  }
}
