import { resolve } from 'node:path'
import type { PostcloudApi } from '@shared/contract'
import type { CoreContext } from './context'
import { OpenFolder } from './open-folder'

type FolderMethods = Pick<PostcloudApi, 'openFolder' | 'currentFolder' | 'recentFolders'>

/** Opening a folder of posts, and the folders the writer opened before. */
export function folderMethods(ctx: CoreContext): FolderMethods {
  const { options, history, recoveryLog, recent } = ctx
  return {
    async openFolder(path) {
      const next = await OpenFolder.open(resolve(path), {
        resourcesDir: options.resourcesDir,
        history,
        log: recoveryLog
      })
      await ctx.replaceFolder(next)
      await history.sweep(next.real).catch((error: unknown) => {
        recoveryLog.error('Could not prune the local history', error)
      })
      const info = next.library.info()
      await options.analyzer.setFolder(info.path)
      // The first cloud of a session should not wait for jieba's dictionary to load.
      options.analyzer.warmUp().catch(() => undefined)
      await recent.add(info.path)
      ctx.syncWatcher()
      return info
    },
    async currentFolder() {
      return ctx.currentFolder()
    },
    async recentFolders() {
      return recent.list()
    }
  }
}
