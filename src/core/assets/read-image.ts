import { open, realpath } from 'node:fs/promises'
import { PostcloudError } from '@shared/errors'
import { isInside } from '../library/confine'
import { fsError } from '../library/fs-errors'
import type { PostStore } from './post-store'

/** An image of the open folder as the asset route or protocol serves it. */
export interface FolderImage {
  bytes: Uint8Array
  /** The Content-Type to send, from the file's extension (only image types are served). */
  mime: string
}

/** An image larger than this is not served to the preview. */
export const maxServedImageBytes = 50 * 1024 * 1024

const mimeTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  svg: 'image/svg+xml'
}

/** The Content-Type of an image Postcloud shows, by the path's extension; undefined for others. */
export function imageMime(path: string): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1].toLowerCase() ?? ''
  return Object.hasOwn(mimeTypes, extension) ? mimeTypes[extension] : undefined
}

/**
 * An image file inside the open folder by its folder-relative path (already URL-decoded by the
 * caller, never decoded here). Refused: anything but an image extension (INVALID_ARGUMENT), and
 * every path whose real location is outside the folder (absolute, drive letter, UNC, backslash,
 * `..`, symbolic links out: OUTSIDE_FOLDER). The file read is the very one whose real path was
 * checked.
 */
export async function readFolderImage(
  store: Pick<PostStore, 'info' | 'resolve'>,
  path: string
): Promise<FolderImage> {
  if (typeof path !== 'string' || path === '' || path.includes('\0')) {
    throw new PostcloudError('INVALID_ARGUMENT', 'Not the path of an image in the folder.')
  }
  const mime = imageMime(path)
  // The folder check comes first: a path out of the folder says so whatever its extension.
  const absolute = await store.resolve(path)
  if (!mime) {
    throw new PostcloudError('INVALID_ARGUMENT', `"${path}" is not an image Postcloud shows.`)
  }
  let real
  try {
    real = await realpath(absolute)
  } catch (error) {
    throw fsError(error, path, 'read')
  }
  if (!isInside(await realpath(store.info().path), real)) {
    throw new PostcloudError('OUTSIDE_FOLDER', `"${path}" leads outside the open folder`)
  }
  return { bytes: await readLimited(real, path), mime }
}

async function readLimited(real: string, label: string): Promise<Uint8Array> {
  let handle
  try {
    handle = await open(real, 'r')
    const stats = await handle.stat()
    if (!stats.isFile()) throw new PostcloudError('INVALID_ARGUMENT', `"${label}" is not a file`)
    if (stats.size > maxServedImageBytes) {
      throw new PostcloudError(
        'TOO_LARGE',
        `"${label}" is larger than ${maxServedImageBytes / 1024 / 1024} MB; it is not shown.`
      )
    }
    return await handle.readFile()
  } catch (error) {
    throw fsError(error, label, 'read')
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
