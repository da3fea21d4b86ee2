import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import type { PostStamp } from '@shared/post'
import { fsError } from './fs-errors'

/**
 * The stamp of a file as it is on disk now, streamed through one handle (so any size works and
 * the stats belong to the bytes hashed): for a post that was moved rather than written.
 */
export async function stampOfFile(path: string, label: string): Promise<PostStamp> {
  let handle
  try {
    handle = await open(path, 'r')
    const stats = await handle.stat()
    const hash = createHash('sha256')
    let size = 0
    for await (const chunk of handle.createReadStream({ autoClose: false })) {
      const bytes = chunk as Buffer
      size += bytes.length
      hash.update(bytes)
    }
    return { mtimeMs: stats.mtimeMs, size, hash: hash.digest('hex') }
  } catch (error) {
    throw fsError(error, label, 'read')
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
