import { realpath } from 'node:fs/promises'
import { PostcloudError } from '../../shared/errors'
import type { ErrorCode } from '../../shared/errors'
import { readFileOnce } from '../library/read-file'
import { isStamp, sha256Hex } from '../library/stamp'
import type { LocalHistory } from './history'
import type { Log } from './log-file'

/** What a save of one post needs to keep the version it replaces. */
export interface HistorySaveContext {
  history: LocalHistory
  log: Log
  /** Real path of the open posts folder. */
  folder: string
  /** The absolute path of a post id, refused when it leads outside the folder. */
  resolve(id: string): Promise<string>
}

// Failures the save itself reports to the writer: no reason to log them a second time.
const reportedBySave = new Set<ErrorCode>(['NOT_FOUND', 'OUTSIDE_FOLDER', 'INVALID_ARGUMENT'])

/**
 * Runs `save` (a savePost or updateFrontMatter of post `id` against the stamp `expected`) so that
 * the file it replaces is kept in the local history first. The history never decides the save:
 * when keeping fails it is logged and the save goes on; when the save fails, or leaves the bytes
 * as they were, the version kept for it is removed again, so no version claims a save that did
 * not replace it.
 */
export async function saveKeepingHistory<T>(
  context: HistorySaveContext,
  id: string,
  expected: unknown,
  save: () => Promise<T>,
  hashAfter: (result: T) => string
): Promise<T> {
  const expectedHash = isStamp(expected) ? expected.hash : null
  const version = expectedHash === null ? null : await keepPrevious(context, id, expectedHash)
  let result: T
  try {
    result = await save()
  } catch (error) {
    if (version) await forget(context, id, version)
    throw error
  }
  if (version && hashAfter(result) === expectedHash) await forget(context, id, version)
  return result
}

async function keepPrevious(
  context: HistorySaveContext,
  id: string,
  expectedHash: string
): Promise<string | null> {
  try {
    const path = await context.resolve(id)
    // Saves write through a symlink to its target: the target's bytes are what gets replaced.
    const target = await realpath(path).catch(() => path)
    const { bytes } = await readFileOnce(target, id)
    // Another file than the editor loaded makes the save a CONFLICT: nothing will be replaced.
    if (sha256Hex(bytes) !== expectedHash) return null
    return await context.history.keep(context.folder, id, bytes)
  } catch (error) {
    if (!(error instanceof PostcloudError && reportedBySave.has(error.code))) {
      context.log.error(`Could not keep the previous version of "${id}" in the history`, error)
    }
    return null
  }
}

async function forget(context: HistorySaveContext, id: string, version: string): Promise<void> {
  await context.history.forget(context.folder, id, version).catch((error: unknown) => {
    context.log.error(`Could not remove an unused history version of "${id}"`, error)
  })
}
