/**
 * Where the preview may load an image from. Decided here, in one pure function, for Markdown
 * images and raw `<img>` alike: a file inside the open folder, a remote http(s) URL (shown only
 * when the writer allows remote content), or an inline raster `data:` image. Anything else —
 * other schemes, backslashes and UNC paths, paths that climb out of the folder — is blocked.
 */

export interface ImageContext {
  /** The post's id: its path relative to the folder, `/` separated. */
  postId: string
  /** A Jekyll site: root-relative paths start at the folder, after the site's baseurl. */
  jekyll: boolean
  baseurl: string
  url: string
}

export type BlockReason =
  /** Nothing to load. */
  | 'empty'
  /** A scheme, character or form we never load (file:, javascript:, backslashes, data:text/html…). */
  | 'unsafe'
  /** A path leading outside the open folder. */
  | 'outside'
  /** A Liquid tag the preview cannot compute. */
  | 'template'

export type ImageSource =
  | { kind: 'local'; path: string }
  | { kind: 'remote'; url: string }
  | { kind: 'data'; url: string }
  | { kind: 'blocked'; reason: BlockReason }

const rasterDataUrl = /^data:image\/(?:png|jpeg|gif|webp)(?:;[a-z0-9=.+-]*)*,/i
const scheme = /^([a-z][a-z0-9+.-]*):/i
// C0 controls and DEL: never part of a path we load.
const controlCharacter = /[\u0000-\u001f\u007f]/

export function resolveImageSource(src: string, context: ImageContext): ImageSource {
  const written = src.trim()
  if (written === '') return { kind: 'blocked', reason: 'empty' }
  if (/\{[{%]/.test(written)) return { kind: 'blocked', reason: 'template' }
  if (written.includes('\\') || controlCharacter.test(written)) {
    return { kind: 'blocked', reason: 'unsafe' }
  }
  if (written.startsWith('//')) return remoteOrLocal(`https:${written}`, context)
  const schemeMatch = scheme.exec(written)
  if (schemeMatch) {
    const name = schemeMatch[1].toLowerCase()
    if (name === 'http' || name === 'https') return remoteOrLocal(written, context)
    if (name === 'data' && rasterDataUrl.test(written)) return { kind: 'data', url: written }
    return { kind: 'blocked', reason: 'unsafe' }
  }
  return localPath(written, context)
}

/** A URL on the site's own `url` is a file of the folder; any other http(s) URL is remote. */
function remoteOrLocal(url: string, context: ImageContext): ImageSource {
  const site = context.url.replace(/\/+$/, '')
  if (context.jekyll && site !== '' && url.startsWith(`${site}/`)) {
    return localPath(url.slice(site.length), context)
  }
  return { kind: 'remote', url }
}

function localPath(written: string, context: ImageContext): ImageSource {
  const withoutSuffix = written.replace(/[?#].*$/s, '')
  let path: string
  try {
    path = decodeURIComponent(withoutSuffix)
  } catch {
    return { kind: 'blocked', reason: 'unsafe' }
  }
  if (path.includes('\\') || controlCharacter.test(path))
    return { kind: 'blocked', reason: 'unsafe' }
  if (scheme.test(path)) return { kind: 'blocked', reason: 'unsafe' }
  let base: string[]
  if (path.startsWith('/')) {
    // Outside a Jekyll site a root-relative path names the disk's root, never the folder.
    if (!context.jekyll) return { kind: 'blocked', reason: 'outside' }
    path = stripBaseurl(path, context.baseurl)
    base = []
  } else {
    base = context.postId.split('/').slice(0, -1)
  }
  const segments = normalize([...base, ...path.split('/')])
  if (segments === null) return { kind: 'blocked', reason: 'outside' }
  if (segments.length === 0) return { kind: 'blocked', reason: 'empty' }
  return { kind: 'local', path: segments.join('/') }
}

function stripBaseurl(path: string, baseurl: string): string {
  const base = baseurl.replace(/\/+$/, '')
  if (base === '' || !base.startsWith('/')) return path
  if (path === base) return '/'
  return path.startsWith(`${base}/`) ? path.slice(base.length) : path
}

/** Resolves `.` and `..`; null when `..` would leave the folder. */
function normalize(parts: string[]): string[] | null {
  const out: string[] = []
  for (const part of parts) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) return null
      out.pop()
    } else out.push(part)
  }
  return out
}
