import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { contractMethods, ipcChannel } from '@shared/contract'
import type { PostcloudApi } from '@shared/contract'
import type { Log } from '@core/app-data/log-file'
import { invokeContract } from '@core/invoke'

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

/** The sender check: a live top-level frame showing the renderer's page. */
export function trustedSender(
  expectedUrl: () => string
): (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean {
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    return isRendererPage(frame.url, expectedUrl())
  }
}

/**
 * Whether a URL is the page main loads: same scheme, host and path (a query or a fragment does not
 * matter). Compared parsed, never by prefix: `file:///app/index.html.evil` is not the page, and
 * neither is `data:/app/index.html`, whose origin is as opaque ('null') as a file's.
 */
export function isRendererPage(url: string, expectedUrl: string): boolean {
  try {
    const base = new URL(expectedUrl)
    const actual = new URL(url)
    return (
      actual.protocol === base.protocol &&
      actual.host === base.host &&
      actual.origin === base.origin &&
      actual.pathname === base.pathname
    )
  } catch {
    return false
  }
}
