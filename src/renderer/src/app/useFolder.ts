import { useCallback, useEffect, useState } from 'react'
import type { FolderInfo } from '../../../shared/post'
import { api } from '../api'

export interface FolderState {
  folder: FolderInfo | null
  recent: string[]
  /** Opens a folder by path; errors go to the caller's error handler and leave the old one open. */
  open(path: string): Promise<boolean>
  /** Re-reads the current folder (after the Electron menu opened one). */
  refresh(): void
}

/** The open folder and the recent list, as the back end knows them. */
export function useFolder(onError: (error: Error) => void): FolderState {
  const [folder, setFolder] = useState<FolderInfo | null>(null)
  const [recent, setRecent] = useState<string[]>([])

  const refresh = useCallback(() => {
    api.currentFolder().then(setFolder, onError)
    api.recentFolders().then(setRecent, onError)
  }, [onError])

  useEffect(refresh, [refresh])

  const open = useCallback(
    async (path: string): Promise<boolean> => {
      try {
        setFolder(await api.openFolder(path))
        setRecent(await api.recentFolders())
        return true
      } catch (error) {
        onError(error as Error)
        return false
      }
    },
    [onError]
  )
  return { folder, recent, open, refresh }
}
