import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'
import { registerContractHandlers } from '@main/ipc'
import type { HandlerRegistry } from '@main/ipc'
import { ipcChannel } from '@shared/contract'
import { recordingApi } from '../core/api/recording-api'
import { stamp } from '../shared/contract-calls'

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

const fromOurWindow = {
  senderFrame: { url: 'file:///opt/postcloud/out/renderer/index.html', parent: null }
} as unknown as IpcMainInvokeEvent

/** Main's handlers, and what reached core through them. */
function wired(): {
  invoke: (method: 'readPost' | 'updateFrontMatter', ...args: unknown[]) => unknown
  api: ReturnType<typeof recordingApi>
} {
  const handlers = new Map<string, Handler>()
  const ipc = {
    handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
    removeHandler: (channel: string) => void handlers.delete(channel)
  } as unknown as HandlerRegistry
  const api = recordingApi()
  registerContractHandlers(ipc, api, () => true)
  return {
    api,
    invoke: (method, ...args) => handlers.get(ipcChannel(method))?.(fromOurWindow, ...args)
  }
}

/** Electron's handlers check every call's arguments with the contract's table before core sees them. */
describe('arguments over IPC', () => {
  it.each([
    ['a number for the post name', 'readPost', [42], 'The post name must be text.'],
    ['a missing argument', 'readPost', [], 'The post name is missing.'],
    [
      'front matter changes that are a list',
      'updateFrontMatter',
      ['a.md', ['title'], stamp],
      'The front matter changes must be an object.'
    ],
    [
      'changes that inherit from a planted prototype',
      'updateFrontMatter',
      ['a.md', Object.create({ title: 'x' }), stamp],
      'The front matter changes must be an object.'
    ]
  ] as const)(
    'answers %s with INVALID_ARGUMENT and calls nothing',
    async (_name, method, args, message) => {
      const { invoke, api } = wired()
      expect(await invoke(method, ...args)).toEqual({
        error: { code: 'INVALID_ARGUMENT', message }
      })
      expect(api.calls).toEqual([])
    }
  )

  it('hands a well-formed call to core with the very values sent', async () => {
    const { invoke, api } = wired()
    const changes = { title: '新标题', draft: null }
    expect(await invoke('updateFrontMatter', 'a.md', changes, stamp)).toEqual({
      result: { answeredBy: 'updateFrontMatter' }
    })
    expect(api.calls).toEqual([{ method: 'updateFrontMatter', args: ['a.md', changes, stamp] }])
    expect(api.calls[0].args[1]).toBe(changes)
  })
})
