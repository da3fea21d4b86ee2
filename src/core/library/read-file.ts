import type { Stats } from 'node:fs'
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { PostcloudError } from '@shared/errors'
import { fsError } from './fs-errors'
import { maxPostBytes } from './text-decode'

export interface FileBytes {
  bytes: Uint8Array
  stats: Stats
}

/**
 * Reads a file once through one descriptor, so the stats (mtime for the stamp) and the bytes
 * belong to the same file even if it is replaced meanwhile. Folders and oversized files are
 * refused. Synchronous calls inside, as the folder scan makes them: a post is a few system calls
 * that take microseconds each, and a folder count reads hundreds; each async call would add a
 * thread-pool round trip that costs the main thread more than the call itself.
 */
export async function readFileOnce(path: string, label: string): Promise<FileBytes> {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const stats = fstatSync(fd)
    if (stats.isDirectory())
      throw new PostcloudError('INVALID_ARGUMENT', `"${label}" is a folder, not a post`)
    if (stats.size > maxPostBytes) {
      const mb = Math.round(stats.size / 1024 / 1024)
      throw new PostcloudError(
        'TOO_LARGE',
        `"${label}" is ${mb} MB; posts over ${maxPostBytes / 1024 / 1024} MB are not opened`
      )
    }
    return { bytes: readAll(fd, stats.size), stats }
  } catch (error) {
    throw fsError(error, label, 'read')
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** The file's `size` bytes (short reads continue; a file cut meanwhile gives what is there). */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size)
  let at = 0
  while (at < size) {
    const count = readSync(fd, bytes, at, size - at, at)
    if (count === 0) return bytes.subarray(0, at)
    at += count
  }
  return bytes
}
