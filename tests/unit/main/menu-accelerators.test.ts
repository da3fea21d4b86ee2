import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { commandShortcuts } from '@shared/commands'
import type { CommandId } from '@shared/commands'
import { accelerator, menuTemplate } from '@main/menu'
import { mainText } from '@main/messages'

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }))

/** Every item of the menu and its submenus, in order. */
function flatten(list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return list.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])
  ])
}

describe('the menu’s shortcuts come from the window’s command table', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'on %s each item shows the key its command has in the window',
    (platform) => {
      let sent: CommandId | undefined
      const template = menuTemplate((command) => (sent = command), platform, mainText.en)
      const commands = flatten(template)
        .filter((item) => item.click)
        .map((item) => {
          ;(item.click as () => void)()
          const shortcut = sent && commandShortcuts[sent]
          expect(item.accelerator, item.label).toBe(shortcut ? accelerator(shortcut) : undefined)
          return sent
        })
      expect(commands.sort()).toEqual(
        ['about', 'new-post', 'open-folder', 'quick-open', 'save', 'settings'].sort()
      )
    }
  )

  it.each([
    [{ mod: true, key: 'S' }, 'CmdOrCtrl+S'],
    [{ mod: true, shift: true, key: 'H' }, 'CmdOrCtrl+Shift+H'],
    [{ mod: true, alt: true, key: 'R' }, 'CmdOrCtrl+Alt+R'],
    [{ mod: true, key: ',' }, 'CmdOrCtrl+,'],
    [{ key: 'F2' }, 'F2']
  ] as const)('%o is the accelerator %s', (shortcut, expected) => {
    expect(accelerator(shortcut)).toBe(expected)
  })
})
