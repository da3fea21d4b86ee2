import type { PostcloudApi } from '@shared/contract'
import { followDelete } from '../cloud'
import { restoreFile } from '../library/remove'
import type { CoreContext } from './context'

type TrashMethods = Pick<PostcloudApi, 'deletePost' | 'listTrash' | 'restoreFromTrash'>

/** Deleting posts (with their cloud images) and bringing them back from the app's trash. */
export function trashMethods(ctx: CoreContext): TrashMethods {
  const { options, trash } = ctx
  return {
    async deletePost(id) {
      const current = ctx.open()
      const folder = await ctx.realFolder(current)
      const trashEntry = await current.remove(id, async (path, fileId) => {
        if (!options.systemTrash) return trash.put(folder, fileId, path)
        await options.systemTrash(path)
        return null
      })
      // The cloud image goes into the post's own trash entry, so restoring the post restores it.
      const discardCloud = async (path: string, fileId: string): Promise<void> => {
        if (options.systemTrash) await options.systemTrash(path)
        else if (trashEntry) await trash.attach(trashEntry, fileId, path)
      }
      // The post is gone already: a cloud that cannot follow it to the trash stays in the folder.
      await followDelete(current, id, discardCloud).catch(() => [])
      return { id, trashEntry }
    },
    async listTrash() {
      return trash.list(await ctx.realFolder(ctx.open()))
    },
    async restoreFromTrash(entry) {
      const current = ctx.open()
      const trashed = await trash.take(entry, await ctx.realFolder(current))
      const restored = await current.restore(trashed.id, trashed.file)
      let allBack = true
      for (const companion of trashed.companions) {
        // A file that took the image's place meanwhile is kept; the image stays in the entry
        // (pruned with it after the trash's 30 days) rather than being deleted here.
        await restoreFile(current.info().path, companion.id, companion.file).catch(() => {
          allBack = false
        })
      }
      if (allBack) await trash.discard(entry)
      return restored
    }
  }
}
