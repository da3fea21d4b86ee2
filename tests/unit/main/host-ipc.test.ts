import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { registerHostHandlers } from '@main/host-ipc'
import type { HandlerRegistry } from '@main/ipc'
import { trustedSender } from '@main/ipc'
import { pickFolderChannel } from '@shared/contract'

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

const appUrl = 'file:///opt/postcloud/out/renderer/index.html'

function setUp(): {
  handlers: Map<string, Handler>
  pickFolder: ReturnType<typeof vi.fn>
  stop: () => void
} {
  const handlers = new Map<string, Handler>()
  const ipc = {
    handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
    removeHandler: (channel: string) => void handlers.delete(channel)
  } as unknown as HandlerRegistry
  const pickFolder = vi.fn(async () => '/home/me/blog')
  const stop = registerHostHandlers(
    ipc,
    trustedSender(() => appUrl),
    pickFolder
  )
  return { handlers, pickFolder, stop }
}

function eventFrom(url: string, parent: unknown = null): IpcMainInvokeEvent {
  return { senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent
}

describe('the folder picker over IPC', () => {
  it('opens the native dialog for our own window and answers the chosen path', async () => {
    const { handlers, pickFolder } = setUp()
    expect([...handlers.keys()]).toEqual([pickFolderChannel])
    expect(await handlers.get(pickFolderChannel)?.(eventFrom(appUrl))).toBe('/home/me/blog')
    expect(pickFolder).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['a foreign page', eventFrom('https://evil.example/index.html')],
    ['another local file', eventFrom('file:///tmp/other.html')],
    ['a subframe of our page', eventFrom(appUrl, { url: appUrl })],
    ['a destroyed frame', { senderFrame: null } as unknown as IpcMainInvokeEvent]
  ])('answers null to %s and shows no dialog', async (_name, event) => {
    const { handlers, pickFolder } = setUp()
    expect(await handlers.get(pickFolderChannel)?.(event)).toBeNull()
    expect(pickFolder).not.toHaveBeenCalled()
  })

  it('unregisters its handler', () => {
    const { handlers, stop } = setUp()
    stop()
    expect(handlers.size).toBe(0)
  })
})
