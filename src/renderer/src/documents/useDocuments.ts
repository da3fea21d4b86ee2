import { useCallback, useMemo, useState } from 'react'
import type { FrontMatterValue, Post, PostStamp } from '@shared/post'
import { PostcloudError } from '@shared/errors'
import { KeyedChain } from '@shared/keyed-chain'
import type { RecoverableBuffer } from '@shared/recovery'
import { api } from '../api'
import type { EditorModels } from '../features/editor/EditorModels'
import type { Conflict, OpenDoc } from './types'
import { recoveredDoc } from './recovered'
import { useDiskFollowing } from './useDiskFollowing'
import { useDocStore } from './useDocStore'

export interface Documents {
  docs: ReadonlyMap<string, OpenDoc>
  activeId: string | null
  conflict: Conflict | null
  /** A post deleted or moved on disk that the writer asked to save: written again only once confirmed. */
  recreateAsk: string | null
  /** Reads a post (once) and makes it the active one; false when it cannot be opened. */
  open(id: string): Promise<boolean>
  /** Opens a post with a recovered buffer's text as an unsaved edit (nothing is written). */
  restore(buffer: RecoverableBuffer): Promise<boolean>
  save(id?: string): Promise<boolean>
  /** Writes a post deleted on disk back from its buffer (the writer confirmed). */
  recreate(id: string): Promise<boolean>
  dismissRecreate(): void
  /** Saves over the disk version after a conflict. */
  keepMine(): Promise<void>
  /** Drops the buffer's changes for the disk version (undoable in the editor). */
  takeTheirs(): void
  dismissConflict(): void
  /** Changes front matter keys in the file and brings the buffer along. */
  setFrontMatter(id: string, changes: Record<string, FrontMatterValue | undefined>): Promise<void>
  /**
   * Lets the back end write into the post (a cloud export inserting its link): unsaved edits are
   * saved first, the write expects the saved stamp, and the buffer then takes the text it wrote.
   * Null when a failed save or a conflict stopped it (already shown); other errors are thrown.
   */
  writeThrough<T extends { postChanged: boolean }>(
    id: string,
    write: (expected: PostStamp) => Promise<T>
  ): Promise<T | null>
  /** The file on disk changed, appeared or went away. */
  diskChanged(id: string, gone: boolean): Promise<void>
  /** Changes on disk may have been missed: compare every open post with its file again. */
  recheckAll(): void
  renamed(oldId: string, newId: string): void
  closed(id: string): void
}

/**
 * The open posts: loading, saving with the on-disk stamp check, conflicts, and following changes
 * made on disk (useDiskFollowing). The text itself lives in the editor's models; this keeps what
 * the disk said (useDocStore).
 */
export function useDocuments(models: EditorModels, onError: (error: Error) => void): Documents {
  const { docs, current, setDocs, patch, adopt } = useDocStore()
  const [activeId, setActiveId] = useState<string | null>(null)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [recreateAsk, setRecreateAsk] = useState<string | null>(null)
  // Saves and disk checks of one post run one at a time: a save asked for while one is running
  // (Ctrl+S twice, an autosave) waits its turn instead of being dropped, and the change event of
  // our own save is looked at only once the save has told us the stamp it wrote.
  const [work] = useState(() => new KeyedChain())

  const open = useCallback(
    async (id: string): Promise<boolean> => {
      if (current.current.has(id)) {
        setActiveId(id)
        return true
      }
      try {
        const post = await api.readPost(id)
        models.open(post.id, post.raw, post.lineEnding)
        models.markSaved(post.id)
        adopt(post)
        setActiveId(post.id)
        return true
      } catch (error) {
        onError(error as Error)
        return false
      }
    },
    [current, models, adopt, onError]
  )

  const restore = useCallback(
    async (buffer: RecoverableBuffer): Promise<boolean> => {
      const { id, text } = buffer
      if (!current.current.has(id)) {
        let post: Post | null = null
        try {
          post = await api.readPost(id)
        } catch (error) {
          if (!(error instanceof PostcloudError && error.code === 'NOT_FOUND')) {
            onError(error as Error)
            return false
          }
        }
        const doc = recoveredDoc(buffer, post)
        models.open(id, post?.raw ?? '', doc.lineEnding)
        models.markSaved(id)
        setDocs((map) => new Map(map).set(id, doc))
      }
      // One undoable edit over what the file holds: the buffer is dirty until the writer saves.
      models.replaceText(id, text)
      setActiveId(id)
      return true
    },
    [current, models, setDocs, onError]
  )

  const showConflict = useCallback(async (id: string) => {
    setConflict({ id, theirs: await api.readPost(id) })
  }, [])

  /**
   * Writes the buffer, expecting the disk to hold `expected` (the loaded stamp unless overridden).
   * `queued`: it waited for other work on this post, so it writes only what is still unsaved.
   */
  const writeBuffer = useCallback(
    async (
      id: string,
      expected: PostStamp | null | undefined,
      queued: boolean
    ): Promise<boolean> => {
      const doc = current.current.get(id)
      if (!doc) return false
      if (queued && expected === undefined && !models.isDirty(id)) return true
      // The text and its version are taken together: typing during the save stays dirty.
      const text = models.text(id)
      const version = models.versionOf(id)
      patch(id, { saving: true })
      try {
        const stamp = await api.savePost(
          id,
          text,
          expected !== undefined ? expected : doc.deleted ? null : doc.stamp
        )
        models.markSaved(id, version)
        patch(id, { stamp, saving: false, saveError: null, deleted: false })
        return true
      } catch (error) {
        patch(id, { saving: false, saveError: (error as Error).message })
        if (error instanceof PostcloudError && error.code === 'CONFLICT') {
          await showConflict(id).catch(onError)
        } else onError(error as Error)
        return false
      }
    },
    [current, models, patch, showConflict, onError]
  )

  const saveOver = useCallback(
    (id: string, expected?: PostStamp | null): Promise<boolean> => {
      const queued = work.busy(id)
      return work.run(id, () => writeBuffer(id, expected, queued))
    },
    [work, writeBuffer]
  )

  const save = useCallback(
    async (target?: string): Promise<boolean> => {
      const id = target ?? activeId
      if (!id) return false
      // A file deleted or moved on disk comes back only when the writer says so.
      if (current.current.get(id)?.deleted) {
        setRecreateAsk(id)
        return false
      }
      return saveOver(id)
    },
    [current, activeId, saveOver]
  )

  const recreate = useCallback(
    async (id: string): Promise<boolean> => {
      setRecreateAsk(null)
      return saveOver(id, null)
    },
    [saveOver]
  )

  const keepMine = useCallback(async () => {
    if (!conflict) return
    const { id, theirs } = conflict
    setConflict(null)
    await saveOver(id, theirs.stamp)
  }, [conflict, saveOver])

  const takeTheirs = useCallback(() => {
    if (!conflict) return
    const { id, theirs } = conflict
    setConflict(null)
    models.replaceText(id, theirs.raw)
    models.markSaved(id)
    adopt(theirs)
  }, [conflict, models, adopt])

  const setFrontMatter = useCallback(
    async (id: string, changes: Record<string, FrontMatterValue | undefined>) => {
      // The form writes to the file; unsaved body edits are saved first so none is lost.
      if (models.isDirty(id) && !(await save(id))) return
      const doc = current.current.get(id)
      if (!doc) return
      try {
        const post = await api.updateFrontMatter(id, changes, doc.stamp)
        models.replaceText(id, post.raw)
        models.markSaved(id)
        adopt(post)
      } catch (error) {
        if (error instanceof PostcloudError && error.code === 'CONFLICT') await showConflict(id)
        else onError(error as Error)
      }
    },
    [current, models, save, adopt, showConflict, onError]
  )

  const writeThrough = useCallback(
    async <T extends { postChanged: boolean }>(
      id: string,
      write: (expected: PostStamp) => Promise<T>
    ): Promise<T | null> => {
      if (models.isDirty(id) && !(await save(id))) return null
      const doc = current.current.get(id)
      if (!doc) return null
      let result: T
      try {
        result = await write(doc.stamp)
      } catch (error) {
        if (!(error instanceof PostcloudError && error.code === 'CONFLICT')) throw error
        await showConflict(id).catch(onError)
        return null
      }
      if (!result.postChanged) return result
      const post = await api.readPost(id)
      // Typed into while the write ran: the writer chooses, as for any change on disk.
      if (models.isDirty(id)) setConflict({ id, theirs: post })
      else {
        models.replaceText(id, post.raw)
        models.markSaved(id)
        adopt(post)
      }
      return result
    },
    [current, models, save, adopt, showConflict, onError]
  )

  const { diskChanged, recheckAll } = useDiskFollowing(
    models,
    { current, patch, adopt },
    work,
    setConflict
  )

  const renamed = useCallback(
    (oldId: string, newId: string) => {
      models.rename(oldId, newId)
      setDocs((map) => {
        const doc = map.get(oldId)
        if (!doc) return map
        const next = new Map(map)
        next.delete(oldId)
        next.set(newId, { ...doc, id: newId })
        return next
      })
      setActiveId((id) => (id === oldId ? newId : id))
    },
    [models, setDocs]
  )

  const closed = useCallback(
    (id: string) => {
      models.close(id)
      setDocs((map) => {
        const next = new Map(map)
        next.delete(id)
        return next
      })
      setActiveId((active) => (active === id ? null : active))
    },
    [models, setDocs]
  )

  return useMemo(
    () => ({
      docs,
      activeId,
      conflict,
      recreateAsk,
      open,
      restore,
      save,
      recreate,
      dismissRecreate: () => setRecreateAsk(null),
      keepMine,
      takeTheirs,
      dismissConflict: () => setConflict(null),
      setFrontMatter,
      writeThrough,
      diskChanged,
      recheckAll,
      renamed,
      closed
    }),
    [
      docs,
      activeId,
      conflict,
      recreateAsk,
      open,
      restore,
      save,
      recreate,
      keepMine,
      takeTheirs,
      setFrontMatter,
      writeThrough,
      diskChanged,
      recheckAll,
      renamed,
      closed
    ]
  )
}
