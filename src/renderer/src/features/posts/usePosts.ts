import { useEffect, useState } from 'react'
import type { FolderInfo, PostSummary } from '../../../../shared/post'
import { api } from '../../api'

/** The open folder's posts, listed again whenever a post is added, changed or removed on disk. */
export function usePosts(folder: FolderInfo | null): PostSummary[] {
  const [posts, setPosts] = useState<PostSummary[]>([])
  useEffect(() => {
    if (!folder) return undefined
    let live = true
    const load = (): void => {
      api.listPosts().then(
        (list) => live && setPosts(list),
        () => live && setPosts([])
      )
    }
    load()
    const unsubscribe = api.onLibraryEvent(load)
    return () => {
      live = false
      unsubscribe()
    }
  }, [folder])
  return posts
}
