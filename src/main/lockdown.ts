import type { App, Session, WebContents } from 'electron'
import type { LinkOpener } from './external-links'

/** What the lockdown needs to know about the app: its own page, and who decides about links. */
export interface LockdownPolicy {
  /** Whether a URL is the renderer main loaded, the only page granted anything. */
  isOwnPage(url: string): boolean
  /** Gets every link a page tries to open as a window; no window is ever opened. */
  askAboutLink: LinkOpener
}

/**
 * Writing needs exactly one web permission: putting an exported cloud on the clipboard (Chromium
 * still asks for a click first). Everything else a page may ask for is refused.
 */
const grantedToOwnPage: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

/**
 * Defence in depth: every webContents the app ever creates, not only the main window's, gets the
 * same denials the moment it exists, together with its session.
 */
export function lockDownApp(app: Pick<App, 'on'>, policy: LockdownPolicy): void {
  app.on('web-contents-created', (_event, contents) => {
    lockDownContents(contents, policy)
    lockDownSession(contents.session, policy)
  })
}

const lockedContents = new WeakSet<WebContents>()
const lockedSessions = new WeakSet<Session>()

/**
 * A page never leaves the app's own page: no navigation it starts (in any frame), no server
 * redirect, no webview, no new window; a link it tries to open goes to the writer's decision.
 * Applied once per webContents, however many times it is asked for.
 */
export function lockDownContents(contents: WebContents, policy: LockdownPolicy): void {
  if (lockedContents.has(contents)) return
  lockedContents.add(contents)
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => {
    if (!isSiteFrameLoad(event, policy)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // Without preventDefault Electron would pick the first Bluetooth device by itself.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault()
    callback('')
  })
  contents.setWindowOpenHandler(({ url }) => {
    void policy.askAboutLink(contents, url)
    return { action: 'deny' }
  })
}

/** What `will-frame-navigate` tells about a navigation (Electron's event, narrowed). */
interface FrameNavigation {
  url?: string
  isMainFrame?: boolean
  frame?: { parent?: { url?: string } | null } | null
}

/**
 * The one frame navigation the app makes itself: the Site view loading its page into its
 * sandboxed `<iframe srcdoc>`, a child of our own page. Its content is the sanitised page the
 * window wrote; any other frame navigation (a link, a refresh, a script) stays refused.
 */
function isSiteFrameLoad(event: FrameNavigation, policy: LockdownPolicy): boolean {
  return (
    event.isMainFrame === false &&
    event.url === 'about:srcdoc' &&
    policy.isOwnPage(event.frame?.parent?.url ?? '')
  )
}

/**
 * Permissions and devices: each request and each check is refused (save the clipboard write of the
 * app's own top frame), no USB, serial, HID or Bluetooth device is ever chosen or remembered.
 */
export function lockDownSession(session: Session, policy: LockdownPolicy): void {
  if (lockedSessions.has(session)) return
  lockedSessions.add(session)
  const granted = (permission: string, isMainFrame: boolean, url: string | undefined): boolean =>
    grantedToOwnPage.has(permission) && isMainFrame && policy.isOwnPage(url ?? '')
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(granted(permission, details.isMainFrame, details.requestingUrl))
  )
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    granted(permission, details.isMainFrame, details.requestingUrl)
  )
  session.setDevicePermissionHandler(() => false)
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault()
    callback('')
  })
}
