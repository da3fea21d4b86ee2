import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate } from '@main/menu'
import { mainText } from '@main/messages'

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
    'on %s sends each command to the window with its shortcut',
    (platform) => {
      const sent: string[] = []
      const menu = items(menuTemplate((command) => sent.push(command), platform, mainText.en))
      const expected: [string, string, string][] = [
        ['Open Folder…', 'CmdOrCtrl+O', 'open-folder'],
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
      expect(sent).toHaveLength(expected.length)
    }
  )

  it('speaks Chinese when the window does', () => {
    const menu = items(menuTemplate(() => undefined, 'linux', mainText['zh-CN']))
    expect([...menu.keys()]).toEqual(
      expect.arrayContaining(['文件', '打开文件夹…', '新建文章…', '保存', '设置…'])
    )
  })
})
