import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { contractMethods, ipcChannel } from '../shared/contract'
import type { PostcloudApi } from '../shared/contract'
import type { Log } from '../core/app-data/log-file'
import { invokeContract } from '../core/invoke'

/** Only the IPC surface main needs, so the wiring can be checked without Electron. */
export type HandlerRegistry = Pick<IpcMain, 'handle' | 'removeHandler'>

/**
 * Registers one handler per contract method. A call is answered only when it comes from the
 * top frame of our own window at our own address; anything else gets a PERMISSION error.
 */
export function registerContractHandlers(
  ipc: HandlerRegistry,
  api: PostcloudApi,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  log?: Log
): () => void {
  for (const method of contractMethods) {
    ipc.handle(ipcChannel(method), (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) {
        log?.error(`refused ${method} from an untrusted frame: ${event.senderFrame?.url ?? 'none'}`)
        return { error: { code: 'PERMISSION', message: 'Untrusted sender.' } }
      }
      return invokeContract(api, method, args, log)
    })
  }
  return () => {
    for (const method of contractMethods) ipc.removeHandler(ipcChannel(method))
  }
}

/** The sender check: a live top-level frame whose URL starts with the renderer's address. */
export function trustedSender(
  expectedUrl: () => string
): (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean {
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    const base = new URL(expectedUrl())
    const url = new URL(frame.url)
    return url.origin === base.origin && url.pathname === base.pathname
  }
}
