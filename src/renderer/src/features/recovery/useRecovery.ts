import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react'
import type { RecoverableBuffer } from '@shared/recovery'
import { api } from '../../api'
import type { EditorModels } from '../editor/EditorModels'

export interface Recovery {
  /** Unsaved buffers left by an earlier session that the writer has not decided about yet. */
  buffers: RecoverableBuffer[]
  /** Whether the recovery dialog is up (it comes by itself when a folder opens with buffers). */
  shown: boolean
  show(): void
  hide(): void
  /** Opens the post with the buffer's text as an unsaved edit. */
  restore(buffer: RecoverableBuffer): Promise<void>
  /** Forgets the buffer for good. */
  discard(id: string): Promise<void>
  /** Asks again (another window went with unsaved buffers); the dialog comes for new ones. */
  recheck(): void
}

/**
 * Asks the back end, whenever a folder opens and whenever another window goes, for the unsaved
 * buffers a crashed, killed or closed window left behind, and shows the recovery dialog when
 * there are any new ones. It is not one of the window's
 * ordinary dialogs: the one that opened the folder may close after the answer came. Undecided buffers stay in the data folder
 * (closing the dialog loses nothing); one leaves the list when it is restored or discarded, or
 * when the writer types into that post (this session's own backup then replaces it).
 */
export function useRecovery(
  folderPath: string | null,
  models: EditorModels,
  restoreBuffer: (buffer: RecoverableBuffer) => Promise<boolean>,
  onError: (error: Error) => void
): Recovery {
  const [buffers, setBuffers] = useState<RecoverableBuffer[]>([])
  const [shown, setShown] = useState(false)
  const drop = useCallback(
    (id: string) =>
      setBuffers((list) =>
        list.some((buffer) => buffer.id === id) ? list.filter((buffer) => buffer.id !== id) : list
      ),
    []
  )

  const found = useEffectEvent((list: RecoverableBuffer[]) => {
    const known = new Set(buffers.map((buffer) => `${buffer.id}\n${buffer.backedUpAt}`))
    setBuffers(list)
    if (list.some((buffer) => !known.has(`${buffer.id}\n${buffer.backedUpAt}`))) setShown(true)
    else if (list.length === 0) setShown(false)
  })
  const failed = useEffectEvent((error: Error) => onError(error))
  // Each ask bumps the counter; an answer is used only while it is the latest one's.
  const [asked, setAsked] = useState(0)
  const recheck = useCallback(() => setAsked((n) => n + 1), [])
  useEffect(() => {
    if (!folderPath) return undefined
    let current = true
    api.listRecoverable().then(
      (list) => current && found(list),
      (error: Error) => current && failed(error)
    )
    return () => {
      current = false
    }
  }, [folderPath, asked])

  useEffect(
    () =>
      models.onDidChangeContent((id) => {
        if (models.isDirty(id)) drop(id)
      }),
    [models, drop]
  )

  const discard = useCallback(
    async (id: string): Promise<void> => {
      try {
        await api.discardBackup(id)
        drop(id)
      } catch (error) {
        onError(error as Error)
      }
    },
    [drop, onError]
  )

  const restore = useCallback(
    async (buffer: RecoverableBuffer): Promise<void> => {
      if (!(await restoreBuffer(buffer))) return
      // The text was the file's own after all: nothing is left to keep.
      if (!models.isDirty(buffer.id)) await discard(buffer.id)
      else drop(buffer.id)
    },
    [restoreBuffer, models, discard, drop]
  )

  return useMemo(
    () => ({
      buffers,
      shown: shown && buffers.length > 0,
      show: () => setShown(true),
      hide: () => setShown(false),
      restore,
      discard,
      recheck
    }),
    [buffers, shown, restore, discard, recheck]
  )
}
