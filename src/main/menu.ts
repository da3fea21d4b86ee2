import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/contract'
import type { MainText } from './messages'

/** The application menu. Commands the window handles are sent to it; the rest are Electron roles. */
export function buildMenu(send: (command: MenuCommand) => void, text: MainText): Menu {
  return Menu.buildFromTemplate(menuTemplate(send, process.platform, text))
}

/**
 * The menu as data, so its items and shortcuts can be checked without Electron. Every command
 * goes to the window, which owns the buffers: Open Folder must first ask about unsaved posts of
 * the folder being left, so even it is the window's. On macOS Settings sits in the app menu.
 * About is the window's dialog too (it lists the bundled third-party files and their licences):
 * in the app menu on macOS, in Help elsewhere.
 */
export function menuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
  text: MainText
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const settings: MenuItemConstructorOptions = {
    label: text.settings,
    accelerator: 'CmdOrCtrl+,',
    click: () => send('settings')
  }
  const about: MenuItemConstructorOptions = { label: text.about, click: () => send('about') }
  const appMenu: MenuItemConstructorOptions = {
    label: 'Postcloud',
    submenu: [
      about,
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
    label: text.file,
    submenu: [
      { label: text.openFolder, accelerator: 'CmdOrCtrl+O', click: () => send('open-folder') },
      { label: text.newPost, accelerator: 'CmdOrCtrl+N', click: () => send('new-post') },
      { label: text.quickOpen, accelerator: 'CmdOrCtrl+P', click: () => send('quick-open') },
      { type: 'separator' },
      { label: text.save, accelerator: 'CmdOrCtrl+S', click: () => send('save') },
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
    { role: 'windowMenu' },
    ...(isMac ? [] : [{ label: text.help, role: 'help' as const, submenu: [about] }])
  ]
}
