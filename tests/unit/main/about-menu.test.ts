import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate } from '@main/menu'
import { mainText } from '@main/messages'

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }))

function find(
  list: MenuItemConstructorOptions[],
  label: string
): MenuItemConstructorOptions | undefined {
  for (const item of list) {
    if (item.label === label) return item
    const inside = Array.isArray(item.submenu) ? find(item.submenu, label) : undefined
    if (inside) return inside
  }
  return undefined
}

describe('About in the application menu', () => {
  it.each([
    ['darwin', 'Postcloud'],
    ['linux', 'Help'],
    ['win32', 'Help']
  ] as const)('on %s sits in %s and opens the window’s About dialog', (platform, parent) => {
    const sent: string[] = []
    const template = menuTemplate((command) => sent.push(command), platform, mainText.en)
    const menu = find(template, parent)
    const about = find(menu?.submenu as MenuItemConstructorOptions[], 'About Postcloud')
    ;(about?.click as () => void)()
    expect(sent).toEqual(['about'])
    // Electron's own About panel would show no licences.
    expect(JSON.stringify(template)).not.toContain('"role":"about"')
  })

  it('speaks Chinese when the window does', () => {
    const template = menuTemplate(() => undefined, 'linux', mainText['zh-CN'])
    const help = find(template, '帮助')
    expect(find(help?.submenu as MenuItemConstructorOptions[], '关于 Postcloud')).toBeDefined()
  })
})
