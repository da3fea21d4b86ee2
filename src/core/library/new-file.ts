import { link, open, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { errnoCode, fsError } from './fs-errors'
import { tempPathFor } from './atomic-write'

/** link() is refused on some file systems (FAT, some network shares); then create exclusively. */
export const NO_HARD_LINKS: ReadonlySet<string> = new Set([
  'EPERM',
  'ENOTSUP',
  'EOPNOTSUPP',
  'ENOSYS',
  'EXDEV',
  'EMLINK'
])

/**
 * Creates a file that must not exist yet, atomically: the bytes are written and flushed to a temp
 * file that is then hard-linked to the name, which fails with EEXIST instead of overwriting. So a
 * new post is either complete or absent. Returns false when the name is taken.
 */
export async function createFileExclusive(
  target: string,
  data: Uint8Array,
  label: string
): Promise<boolean> {
  const temp = tempPathFor(target)
  try {
    await writeFlushed(temp, data)
    await link(temp, target)
    return true
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'EEXIST') return false
    if (code && NO_HARD_LINKS.has(code)) return createWithoutLink(target, data, label)
    throw fsError(error, label, 'create')
  } finally {
    await rm(temp, { force: true }).catch(() => undefined)
  }
}

async function createWithoutLink(
  target: string,
  data: Uint8Array,
  label: string
): Promise<boolean> {
  try {
    await writeFlushed(target, data)
    return true
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false
    throw fsError(error, label, 'create')
  }
}

async function writeFlushed(path: string, data: Uint8Array): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(path, 'wx')
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle?.close()
  }
}
