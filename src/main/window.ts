import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { assetProtocol } from '../shared/contract'
import { contentSecurityPolicy } from '../shared/csp'
import { rendererUrl } from './paths'
import type { WindowState } from './window-state'

/**
 * The one window, locked down as Electron's security checklist asks: isolated, sandboxed, no
 * Node, a strict CSP on every response, no navigation away and no new windows. Links meant for
 * the outside world go to the system browser only for http(s) and mailto.
 */
export function createMainWindow(state: WindowState): BrowserWindow {
  const window = new BrowserWindow({
    width: state.bounds?.width ?? 1280,
    height: state.bounds?.height ?? 820,
    x: state.bounds?.x,
    y: state.bounds?.y,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Postcloud',
    webPreferences: {
      preload: join(__dirname, '..', 'preload', 'index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false
    }
  })
  if (state.maximized) window.maximize()

  const session = window.webContents.session
  session.webRequest.onHeadersReceived((details, callback) => {
    // Images of the open folder keep their own, stricter policy (no scripts even in an SVG).
    if (details.url.startsWith(`${assetProtocol}:`)) return callback({})
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy]
      }
    })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))

  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalSafe(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(rendererUrl())
  return window
}

function isExternalSafe(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol)
  } catch {
    return false
  }
}
