import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'
import { registerContractHandlers, trustedSender } from '@main/ipc'
import type { HandlerRegistry } from '@main/ipc'
import { contractMethods, ipcChannel } from '@shared/contract'
import { validCalls } from '../shared/contract-calls'
import { recordingApi } from '../core/api/recording-api'

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

function fakeIpc(): HandlerRegistry & { handlers: Map<string, Handler> } {
  const handlers = new Map<string, Handler>()
  return {
    handlers,
    handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
    removeHandler: (channel: string) => void handlers.delete(channel)
  } as HandlerRegistry & { handlers: Map<string, Handler> }
}

function eventFrom(url: string, parent: unknown = null): IpcMainInvokeEvent {
  return { senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent
}

const appUrl = 'file:///opt/postcloud/out/renderer/index.html'

describe('Electron IPC wiring', () => {
  it('registers exactly one handler per contract method, and each reaches its method', async () => {
    const ipc = fakeIpc()
    const api = recordingApi()
    registerContractHandlers(ipc, api, () => true)
    expect([...ipc.handlers.keys()].sort()).toEqual(contractMethods.map(ipcChannel).sort())
    for (const method of contractMethods) {
      const answer = await ipc.handlers.get(ipcChannel(method))?.(
        eventFrom(appUrl),
        ...validCalls[method]
      )
      expect(answer).toEqual({ result: { answeredBy: method } })
    }
    expect(api.calls).toEqual(
      contractMethods.map((method) => ({ method, args: validCalls[method] }))
    )
  })

  it('answers an untrusted sender with PERMISSION and never calls the back end', async () => {
    const ipc = fakeIpc()
    const api = recordingApi()
    registerContractHandlers(
      ipc,
      api,
      trustedSender(() => appUrl)
    )
    const handler = ipc.handlers.get(ipcChannel('readPost'))
    for (const event of [
      eventFrom('https://evil.example/index.html'),
      eventFrom('file:///tmp/other.html'),
      eventFrom(appUrl, { url: appUrl }),
      { senderFrame: null } as unknown as IpcMainInvokeEvent
    ]) {
      expect(await handler?.(event, 'a.md')).toEqual({
        error: { code: 'PERMISSION', message: 'Untrusted sender.' }
      })
    }
    expect(api.calls).toEqual([])
  })

  it('unregisters every handler', () => {
    const ipc = fakeIpc()
    const stop = registerContractHandlers(ipc, recordingApi(), () => true)
    stop()
    expect(ipc.handlers.size).toBe(0)
  })
})
