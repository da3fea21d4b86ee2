import { useEffect, useEffectEvent, useMemo, useRef } from 'react'
import { api } from '../api'
import type { EditorModels } from '../features/editor/EditorModels'
import { BurstTimer } from '@shared/editor/burst-timer'
import type { DocumentSession } from './DocumentSession'

/**
 * A backup follows a pause of a second in the typing, and never waits more than two seconds
 * after the first unsaved keystroke of a burst: a crash loses at most the last two seconds.
 */
const quietMs = 1000
const maxWaitMs = 2000

export interface Backups {
  /** Resolves once every backup and discard asked for so far has reached the back end. */
  settled(): Promise<void>
}

/**
 * Keeps a copy of every unsaved buffer in the app's data folder (`backupBuffer`), so a crash or a
 * kill loses nothing: the next launch offers the buffers back. A buffer that becomes clean (saved,
 * reverted, its changes undone, or closed without saving) has its backup discarded. Calls go out
 * one at a time, in order, so a discard can never overtake the backup it cancels.
 */
export function useBackups(
  models: EditorModels,
  session: DocumentSession,
  onFailure: (error: Error) => void
): Backups {
  const chain = useRef<Promise<void>>(Promise.resolve())
  const failed = useEffectEvent((error: Error) => onFailure(error))

  useEffect(() => {
    // One message per run of failures (a full disk would otherwise repeat it every two seconds).
    let failing = false
    const enqueue = (call: () => Promise<void>): void => {
      chain.current = chain.current.then(call).then(
        () => void (failing = false),
        (error: Error) => {
          if (!failing) failed(error)
          failing = true
        }
      )
    }
    const backUp = (id: string): void => {
      // Timers fire long after the render that set them up: the session's state is the one now.
      const doc = session.getSnapshot().docs.get(id)
      if (!doc || doc.readOnly || !models.isDirty(id)) return
      const text = models.text(id)
      // A buffer whose file is gone no longer starts from any file on disk.
      const base = doc.deleted ? null : doc.stamp
      enqueue(() => api.backupBuffer(id, text, base, api.windowId))
    }
    const timer = new BurstTimer(backUp, quietMs, maxWaitMs)

    const offContent = models.onDidChangeContent((id) => timer.poke(id))
    const offDirty = models.onDidChangeDirty((id, dirty) => {
      if (dirty) {
        timer.poke(id)
        return
      }
      timer.cancel(id)
      enqueue(() => api.discardBackup(id))
    })
    // A tab being closed or hidden may never run its timers again: back up what is pending now.
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') timer.flush()
    }
    const onPageHide = (): void => timer.flush()
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      offContent()
      offDirty()
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', onPageHide)
      timer.flush()
    }
  }, [models, session])

  return useMemo(() => ({ settled: () => chain.current }), [])
}
