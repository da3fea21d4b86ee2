import type { Envelope, PostcloudBridge, PostcloudPreloadBridge } from '../../../shared/contract'
import { unwrapEnvelopes } from './unwrap'

/** The contract over Electron IPC, through the one object preload exposes. */
export function ipcBridge(preload: PostcloudPreloadBridge): PostcloudBridge {
  const api = unwrapEnvelopes((method, args) => {
    const fn = preload[method] as (...a: unknown[]) => Promise<Envelope<unknown>>
    return fn(...args)
  })
  return {
    ...api,
    onLibraryEvent: (listener) => preload.onLibraryEvent(listener),
    onMenuCommand: (listener) => preload.onMenuCommand(listener)
  }
}
