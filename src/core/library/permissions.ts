import { constants } from 'node:fs'
import type { Stats } from 'node:fs'
import { access } from 'node:fs/promises'

/**
 * A file is read-only for Postcloud when none of its write bits is set, or when this process may
 * not write it. The mode-bit test comes first because root passes every access() check: without
 * it, running as root would silently replace a file the writer marked read-only.
 */
export async function isReadOnlyFile(path: string, stats: Stats): Promise<boolean> {
  if ((stats.mode & 0o222) === 0) return true
  return !(await canWrite(path))
}

export async function canWrite(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK)
    return true
  } catch {
    return false
  }
}
