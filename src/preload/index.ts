import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import {
  contractMethods,
  ipcChannel,
  libraryEventChannel,
  menuCommandChannel
} from '../shared/contract'
import type {
  ContractMethod,
  EnvelopedApi,
  MenuCommand,
  PostcloudPreloadBridge
} from '../shared/contract'
import type { LibraryEvent } from '../shared/post'

// One narrow object, never ipcRenderer itself: one function per contract method plus the two
// subscriptions, each of which returns its unsubscribe function.
const methods = Object.fromEntries(
  contractMethods.map((method: ContractMethod) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(ipcChannel(method), ...args)
  ])
) as EnvelopedApi

function subscribe<T>(channel: string, listener: (value: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, value: T): void => listener(value)
  ipcRenderer.on(channel, handler)
  return () => {
    ipcRenderer.removeListener(channel, handler)
  }
}

const bridge: PostcloudPreloadBridge = {
  ...methods,
  onLibraryEvent: (listener: (event: LibraryEvent) => void) =>
    subscribe(libraryEventChannel, listener),
  onMenuCommand: (listener: (command: MenuCommand) => void) =>
    subscribe(menuCommandChannel, listener)
}

contextBridge.exposeInMainWorld('postcloud', bridge)
