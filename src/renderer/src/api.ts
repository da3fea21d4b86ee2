import type { PostcloudBridge, PostcloudPreloadBridge } from '@shared/contract'
import { httpBridge } from './transport/http'
import { ipcBridge } from './transport/ipc'

declare global {
  interface Window {
    postcloud?: PostcloudPreloadBridge
  }
}

/**
 * The ONLY reader of `window.postcloud`: inside Electron the preload bridge, in a browser served
 * by the web host the HTTP transport. Everything else in the window imports `api` from here.
 */
export const api: PostcloudBridge = window.postcloud ? ipcBridge(window.postcloud) : httpBridge()
