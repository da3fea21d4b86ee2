import { watch } from 'chokidar'
import { relative, sep } from 'node:path'
import type { LibraryEvent, LibraryEventKind } from '@shared/folder-events'
import { isPostFileName, isSkippedPath } from './skip-rules'

/** Stops watching; `ready` resolves once the initial scan of the watcher is done. */
export type StopWatching = (() => Promise<void>) & { ready: Promise<void> }

export interface WatchOptions {
  onError?: (error: Error) => void
  /** Every file added, changed or removed, posts or not (the Site view's layouts, data, styles). */
  onFile?: (id: string) => void
}

/**
 * Reports posts added, changed or removed under `root` (and every file to `onFile`) (only `.md`/`.markdown`, with the scan's
 * skip rules). Symlinks are not followed, so nothing outside the folder is watched. chokidar's
 * `atomic` handling (on by default) turns the unlink+add of a rename-over save into one 'change',
 * and `awaitWriteFinish` waits until a file being written stops growing.
 */
export function watchLibrary(
  root: string,
  listener: (event: LibraryEvent) => void,
  options: WatchOptions = {}
): StopWatching {
  const idOf = (path: string): string => relative(root, path).split(sep).join('/')
  const watcher = watch(root, {
    ignoreInitial: true,
    followSymlinks: false,
    ignored: (path: string) => {
      const id = idOf(path)
      return id !== '' && !id.startsWith('..') && isSkippedPath(id)
    },
    awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 }
  })
  const forward = (kind: LibraryEventKind) => (path: string) => {
    const id = idOf(path)
    options.onFile?.(id)
    if (isPostFileName(id.slice(id.lastIndexOf('/') + 1))) listener({ kind, id })
  }
  watcher.on('add', forward('add'))
  watcher.on('change', forward('change'))
  watcher.on('unlink', forward('unlink'))
  watcher.on('error', (error: unknown) => {
    options.onError?.(error instanceof Error ? error : new Error(String(error)))
  })
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  const stop = async (): Promise<void> => {
    await watcher.close()
  }
  return Object.assign(stop, { ready })
}
