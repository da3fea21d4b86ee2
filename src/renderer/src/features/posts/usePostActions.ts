import { useCallback } from 'react'
import type { CreatePostInput } from '@shared/new-post'
import { api } from '../../api'
import { useI18n } from '../../i18n/I18nContext'
import type { Documents } from '../../documents/useDocuments'
import type { Toasts } from '../../ui/useToasts'

export interface PostActions {
  create(input: CreatePostInput): Promise<boolean>
  rename(id: string, fileName: string): Promise<boolean>
  remove(id: string): Promise<void>
  restore(entry: string): Promise<boolean>
}

/** Creating, renaming, deleting and restoring posts, with the open buffers kept in step. */
export function usePostActions(
  documents: Documents,
  toasts: Toasts,
  onError: (error: Error) => void
): PostActions {
  const { t } = useI18n()
  const { open, renamed, closed } = documents
  const { show } = toasts

  const create = useCallback(
    async (input: CreatePostInput): Promise<boolean> => {
      try {
        const created = await api.createPost(input)
        await open(created.id)
        return true
      } catch (error) {
        onError(error as Error)
        return false
      }
    },
    [open, onError]
  )

  const rename = useCallback(
    async (id: string, fileName: string): Promise<boolean> => {
      try {
        const result = await api.renamePost(id, fileName)
        renamed(id, result.id)
        return true
      } catch (error) {
        onError(error as Error)
        return false
      }
    },
    [renamed, onError]
  )

  const restore = useCallback(
    async (entry: string): Promise<boolean> => {
      try {
        const restored = await api.restoreFromTrash(entry)
        await open(restored.id)
        return true
      } catch (error) {
        onError(error as Error)
        return false
      }
    },
    [open, onError]
  )

  const remove = useCallback(
    async (id: string): Promise<void> => {
      try {
        const deleted = await api.deletePost(id)
        closed(id)
        const entry = deleted.trashEntry
        show({
          kind: 'info',
          text: t('posts.deleted', { id }),
          action: entry ? { label: t('posts.undo'), run: () => void restore(entry) } : undefined
        })
      } catch (error) {
        onError(error as Error)
      }
    },
    [closed, show, t, restore, onError]
  )

  return { create, rename, remove, restore }
}
