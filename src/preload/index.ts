import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { IpcRendererEvent } from 'electron'
import {
  contractMethods,
  ipcChannel,
  libraryEventChannel,
  menuCommandChannel,
  pickFolderChannel,
  windowAttachChannel,
  windowDetachChannel
} from '@shared/contract'
import type {
  ContractMethod,
  EnvelopedApi,
  MenuCommand,
  PostcloudPreloadBridge
} from '@shared/contract'
import type { FolderEvent } from '@shared/folder-events'

// One narrow object, never ipcRenderer itself: one function per contract method, the two
// subscriptions (each returns its unsubscribe function) and the host's two native abilities.
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
  onLibraryEvent: (listener: (event: FolderEvent) => void, windowId: string) => {
    ipcRenderer.send(windowAttachChannel, windowId)
    const unsubscribe = subscribe(libraryEventChannel, listener)
    return () => {
      unsubscribe()
      ipcRenderer.send(windowDetachChannel, windowId)
    }
  },
  onMenuCommand: (listener: (command: MenuCommand) => void) =>
    subscribe(menuCommandChannel, listener),
  pickFolder: () => ipcRenderer.invoke(pickFolderChannel) as Promise<string | null>,
  // Sandboxed pages no longer see File.path; webUtils answers '' for a file not from the disk.
  pathOfDropped: (file: File) => webUtils.getPathForFile(file) || null
}

contextBridge.exposeInMainWorld('postcloud', bridge)
