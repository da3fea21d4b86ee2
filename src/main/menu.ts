import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import { commandShortcuts } from '@shared/commands'
import type { Shortcut } from '@shared/commands'
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
  // The keys come from the window's command table, so the menu shows the keys the window binds.
  const item = (command: MenuCommand, label: string): MenuItemConstructorOptions => {
    const shortcut: Shortcut | null = commandShortcuts[command]
    return {
      label,
      ...(shortcut && { accelerator: accelerator(shortcut) }),
      click: () => send(command)
    }
  }
  const settings = item('settings', text.settings)
  const about = item('about', text.about)
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
      item('open-folder', text.openFolder),
      item('new-post', text.newPost),
      item('quick-open', text.quickOpen),
      { type: 'separator' },
      item('save', text.save),
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

/** A shortcut as Electron writes an accelerator, e.g. `CmdOrCtrl+Shift+H`. */
export function accelerator(shortcut: Shortcut): string {
  return [
    shortcut.mod && 'CmdOrCtrl',
    shortcut.shift && 'Shift',
    shortcut.alt && 'Alt',
    shortcut.key
  ]
    .filter(Boolean)
    .join('+')
}
