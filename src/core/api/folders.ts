import { resolve } from 'node:path'
import type { PostcloudApi } from '@shared/contract'
import { Library } from '../library'
import type { CoreContext } from './context'

type FolderMethods = Pick<PostcloudApi, 'openFolder' | 'currentFolder' | 'recentFolders'>

/** Opening a folder of posts, and the folders the writer opened before. */
export function folderMethods(ctx: CoreContext): FolderMethods {
  const { options, history, recoveryLog, recent } = ctx
  return {
    async openFolder(path) {
      const next = await Library.open(resolve(path), { resourcesDir: options.resourcesDir })
      const nextReal = await ctx.realFolder(next)
      await ctx.replaceFolder(next, nextReal)
      await history.sweep(nextReal).catch((error: unknown) => {
        recoveryLog.error('Could not prune the local history', error)
      })
      await options.analyzer.setFolder(next.info().path)
      // The first cloud of a session should not wait for jieba's dictionary to load.
      options.analyzer.warmUp().catch(() => undefined)
      await recent.add(next.info().path)
      ctx.syncWatcher()
      return next.info()
    },
    async currentFolder() {
      return ctx.currentFolder()
    },
    async recentFolders() {
      return recent.list()
    }
  }
}
