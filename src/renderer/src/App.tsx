import { useCallback, useEffect, useState } from 'react'
import type { FolderInfo, Post } from '../../shared/post'
import { api } from './api'
import { PostList } from './features/posts/PostList'
import { usePosts } from './features/posts/usePosts'

/** The window: the open folder's posts beside the selected post's text. */
export function App(): React.JSX.Element {
  const [folder, setFolder] = useState<FolderInfo | null>(null)
  const [post, setPost] = useState<Post | null>(null)
  const [error, setError] = useState<string | null>(null)
  const posts = usePosts(folder)

  const refreshFolder = useCallback(() => {
    api.currentFolder().then(setFolder, (e: Error) => setError(e.message))
  }, [])

  useEffect(refreshFolder, [refreshFolder])
  useEffect(
    () =>
      api.onMenuCommand((command) => {
        if (command === 'folder-opened') refreshFolder()
      }),
    [refreshFolder]
  )

  const open = (id: string): void => {
    setError(null)
    api.readPost(id).then(setPost, (e: Error) => setError(e.message))
  }

  return (
    <div className="app">
      <aside className="sidebar">
        <header className="folder" title={folder?.path}>
          {folder ? folder.name : '…'}
        </header>
        <PostList posts={posts} selected={post?.id ?? null} onOpen={open} />
      </aside>
      <main className="content">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {post && <pre data-testid="editor">{post.raw}</pre>}
      </main>
    </div>
  )
}
