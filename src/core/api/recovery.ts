import type { PostcloudApi } from '@shared/contract'
import type { CoreContext } from './context'

type RecoveryMethods = Pick<
  PostcloudApi,
  'backupBuffer' | 'discardBackup' | 'listRecoverable' | 'listHistory' | 'readHistoryVersion'
>

/** Nothing lost: backups of unsaved buffers, and the local history of saved versions. */
export function recoveryMethods(ctx: CoreContext): RecoveryMethods {
  const { backups, history, windows } = ctx
  return {
    async backupBuffer(id, text, base, windowId) {
      ctx.open()
      return backups.keep(ctx.libraryReal, id, text, base, windowId)
    },
    async discardBackup(id) {
      ctx.open()
      return backups.discard(ctx.libraryReal, id)
    },
    async listRecoverable() {
      const current = ctx.open()
      return backups.recoverable(
        ctx.libraryReal,
        (id) =>
          current.read(id).then(
            (post) => post.raw,
            () => null
          ),
        (windowId) => windows.isLive(windowId)
      )
    },
    async listHistory(id) {
      ctx.open()
      return history.list(ctx.libraryReal, id)
    },
    async readHistoryVersion(id, version) {
      ctx.open()
      return history.read(ctx.libraryReal, id, version)
    }
  }
}
