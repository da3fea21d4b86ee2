import { lstat, readdir, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import { reasonedError } from '@shared/error-reasons'
import type { PostcloudError } from '@shared/errors'
import type { CreatedPost } from '@shared/new-post'
import { idSegments, resolveInside } from './confine'
import { stampOfFile } from './file-stamp'
import { fsError } from './fs-errors'
import { moveFileNoClobber } from './move-file'
import { checkPostFileName, nameKey } from './post-file-name'
import { isPostId } from './save'
import { queueWrite } from './write-queue'

/**
 * Renames a post within its own folder. The file is moved, never rewritten, so its bytes, mode
 * and mtime stay. A name another entry already has, also when only case or Unicode normalization
 * differ (one file on macOS and Windows), is EXISTS; changing only the case of the post's own
 * name is allowed.
 */
export async function renamePost(root: string, id: string, fileName: string): Promise<CreatedPost> {
  const name = checkPostFileName(fileName)
  const segments = idSegments(id)
  if (!isPostId(id)) {
    throw reasonedError(
      'INVALID_ARGUMENT',
      'notPost',
      `"${id}" is not a Markdown post (.md or .markdown)`,
      { path: id }
    )
  }
  const oldName = segments[segments.length - 1]
  const newId = [...segments.slice(0, -1), name].join('/')
  // Behind any save of the post still queued, so the save lands before the file moves.
  return queueWrite(`${root}\0${id}`, async () => {
    const from = await resolveInside(root, id)
    const to = await resolveInside(root, newId)
    await checkIsFile(from, id)
    if (name !== oldName) {
      await checkNameFree(dirname(from), name, oldName, newId)
      try {
        if (nameKey(name) === nameKey(oldName)) await rename(from, to)
        else if (!(await moveFileNoClobber(from, to))) throw taken(newId)
      } catch (error) {
        throw fsError(error, id, 'rename')
      }
    }
    return { id: newId, stamp: await stampOfFile(to, newId) }
  })
}

async function checkIsFile(path: string, id: string): Promise<void> {
  let stats
  try {
    stats = await lstat(path)
  } catch (error) {
    throw fsError(error, id, 'rename')
  }
  if (stats.isDirectory()) {
    throw reasonedError('INVALID_ARGUMENT', 'isFolder', `"${id}" is a folder`, { path: id })
  }
}

/** EXISTS when an entry other than the post itself would be the same file on some system. */
async function checkNameFree(
  folder: string,
  name: string,
  oldName: string,
  newId: string
): Promise<void> {
  const key = nameKey(name)
  const entries = await readdir(folder).catch((error: unknown) => {
    throw fsError(error, newId, 'rename')
  })
  for (const entry of entries) {
    if (entry !== oldName && nameKey(entry) === key) throw taken(newId, entry)
  }
}

function taken(newId: string, entry?: string): PostcloudError {
  const detail = entry && entry !== newId.split('/').pop() ? ` (as "${entry}")` : ''
  const message = `"${newId}" already exists${detail}; choose another name.`
  return reasonedError('EXISTS', 'name', message, { path: newId })
}
