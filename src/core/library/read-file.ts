import type { Stats } from 'node:fs'
import { open } from 'node:fs/promises'
import { PostcloudError } from '@shared/errors'
import { fsError } from './fs-errors'
import { maxPostBytes } from './text-decode'

export interface FileBytes {
  bytes: Uint8Array
  stats: Stats
}

/**
 * Reads a file once through one handle, so the stats (mtime for the stamp) and the bytes belong
 * to the same file even if it is replaced meanwhile. Folders and oversized files are refused.
 */
export async function readFileOnce(path: string, label: string): Promise<FileBytes> {
  let handle
  try {
    handle = await open(path, 'r')
    const stats = await handle.stat()
    if (stats.isDirectory())
      throw new PostcloudError('INVALID_ARGUMENT', `"${label}" is a folder, not a post`)
    if (stats.size > maxPostBytes) {
      const mb = Math.round(stats.size / 1024 / 1024)
      throw new PostcloudError(
        'TOO_LARGE',
        `"${label}" is ${mb} MB; posts over ${maxPostBytes / 1024 / 1024} MB are not opened`
      )
    }
    const bytes = await handle.readFile()
    return { bytes, stats }
  } catch (error) {
    throw fsError(error, label, 'read')
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
