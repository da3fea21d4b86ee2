import { useCallback } from 'react'
import type { Post } from '@shared/post'
import { PostcloudError } from '@shared/errors'
import type { KeyedChain } from '@shared/keyed-chain'
import { api } from '../api'
import type { EditorModels } from '../features/editor/EditorModels'
import type { Conflict } from './types'
import type { DocStore } from './useDocStore'

export interface DiskFollowing {
  /** The file on disk changed, appeared or went away. */
  diskChanged(id: string, gone: boolean): Promise<void>
  /** Changes on disk may have been missed: compare every open post with its file again. */
  recheckAll(): void
}

/**
 * Open posts follow their files: a clean buffer takes a change on disk quietly, a dirty one gets
 * the conflict dialog, a file that went away marks its buffer deleted. Each check runs in the
 * post's turn on `work`, after any save of it, so the event of our own save is seen with the
 * stamp that save wrote.
 */
export function useDiskFollowing(
  models: EditorModels,
  store: Pick<DocStore, 'current' | 'patch' | 'adopt'>,
  work: KeyedChain,
  setConflict: (conflict: Conflict) => void
): DiskFollowing {
  const { current, patch, adopt } = store

  const follow = useCallback(
    async (id: string, gone: boolean) => {
      const doc = current.current.get(id)
      if (!doc) return
      if (gone) {
        patch(id, { deleted: true })
        return
      }
      let post: Post
      try {
        post = await api.readPost(id)
      } catch (error) {
        // Gone by the time we looked (a rescan after missed events can find that out).
        if (error instanceof PostcloudError && error.code === 'NOT_FOUND')
          patch(id, { deleted: true })
        return
      }
      // Our own save, or a touch that changed nothing.
      if (post.stamp.hash === doc.stamp.hash && !doc.deleted) return
      if (models.isDirty(id)) {
        setConflict({ id, theirs: post })
        return
      }
      // A clean buffer follows the disk quietly.
      models.replaceText(id, post.raw)
      models.markSaved(id)
      adopt(post)
    },
    [models, current, patch, adopt, setConflict]
  )

  const diskChanged = useCallback(
    (id: string, gone: boolean) => work.run(id, () => follow(id, gone)),
    [work, follow]
  )

  const recheckAll = useCallback(() => {
    for (const id of current.current.keys()) void diskChanged(id, false)
  }, [current, diskChanged])

  return { diskChanged, recheckAll }
}
