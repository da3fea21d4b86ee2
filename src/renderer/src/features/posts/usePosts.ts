import { useEffect, useState } from 'react'
import type { FolderInfo } from '@shared/folder'
import type { FolderEvent } from '@shared/folder-events'
import type { PostSummary } from '@shared/post'
import { api } from '../../api'

/**
 * The open folder's posts, listed again when files change on disk. A burst of events (a `git
 * pull`, a batch export) is folded into one reload.
 */
export function usePosts(
  folder: FolderInfo | null,
  onEvent: (event: FolderEvent) => void
): PostSummary[] {
  const [listed, setListed] = useState<{ folder: string; posts: PostSummary[] } | null>(null)
  useEffect(() => {
    if (!folder) return undefined
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = (): void => {
      api.listPosts().then(
        (posts) => live && setListed({ folder: folder.path, posts }),
        () => live && setListed({ folder: folder.path, posts: [] })
      )
    }
    load()
    const unsubscribe = api.onLibraryEvent((event) => {
      onEvent(event)
      // Not a change of any post file: the list stays as it is.
      if (event.kind === 'recoverable') return
      clearTimeout(timer)
      timer = setTimeout(load, 100)
    })
    return () => {
      live = false
      clearTimeout(timer)
      unsubscribe()
    }
  }, [folder, onEvent])
  // Another folder's list never shows, not even for the moment before the new one arrives.
  return listed && folder && listed.folder === folder.path ? listed.posts : []
}
