import { useCallback, useEffect, useState } from 'react'
import type { FolderInfo } from '@shared/folder'
import { api } from '../../api'

export interface FolderState {
  folder: FolderInfo | null
  recent: string[]
  /** Opens a folder by path; errors go to the caller's error handler and leave the old one open. */
  open(path: string): Promise<boolean>
}

/** The open folder and the recent list, as the back end knows them. */
export function useFolder(onError: (error: Error) => void): FolderState {
  const [folder, setFolder] = useState<FolderInfo | null>(null)
  const [recent, setRecent] = useState<string[]>([])

  useEffect(() => {
    api.currentFolder().then(setFolder, onError)
    api.recentFolders().then(setRecent, onError)
  }, [onError])

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
  return { folder, recent, open }
}
