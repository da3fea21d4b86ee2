import { lstat, mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { reasonedError } from '@shared/error-reasons'
import type { CreatedPost } from '@shared/new-post'
import { resolveInside } from './confine'
import { stampOfFile } from './file-stamp'
import { errnoCode, fsError } from './fs-errors'
import { moveFileNoClobber } from './move-file'
import { isPostId } from './save'
import { queueWrite } from './write-queue'

/**
 * Takes a post's file away from the folder (to the system trash, or the app's trash) and returns
 * what the caller's trash answers: the entry that can restore it, or null.
 */
export type Discard<T> = (absolutePath: string, id: string) => Promise<T>

/** Deletes a post by handing its file to `discard`, behind any save of it still queued. */
export async function removePost<T>(root: string, id: string, discard: Discard<T>): Promise<T> {
  checkPostId(id)
  return queueWrite(`${root}\0${id}`, async () => {
    const path = await resolveInside(root, id)
    let stats
    try {
      stats = await lstat(path)
    } catch (error) {
      throw fsError(error, id, 'delete')
    }
    if (stats.isDirectory()) {
      throw reasonedError('INVALID_ARGUMENT', 'isFolder', `"${id}" is a folder`, { path: id })
    }
    try {
      return await discard(path, id)
    } catch (error) {
      throw fsError(error, id, 'delete')
    }
  })
}

/** Moves a trashed post back to `id` (see `restoreFile`). */
export async function restorePost(root: string, id: string, source: string): Promise<CreatedPost> {
  checkPostId(id)
  return restoreFile(root, id, source)
}

/**
 * Moves a trashed file (a post, or the cloud image deleted with one) back to `id`: EXISTS when
 * something has taken the name meanwhile (never overwritten); folders that were removed since
 * are created again, inside the folder only.
 */
export async function restoreFile(root: string, id: string, source: string): Promise<CreatedPost> {
  return queueWrite(`${root}\0${id}`, async () => {
    const target = await resolveInside(root, id)
    try {
      await mkdir(dirname(target), { recursive: true })
    } catch (error) {
      const code = errnoCode(error)
      if (code === 'EEXIST' || code === 'ENOTDIR') {
        const message = `A file is in the way of the folder of "${id}".`
        throw reasonedError('EXISTS', 'fileInTheWay', message, { path: id })
      }
      throw fsError(error, id, 'restore')
    }
    let moved
    try {
      moved = await moveFileNoClobber(source, target)
    } catch (error) {
      throw fsError(error, id, 'restore')
    }
    if (!moved) {
      const message = `"${id}" exists again in the folder; rename or delete it, then restore.`
      throw reasonedError('EXISTS', 'restoreTaken', message, { path: id })
    }
    return { id, stamp: await stampOfFile(target, id) }
  })
}

function checkPostId(id: string): void {
  if (!isPostId(id)) {
    throw reasonedError('INVALID_ARGUMENT', 'notPost', `"${id}" is not a Markdown post`, {
      path: id
    })
  }
}
