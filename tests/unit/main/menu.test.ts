import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate } from '../../../src/main/menu'

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }))

/** Every item with a label, flattened, by label. */
function items(template: MenuItemConstructorOptions[]): Map<string, MenuItemConstructorOptions> {
  const found = new Map<string, MenuItemConstructorOptions>()
  const walk = (list: MenuItemConstructorOptions[]): void => {
    for (const item of list) {
      if (item.label) found.set(item.label, item)
      if (Array.isArray(item.submenu)) walk(item.submenu)
    }
  }
  walk(template)
  return found
}

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'on %s sends each window command with its shortcut, and opens folders in main',
    (platform) => {
      const sent: string[] = []
      const openFolder = vi.fn()
      const menu = items(menuTemplate((command) => sent.push(command), openFolder, platform))
      const expected: [string, string, string][] = [
        ['New Post…', 'CmdOrCtrl+N', 'new-post'],
        ['Quick Open…', 'CmdOrCtrl+P', 'quick-open'],
        ['Save', 'CmdOrCtrl+S', 'save'],
        ['Settings…', 'CmdOrCtrl+,', 'settings']
      ]
      for (const [label, accelerator, command] of expected) {
        const item = menu.get(label)
        expect(item?.accelerator, label).toBe(accelerator)
        ;(item?.click as () => void)()
        expect(sent.at(-1)).toBe(command)
      }
      const open = menu.get('Open Folder…')
      expect(open?.accelerator).toBe('CmdOrCtrl+O')
      ;(open?.click as () => void)()
      expect(openFolder).toHaveBeenCalledTimes(1)
      expect(sent).toHaveLength(expected.length)
    }
  )
})
