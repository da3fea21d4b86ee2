import { beforeAll, describe, expect, it, vi } from 'vitest'
import { assetContentSecurityPolicy, contentSecurityPolicy } from '@shared/csp'
import type { LockdownPolicy } from '@main/lockdown'

// Electron cannot run here; a stand-in BrowserWindow records how main sets up the window.
type Handler = (...args: unknown[]) => unknown
const opened: string[] = []
const created: {
  options: Record<string, unknown>
  handlers: Map<string, Handler>
  hooks: Record<string, Handler>
}[] = []

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>
    constructor(options: Record<string, unknown>) {
      const handlers = new Map<string, Handler>()
      const hooks: Record<string, Handler> = {}
      created.push({ options, handlers, hooks })
      this.webContents = {
        on: (name: string, handler: Handler) => handlers.set(name, handler),
        setWindowOpenHandler: (handler: Handler) => (hooks.windowOpen = handler),
        session: {
          webRequest: { onHeadersReceived: (handler: Handler) => (hooks.headers = handler) },
          setPermissionRequestHandler: (handler: Handler) => (hooks.permission = handler),
          setPermissionCheckHandler: (handler: Handler) => (hooks.permissionCheck = handler),
          setDevicePermissionHandler: (handler: Handler) => (hooks.device = handler),
          on: (name: string, handler: Handler) => handlers.set(`session ${name}`, handler)
        }
      }
    }
    maximize(): void {}
    once(): void {}
    loadURL(): Promise<void> {
      return Promise.resolve()
    }
  }
  return { BrowserWindow, app: { isPackaged: false, getPath: () => '/tmp' } }
})

// Which links the window hands on; what happens to them is external-links.test.ts's business.
const policy: LockdownPolicy = {
  isOwnPage: (url) => url === 'file:///opt/postcloud/out/renderer/index.html',
  askAboutLink: async (_contents, url) => void opened.push(url)
}

describe('the main window', () => {
  let window: (typeof created)[number]
  beforeAll(async () => {
    const { createMainWindow } = await import('@main/window')
    createMainWindow({}, policy)
    window = created[0]
  })

  it('is isolated and sandboxed, with no Node and no webviews', () => {
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('never navigates away, follows no redirect and never attaches a webview', () => {
    for (const name of [
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview'
    ]) {
      const event = { preventDefault: vi.fn() }
      window.handlers.get(name)?.(event, 'https://evil.example')
      expect(event.preventDefault, name).toHaveBeenCalled()
    }
  })

  it('opens no new window and hands every link to the writer’s decision', () => {
    const urls = ['https://example.org/a', 'javascript:alert(1)', 'file:///etc/passwd']
    for (const url of urls) expect(window.hooks.windowOpen({ url })).toEqual({ action: 'deny' })
    expect(opened).toEqual(urls)
  })

  it('adds the strict CSP to every response and denies every permission request', () => {
    let headers: Record<string, unknown> = {}
    window.hooks.headers(
      {
        url: 'file:///opt/postcloud/out/renderer/index.html',
        responseHeaders: { 'X-Other': ['1'] }
      },
      (result: { responseHeaders: Record<string, unknown> }) => {
        headers = result.responseHeaders
      }
    )
    expect(headers).toEqual({
      'X-Other': ['1'],
      'Content-Security-Policy': [contentSecurityPolicy]
    })
    const grant = vi.fn()
    window.hooks.permission({}, 'media', grant, { isMainFrame: true, requestingUrl: 'x:' })
    expect(grant).toHaveBeenCalledWith(false)
    expect(window.hooks.device({ deviceType: 'usb' })).toBe(false)
  })

  it('leaves the stricter policy of the folder’s images in place', () => {
    const answer = vi.fn()
    window.hooks.headers(
      {
        url: 'postcloud-asset://folder/cloud.svg',
        responseHeaders: { 'Content-Security-Policy': [assetContentSecurityPolicy] }
      },
      answer
    )
    // An empty answer keeps the response's own headers.
    expect(answer).toHaveBeenCalledWith({})
  })
})
