import { useCallback, useEffect } from 'react'
import { readFrontMatter } from '@shared/frontmatter/read-buffer'
import type { FrontMatterStatus } from '@shared/post'
import type { AutosaveMode } from '@shared/recovery'
import type { EditorModels } from '../features/editor/EditorModels'
import { BurstTimer } from '@shared/editor/burst-timer'
import type { DocumentSession } from './DocumentSession'

/** Saving these would write a block no tool can read back as the writer meant it: the writer decides. */
const unparseable: ReadonlySet<FrontMatterStatus> = new Set(['unclosed', 'invalid', 'refused'])

/**
 * Saves unsaved posts by themselves when the writer chose it in the settings: `delay` after that
 * long without typing, `focus` when the window loses the focus, the page is hidden or another post
 * is shown. Only ordinary saves: never a read-only, deleted or unparseable post, never while a
 * conflict waits for the writer or after a failed save (the banner says why; the writer saves),
 * and a file changed on disk still goes to the conflict dialog.
 */
export function useAutosave(
  models: EditorModels,
  session: DocumentSession,
  mode: AutosaveMode,
  delayMs: number
): void {
  /** Saves the post when that is safe; 'busy' when a save of it is still running. */
  const saveIfSafe = useCallback(
    (id: string): 'busy' | 'done' => {
      // Timers and window events fire long after the render: the session's state is the one now.
      const { docs, conflict, recreateAsk } = session.getSnapshot()
      const doc = docs.get(id)
      if (!doc || !models.isDirty(id)) return 'done'
      if (doc.readOnly || doc.deleted || doc.saveError || conflict || recreateAsk) return 'done'
      if (doc.saving) return 'busy'
      if (unparseable.has(readFrontMatter(models.text(id)).status)) return 'done'
      void session.save(id)
      return 'done'
    },
    [models, session]
  )

  useEffect(() => {
    if (mode !== 'delay') return undefined
    const timer = new BurstTimer((id) => {
      // Typed into while a save ran: that text is still unsaved, so come back to it.
      if (saveIfSafe(id) === 'busy') timer.poke(id)
    }, delayMs)
    const off = models.onDidChangeContent((id) => timer.poke(id))
    return () => {
      off()
      timer.cancelAll()
    }
  }, [mode, delayMs, models, saveIfSafe])

  useEffect(() => {
    if (mode !== 'focus') return undefined
    const saveAll = (): void => {
      for (const id of models.dirtyIds()) saveIfSafe(id)
    }
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') saveAll()
    }
    window.addEventListener('blur', saveAll)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('blur', saveAll)
      document.removeEventListener('visibilitychange', onHidden)
    }
  }, [mode, models, saveIfSafe])

  // Showing another post is a change of focus too: the one left behind is saved.
  useEffect(() => {
    if (mode !== 'focus') return undefined
    let shown = session.getSnapshot().activeId
    return session.subscribe(() => {
      const left = shown
      shown = session.getSnapshot().activeId
      if (left && left !== shown) saveIfSafe(left)
    })
  }, [mode, session, saveIfSafe])
}
