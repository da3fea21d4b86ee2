import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { assetProtocol } from '@shared/contract'
import { contentSecurityPolicy } from '@shared/csp'
import { lockDownContents, lockDownSession } from './lockdown'
import type { LockdownPolicy } from './lockdown'
import { rendererUrl } from './paths'
import type { WindowState } from './window-state'

/**
 * The one window, locked down as Electron's security checklist asks: isolated, sandboxed, no
 * Node, a strict CSP on every response, no navigation away, no new windows, no permissions (see
 * ./lockdown). Links meant for the outside world go through ./external-links.
 */
export function createMainWindow(state: WindowState, policy: LockdownPolicy): BrowserWindow {
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
      // Asked for by the audit (AUXCLICK_JS_CHECK). Chromium no longer lists such a feature, so a
      // middle click on a link still reaches the window-open handler, where every link is judged.
      disableBlinkFeatures: 'Auxclick',
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
  // The app locks every webContents as it is created; saying it here too keeps this window safe
  // even if that wiring were ever lost.
  lockDownSession(session, policy)
  lockDownContents(window.webContents, policy)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(rendererUrl())
  return window
}
