import type { Envelope, PostcloudBridge, PostcloudPreloadBridge } from '@shared/contract'
import { electronAssetUrl } from '@shared/transport/asset-path'
import { unwrapEnvelopes } from './unwrap'

/** The contract over Electron IPC, through the one object preload exposes. */
export function ipcBridge(preload: PostcloudPreloadBridge): PostcloudBridge {
  const windowId = crypto.randomUUID()
  const api = unwrapEnvelopes((method, args) => {
    const fn = preload[method] as (...a: unknown[]) => Promise<Envelope<unknown>>
    return fn(...args)
  })
  return {
    ...api,
    onLibraryEvent: (listener) => preload.onLibraryEvent(listener, windowId),
    windowId,
    onMenuCommand: (listener) => preload.onMenuCommand(listener),
    host: {
      kind: 'electron',
      pickFolder: () => preload.pickFolder(),
      pathOfDropped: (file) => preload.pathOfDropped(file)
    },
    assetUrl: electronAssetUrl
  }
}
