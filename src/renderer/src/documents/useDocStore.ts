import { useCallback, useRef, useState } from 'react'
import type { RefObject } from 'react'
import type { Post } from '@shared/post'
import type { OpenDoc } from './types'
import { docFromPost } from './types'

export type DocMap = ReadonlyMap<string, OpenDoc>

export interface DocStore {
  docs: DocMap
  /** The docs as they are now (see below); read it in async handlers, never `docs`. */
  current: RefObject<DocMap>
  setDocs(update: (map: DocMap) => DocMap): void
  /** Changes some fields of an open doc; nothing when the post is not open. */
  patch(id: string, change: Partial<OpenDoc>): void
  /** Takes what the disk said about a post, as if just loaded. */
  adopt(post: Post): void
}

/** What the window keeps about each open post besides its text, with safe ways to change it. */
export function useDocStore(): DocStore {
  const [docs, setDocsState] = useState<DocMap>(new Map())
  // Async handlers (a save finishing, a change on disk) need the docs as they are now, not as
  // they were in the render that created the handler: the ref is the truth, the state mirrors it.
  const current = useRef<DocMap>(new Map())
  const setDocs = useCallback((update: (map: DocMap) => DocMap) => {
    current.current = update(current.current)
    setDocsState(current.current)
  }, [])

  const patch = useCallback(
    (id: string, change: Partial<OpenDoc>) => {
      setDocs((map) => {
        const doc = map.get(id)
        if (!doc) return map
        return new Map(map).set(id, { ...doc, ...change })
      })
    },
    [setDocs]
  )

  const adopt = useCallback(
    (post: Post) => setDocs((map) => new Map(map).set(post.id, docFromPost(post))),
    [setDocs]
  )

  return { docs, current, setDocs, patch, adopt }
}
