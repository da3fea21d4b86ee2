import type { OnReplaced } from '../library/save'
import type { LocalHistory } from './history'
import type { Log } from './log-file'

/**
 * The hook a save, front matter edit or conversion of post `id` runs once it has replaced the
 * file (still under the post's lock, so versions land in the order the saves did): keeps the
 * replaced bytes as the post's newest version. The history never decides a save: failing to keep
 * a version is logged, and the save stands.
 */
export function keepReplaced(
  history: LocalHistory,
  log: Log,
  folder: string,
  id: string
): OnReplaced {
  return async (previous) => {
    await history.keep(folder, id, previous).catch((error: unknown) => {
      log.error(`Could not keep the previous version of "${id}" in the history`, error)
    })
  }
}
