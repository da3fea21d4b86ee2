import { describe, expect, it, vi } from 'vitest'
import type { App, Session, WebContents } from 'electron'
import { lockDownApp, lockDownContents, lockDownSession } from '@main/lockdown'
import type { LockdownPolicy } from '@main/lockdown'

// Electron cannot run here: stand-ins record the listeners and handlers the lockdown installs.
type Listener = (...args: unknown[]) => unknown

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }
  emit(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((listener) => listener(...args))
  }
}

class FakeSession extends Emitter {
  readonly handlers: Record<string, Listener> = {}
  setPermissionRequestHandler(handler: Listener): void {
    this.handlers.request = handler
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.handlers.check = handler
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.handlers.device = handler
  }
}

class FakeContents extends Emitter {
  readonly session = new FakeSession()
  windowOpen: Listener = () => undefined
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpen = handler
  }
}

const ownPage = 'file:///opt/postcloud/out/renderer/index.html'

function policy(): LockdownPolicy & { links: [unknown, string][] } {
  const links: [unknown, string][] = []
  return {
    links,
    isOwnPage: (url) => url === ownPage,
    askAboutLink: async (contents, url) => void links.push([contents, url])
  }
}

function locked(rules = policy()): FakeContents {
  const contents = new FakeContents()
  lockDownContents(contents as unknown as WebContents, rules)
  lockDownSession(contents.session as unknown as Session, rules)
  return contents
}

function preventable(): { preventDefault: ReturnType<typeof vi.fn> } {
  return { preventDefault: vi.fn() }
}

describe('the lockdown of every webContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'refuses %s',
    (name) => {
      const event = preventable()
      locked().emit(name, event, 'https://evil.example/')
      expect(event.preventDefault).toHaveBeenCalled()
    }
  )

  it('lets our own page load the Site view into its srcdoc frame, and nothing else', () => {
    const contents = locked()
    type Navigation = ReturnType<typeof preventable> & {
      url: string
      isMainFrame: boolean
      frame: { parent: { url: string } | null }
    }
    const navigation = (
      url: string,
      isMainFrame: boolean,
      parentUrl: string | null
    ): Navigation => ({
      ...preventable(),
      url,
      isMainFrame,
      frame: { parent: parentUrl === null ? null : { url: parentUrl } }
    })
    const allowed = navigation('about:srcdoc', false, ownPage)
    contents.emit('will-frame-navigate', allowed)
    expect(allowed.preventDefault).not.toHaveBeenCalled()
    for (const refused of [
      navigation('about:srcdoc', true, null),
      navigation('about:srcdoc', false, 'https://evil.example/'),
      navigation('about:srcdoc', false, null),
      navigation('https://evil.example/', false, ownPage),
      navigation('about:blank', false, ownPage),
      navigation('javascript:alert(1)', false, ownPage)
    ]) {
      contents.emit('will-frame-navigate', refused)
      expect(refused.preventDefault, refused.url).toHaveBeenCalled()
    }
  })

  it('opens no window and hands the link, with the page asking, to the writer’s decision', () => {
    const rules = policy()
    const contents = locked(rules)
    for (const url of ['https://example.org/', 'javascript:alert(1)']) {
      expect(contents.windowOpen({ url, disposition: 'new-window' })).toEqual({ action: 'deny' })
    }
    expect(rules.links).toEqual([
      [contents, 'https://example.org/'],
      [contents, 'javascript:alert(1)']
    ])
  })

  it('chooses no Bluetooth device (Electron would pick the first one itself)', () => {
    const event = preventable()
    const choose = vi.fn()
    locked().emit('select-bluetooth-device', event, [{ deviceId: 'pen' }], choose)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(choose).toHaveBeenCalledWith('')
  })

  it('is applied once, however often it is asked for', () => {
    const rules = policy()
    const contents = locked(rules)
    lockDownContents(contents as unknown as WebContents, rules)
    lockDownSession(contents.session as unknown as Session, rules)
    expect(contents.listeners.get('will-navigate')).toHaveLength(1)
    expect(contents.session.listeners.get('select-usb-device')).toHaveLength(1)
  })

  it('reaches any webContents the app creates, and its session', () => {
    const app = new Emitter()
    lockDownApp(app as unknown as Pick<App, 'on'>, policy())
    const contents = new FakeContents()
    app.emit('web-contents-created', {}, contents)
    const event = preventable()
    contents.emit('will-navigate', event, 'https://evil.example/')
    expect(event.preventDefault).toHaveBeenCalled()
    expect(contents.session.handlers.check).toBeDefined()
  })
})

describe('permissions and devices', () => {
  // The one grant: the clipboard write of the app's own top frame (Copy image).
  const cases: [string, boolean, string | undefined, boolean][] = [
    ['clipboard-sanitized-write', true, ownPage, true],
    ['clipboard-sanitized-write', false, ownPage, false],
    ['clipboard-sanitized-write', true, 'https://evil.example/', false],
    ['clipboard-sanitized-write', true, `${ownPage}.evil`, false],
    ['clipboard-sanitized-write', true, undefined, false],
    ['clipboard-read', true, ownPage, false],
    ['media', true, ownPage, false],
    ['geolocation', true, ownPage, false],
    ['notifications', true, ownPage, false],
    ['openExternal', true, ownPage, false],
    ['fileSystem', true, ownPage, false],
    ['hid', true, ownPage, false],
    ['serial', true, ownPage, false],
    ['usb', true, ownPage, false]
  ]

  it.each(cases)('%s (top frame: %s, from %s) granted: %s', (permission, top, url, expected) => {
    const { session } = locked()
    const details = { isMainFrame: top, requestingUrl: url }
    const answer = vi.fn()
    session.handlers.request({}, permission, answer, details)
    expect(answer).toHaveBeenCalledWith(expected)
    expect(session.handlers.check({}, permission, 'file:///', details)).toBe(expected)
  })

  it('never lets a device be remembered', () => {
    const { session } = locked()
    for (const deviceType of ['usb', 'hid', 'serial', 'bluetooth']) {
      expect(session.handlers.device({ deviceType, origin: 'file:///' })).toBe(false)
    }
  })

  it.each([
    ['select-usb-device', [{ deviceList: [{ deviceId: 'u1' }] }], undefined],
    ['select-hid-device', [{ deviceList: [{ deviceId: 'h1' }] }], undefined],
    ['select-serial-port', [[{ portId: 's1' }], {}], '']
  ])('%s chooses nothing', (name, args, cancelled) => {
    const event = preventable()
    const choose = vi.fn()
    locked().session.emit(name, event, ...args, choose)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(choose).toHaveBeenCalledTimes(1)
    expect(choose.mock.calls[0][0]).toBe(cancelled)
  })
})
