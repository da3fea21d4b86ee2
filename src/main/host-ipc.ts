import type { IpcMainInvokeEvent } from 'electron'
import { pickFolderChannel } from '@shared/contract'
import type { Log } from '@core/app-data/log-file'
import type { HandlerRegistry } from './ipc'

/**
 * The native abilities the window asks main for, outside the contract: today the folder picker.
 * Like the contract's handlers it answers only our own top frame; anyone else gets null, as if
 * the writer had cancelled, and no dialog opens.
 */
export function registerHostHandlers(
  ipc: HandlerRegistry,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  pickFolder: () => Promise<string | null>,
  log?: Log
): () => void {
  ipc.handle(pickFolderChannel, async (event) => {
    if (!isTrustedSender(event)) {
      log?.error(`refused pickFolder from an untrusted frame: ${event.senderFrame?.url ?? 'none'}`)
      return null
    }
    return pickFolder()
  })
  return () => ipc.removeHandler(pickFolderChannel)
}
