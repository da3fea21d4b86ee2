import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  contractMethods,
  ipcChannel,
  libraryEventChannel,
  pickFolderChannel,
  windowAttachChannel,
  windowDetachChannel
} from '@shared/contract'
import type { PostcloudPreloadBridge } from '@shared/contract'

// Electron cannot run here; a stand-in records what the preload script does with it.
const exposed = new Map<string, unknown>()
const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
const invoke = vi.fn(async (...args: unknown[]) => ({ result: args }))
const send = vi.fn()
const droppedPaths = new Map<File, string>()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    send: (...args: unknown[]) => send(...args),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)?.add(listener)
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(listener)
  },
  // Electron answers '' for a File that does not come from the disk.
  webUtils: { getPathForFile: (file: File) => droppedPaths.get(file) ?? '' }
}))

describe('the preload bridge', () => {
  let bridge: PostcloudPreloadBridge
  beforeAll(async () => {
    await import('@preload/index')
    bridge = exposed.get('postcloud') as PostcloudPreloadBridge
  })

  it('exposes one object, window.postcloud, and never ipcRenderer itself', () => {
    expect([...exposed.keys()]).toEqual(['postcloud'])
    expect(Object.keys(bridge).sort()).toEqual(
      [...contractMethods, 'onLibraryEvent', 'onMenuCommand', 'pickFolder', 'pathOfDropped'].sort()
    )
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function')
  })

  it('sends each method on its own channel with its arguments', async () => {
    for (const method of contractMethods) {
      const call = bridge[method] as (...args: unknown[]) => Promise<unknown>
      await call('a', 1)
      expect(invoke).toHaveBeenLastCalledWith(ipcChannel(method), 'a', 1)
    }
  })

  it('hands events to a subscriber, without the IPC event, until it unsubscribes', () => {
    const seen: unknown[] = []
    const windowId = '0b6c7a47-3f3e-4c55-9a1e-3d8f0c2b9e11'
    const unsubscribe = bridge.onLibraryEvent((event) => seen.push(event), windowId)
    // Subscribing tells main the window is open; unsubscribing that it lets go.
    expect(send.mock.calls).toEqual([[windowAttachChannel, windowId]])
    const emit = (value: unknown): void =>
      listeners.get(libraryEventChannel)?.forEach((listener) => listener({ sender: 'ipc' }, value))
    emit({ kind: 'add', id: 'a.md' })
    emit({ kind: 'recoverable' })
    unsubscribe()
    emit({ kind: 'add', id: 'b.md' })
    expect(seen).toStrictEqual([{ kind: 'add', id: 'a.md' }, { kind: 'recoverable' }])
    expect(send.mock.calls).toEqual([
      [windowAttachChannel, windowId],
      [windowDetachChannel, windowId]
    ])
    expect(listeners.get(libraryEventChannel)?.size).toBe(0)
  })

  it('asks main for the native folder picker on its own channel', async () => {
    await bridge.pickFolder()
    expect(invoke).toHaveBeenLastCalledWith(pickFolderChannel)
  })

  it('tells the path of a file dropped from the disk, and null for any other file', () => {
    const fromDisk = new File(['x'], 'post.md')
    droppedPaths.set(fromDisk, '/home/me/blog/post.md')
    expect(bridge.pathOfDropped(fromDisk)).toBe('/home/me/blog/post.md')
    expect(bridge.pathOfDropped(new File(['x'], 'pasted.png'))).toBeNull()
  })
})
