import { assetProtocol, assetRoute } from '../contract'
import { assetContentSecurityPolicy } from '../csp'
import { PostcloudError } from '../errors'

/** Where Electron's asset protocol serves the open folder: `postcloud-asset://folder/<path>`. */
export const assetProtocolOrigin = `${assetProtocol}://folder`

/**
 * A folder-relative path as it goes into an asset URL: each segment percent-encoded, the `/`
 * between them kept, so `图/a b.png` becomes `%E5%9B%BE/a%20b.png`.
 */
export function encodeAssetPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** The web host's URL of an image of the open folder. */
export function webAssetUrl(path: string): string {
  return assetRoute + encodeAssetPath(path)
}

/** Electron's URL of an image of the open folder. */
export function electronAssetUrl(path: string): string {
  return `${assetProtocolOrigin}/${encodeAssetPath(path)}`
}

// What is left of an encoded dot, slash, backslash or NUL after one decoding: a path encoded twice
// to slip `../` past a check that decodes once.
const encodedTwice = /%(2e|2f|5c|00)/i

/**
 * Decodes the path part of an asset URL exactly once and refuses anything that could name a file
 * outside the open folder before the core ever sees it (the core confines real paths again).
 */
export function decodeAssetPath(encoded: string): string {
  let path: string
  try {
    path = decodeURIComponent(encoded)
  } catch {
    throw new PostcloudError('INVALID_ARGUMENT', 'The image path is not valid percent-encoding.')
  }
  if (path === '') throw new PostcloudError('INVALID_ARGUMENT', 'The image path is empty.')
  if (path.includes('\0'))
    throw new PostcloudError('INVALID_ARGUMENT', 'The image path contains a NUL character.')
  if (path.includes('\\'))
    throw new PostcloudError('INVALID_ARGUMENT', 'Image paths use / between folders, not \\.')
  if (encodedTwice.test(path))
    throw new PostcloudError('OUTSIDE_FOLDER', 'The image path is encoded twice.')
  if (path.startsWith('/') || /^[a-z]:/i.test(path))
    throw new PostcloudError('OUTSIDE_FOLDER', 'Image paths are relative to the open folder.')
  if (path.split('/').includes('..'))
    throw new PostcloudError('OUTSIDE_FOLDER', 'The image path leads outside the open folder.')
  return path
}

/** Headers of an image of the open folder, in the web host and Electron's protocol alike. */
export function assetResponseHeaders(mime: string): Record<string, string> {
  return {
    'Content-Type': mime,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': assetContentSecurityPolicy,
    'Cache-Control': 'no-cache'
  }
}
