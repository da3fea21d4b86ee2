import { useCallback, useEffect, useRef, useState } from 'react'
import { defaultCloudOptions } from '@shared/cloud/options'
import type { CloudOptions } from '@shared/cloud/options'
import type { FolderCloudSettings } from '@shared/cloud/settings'
import { api } from '../../api'

export interface CloudSettings {
  /** The post's options as the panel shows them (null while loading). */
  options: CloudOptions | null
  folder: FolderCloudSettings | null
  /** Applies changes at once and remembers them for the post a moment later. */
  change(changes: Partial<CloudOptions>): void
  /** The folder's settings after the back end changed them (a merge or a rename). */
  setFolder(folder: FolderCloudSettings): void
}

/** How long option changes wait before they are written (a slider drag writes once). */
const writeDelayMs = 400

const emptyFolder: FolderCloudSettings = {
  pattern: 'wordcloud_{title}',
  edits: { merge: {}, rename: {} },
  rules: { split: [], boilerplate: true }
}

/**
 * A post's cloud options and the folder's cloud settings: loaded when the post changes, edited
 * locally without waiting, and written to `.postcloud/` debounced. Pending writes go out before
 * another post's settings load and when the panel closes, so no change is lost.
 */
export function useCloudSettings(postId: string, onError: (error: Error) => void): CloudSettings {
  const [state, setState] = useState<{
    postId: string
    options: CloudOptions
    folder: FolderCloudSettings
  } | null>(null)
  const pending = useRef<{ postId: string; changes: Partial<CloudOptions> } | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const latestOnError = useRef(onError)
  useEffect(() => {
    latestOnError.current = onError
  })

  const flush = useCallback((): void => {
    window.clearTimeout(timer.current)
    const write = pending.current
    pending.current = null
    if (!write) return
    api.updateCloudOptions(write.postId, write.changes).catch((error: unknown) => {
      latestOnError.current(error as Error)
    })
  }, [])

  useEffect(() => {
    let live = true
    api.getCloudSettings(postId).then(
      (settings) => {
        if (live) setState({ postId, options: settings.options, folder: settings.folder })
      },
      (error: unknown) => {
        if (!live) return
        // The cloud still works from the defaults; the writer learns why nothing was remembered.
        setState({ postId, options: { ...defaultCloudOptions }, folder: emptyFolder })
        latestOnError.current(error as Error)
      }
    )
    return () => {
      live = false
      flush()
    }
  }, [postId, flush])

  const change = useCallback(
    (changes: Partial<CloudOptions>) => {
      setState((current) =>
        current ? { ...current, options: { ...current.options, ...changes } } : current
      )
      const write = pending.current
      pending.current = {
        postId,
        changes: write?.postId === postId ? { ...write.changes, ...changes } : changes
      }
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(flush, writeDelayMs)
    },
    [postId, flush]
  )

  const setFolder = useCallback((folder: FolderCloudSettings) => {
    setState((current) => (current ? { ...current, folder } : current))
  }, [])

  const current = state?.postId === postId ? state : null
  return {
    options: current?.options ?? null,
    folder: current?.folder ?? null,
    change,
    setFolder
  }
}
