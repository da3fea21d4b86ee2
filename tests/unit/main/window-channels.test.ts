import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { trustedSender } from '@main/ipc'
import { trackWindowChannels } from '@main/window-channels'
import type { ChannelRegistry } from '@main/window-channels'
import { checkWindowId } from '@core/app-data/live-windows'
import { windowAttachChannel, windowDetachChannel } from '@shared/contract'

const appUrl = 'file:///opt/postcloud/out/renderer/index.html'
const firstPage = '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c'
const reloaded = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'

type Listener = (event: unknown, ...args: unknown[]) => void

interface Setup {
  channels: Map<string, Listener>
  page: EventEmitter & { id: number }
  open: Map<string, number>
  attachWindow: ReturnType<typeof vi.fn>
  stop: () => void
  say(channel: string, windowId: unknown, event?: unknown): void
  from(url?: string, parent?: unknown): unknown
}

/** Electron cannot run here: stand-ins for ipcMain, one page's webContents and core's windows. */
function setUp(): Setup {
  const channels = new Map<string, Listener>()
  const ipc = {
    on: (channel: string, listener: Listener) => void channels.set(channel, listener),
    removeListener: (channel: string) => void channels.delete(channel)
  } as unknown as ChannelRegistry
  const page = Object.assign(new EventEmitter(), { id: 7 })
  const open = new Map<string, number>()
  const attachWindow = vi.fn((windowId: unknown) => {
    const id = checkWindowId(windowId)
    open.set(id, (open.get(id) ?? 0) + 1)
    return () => {
      const left = (open.get(id) ?? 1) - 1
      if (left > 0) open.set(id, left)
      else open.delete(id)
    }
  })
  const stop = trackWindowChannels(
    ipc,
    attachWindow,
    trustedSender(() => appUrl)
  )
  const from = (url = appUrl, parent: unknown = null): unknown => ({
    sender: page,
    senderFrame: { url, parent }
  })
  const say = (channel: string, windowId: unknown, event: unknown = from()): void =>
    channels.get(channel)?.(event, windowId)
  return { channels, page, open, attachWindow, stop, say, from }
}

describe('windows attached over IPC', () => {
  it('holds a window from its attach to its detach', () => {
    const { open, say } = setUp()
    say(windowAttachChannel, firstPage)
    say(windowAttachChannel, firstPage)
    expect(open.get(firstPage)).toBe(2)
    say(windowDetachChannel, firstPage)
    say(windowDetachChannel, firstPage)
    expect(open.size).toBe(0)
    // A detach of what is not held changes nothing.
    say(windowDetachChannel, firstPage)
    expect(open.size).toBe(0)
  })

  it.each([['render-process-gone'], ['destroyed']])(
    'lets every window of the page go when it emits %s',
    (event) => {
      const { open, page, say } = setUp()
      say(windowAttachChannel, firstPage)
      page.emit(event, {}, { reason: 'crashed' })
      expect(open.size).toBe(0)
    }
  )

  it("on a reload lets go of the old page's window only, not of the one the new page attached", () => {
    const { open, page, say } = setUp()
    say(windowAttachChannel, firstPage)
    page.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false })
    // The new document may say hello before main hears that the navigation committed.
    say(windowAttachChannel, reloaded)
    page.emit('did-navigate')
    expect([...open.keys()]).toEqual([reloaded])
  })

  it('keeps the window through a navigation that never commits, and through in-page ones', () => {
    const { open, page, say } = setUp()
    say(windowAttachChannel, firstPage)
    page.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true })
    page.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false })
    page.emit('did-navigate')
    expect(open.get(firstPage)).toBe(1)
  })

  it.each([
    ['a foreign page', 'https://evil.example/index.html', null],
    ['a subframe of our page', appUrl, { url: appUrl }]
  ])('ignores %s', (_name, url, parent) => {
    const { open, attachWindow, say, from } = setUp()
    say(windowAttachChannel, firstPage, from(url, parent))
    expect(attachWindow).not.toHaveBeenCalled()
    say(windowAttachChannel, firstPage)
    say(windowDetachChannel, firstPage, from(url, parent))
    expect(open.get(firstPage)).toBe(1)
  })

  it('ignores an id that is not a window id', () => {
    const { open, say } = setUp()
    say(windowAttachChannel, '../../etc')
    say(windowAttachChannel, { toString: () => firstPage })
    expect(open.size).toBe(0)
  })

  it('stops listening', () => {
    const { channels, stop } = setUp()
    expect([...channels.keys()].sort()).toEqual([windowAttachChannel, windowDetachChannel].sort())
    stop()
    expect(channels.size).toBe(0)
  })
})
