import { constants } from 'node:fs'
import { copyFile, link, lstat, open, rename, rm, stat, unlink, utimes } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { errnoCode } from './fs-errors'
import { NO_HARD_LINKS } from './new-file'

/**
 * Moves a file to a name nothing else uses (a fresh trash entry): a rename, or across file
 * systems (EXDEV: the app's data folder on another disk) a flushed copy, then the unlink.
 */
export async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch (error) {
    if (errnoCode(error) !== 'EXDEV') throw error
    await copyThenUnlink(from, to)
  }
}

/**
 * Moves a file without ever replacing what is at `to`; false when `to` is taken. A hard link
 * fails with EEXIST instead of overwriting, so the check and the move are one step; file systems
 * without hard links get a check, then a rename.
 */
export async function moveFileNoClobber(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to)
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'EEXIST') return false
    if (code === 'EXDEV') return copyThenUnlink(from, to).then(() => true, takenOrThrow)
    if (!code || !NO_HARD_LINKS.has(code)) throw error
    if (await exists(to)) return false
    await moveFile(from, to)
    return true
  }
  await unlink(from)
  return true
}

/** The copy keeps the mtime (the writer's "modified" column) and is on disk before the unlink. */
async function copyThenUnlink(from: string, to: string): Promise<void> {
  const stats = await stat(from)
  try {
    await copyFile(from, to, constants.COPYFILE_EXCL)
    await utimes(to, stats.atime, stats.mtime)
    await flush(to)
  } catch (error) {
    // Never leave half a copy behind (a full disk); but an existing file is not ours to remove.
    if (errnoCode(error) !== 'EEXIST') await rm(to, { force: true }).catch(() => undefined)
    throw error
  }
  await unlink(from)
}

function takenOrThrow(error: unknown): false {
  if (errnoCode(error) === 'EEXIST') return false
  throw error
}

async function flush(path: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(path, 'r+')
    await handle.sync()
  } finally {
    await handle?.close()
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false
    throw error
  }
}
