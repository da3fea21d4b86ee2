import { createHash } from 'node:crypto'
import type { Stats } from 'node:fs'
import type { PostStamp } from '@shared/post'

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * The stamp of a file's exact contents: the hash decides, mtime and size are for display and
 * speed. The size is the bytes read, which the hash covers, even if the file grew meanwhile.
 */
export function stampOf(stats: Stats, bytes: Uint8Array): PostStamp {
  return { mtimeMs: stats.mtimeMs, size: bytes.length, hash: sha256Hex(bytes) }
}

/** Whether a stamp sent by a caller has the expected shape (transports bring untyped JSON). */
export function isStamp(value: unknown): value is PostStamp {
  if (!value || typeof value !== 'object') return false
  const { mtimeMs, size, hash } = value as Record<string, unknown>
  return (
    typeof mtimeMs === 'number' &&
    typeof size === 'number' &&
    typeof hash === 'string' &&
    /^[0-9a-f]{64}$/.test(hash)
  )
}
