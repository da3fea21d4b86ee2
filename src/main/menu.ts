import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/contract'

/** The application menu. Commands the window handles are sent to it; the rest are Electron roles. */
export function buildMenu(send: (command: MenuCommand) => void, openFolder: () => void): Menu {
  return Menu.buildFromTemplate(menuTemplate(send, openFolder, process.platform))
}

/**
 * The menu as data, so its items and shortcuts can be checked without Electron. Open Folder runs
 * the native dialog in main (the window hears 'folder-opened'); the other commands go to the
 * window, which owns the buffers, dialogs and settings. On macOS Settings sits in the app menu.
 */
export function menuTemplate(
  send: (command: MenuCommand) => void,
  openFolder: () => void,
  platform: NodeJS.Platform
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const settings: MenuItemConstructorOptions = {
    label: 'Settings…',
    accelerator: 'CmdOrCtrl+,',
    click: () => send('settings')
  }
  const appMenu: MenuItemConstructorOptions = {
    label: 'Postcloud',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' }
    ]
  }
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: openFolder },
      { label: 'New Post…', accelerator: 'CmdOrCtrl+N', click: () => send('new-post') },
      { label: 'Quick Open…', accelerator: 'CmdOrCtrl+P', click: () => send('quick-open') },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send('save') },
      { type: 'separator' },
      ...(isMac ? [] : [settings, { type: 'separator' as const }]),
      isMac ? { role: 'close' } : { role: 'quit' }
    ]
  }
  return [
    ...(isMac ? [appMenu] : []),
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' }
  ]
}
