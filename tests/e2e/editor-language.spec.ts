import { AppPage } from './pages/AppPage'
import { EditorWidgetsPage } from './pages/EditorWidgetsPage'
import { SettingsDialogPage } from './pages/SettingsDialogPage'
import { samples } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'zh-CN' })

test('in 简体中文 Monaco’s find widget and context menu speak Chinese', async ({ page, host }) => {
  const app = new AppPage(page)
  const widgets = new EditorWidgetsPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)

  await app.editor.focus()
  await widgets.openFind()
  await expect(widgets.findInput).toHaveAttribute('placeholder', '查找')
  await page.keyboard.press('Escape')

  await widgets.openContextMenu()
  await expect(widgets.menuItems.filter({ hasText: '复制' })).toBeVisible()
  await expect(widgets.menuItems.filter({ hasText: '命令面板' })).toBeVisible()
  await expect(widgets.menuItems.filter({ hasText: 'Copy' })).toHaveCount(0)
})

test('a language change reaches Monaco at the next start, and Settings says so', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  const widgets = new EditorWidgetsPage(page)
  const settings = new SettingsDialogPage(page)
  await app.goto(host.url)
  await settings.open()
  await expect(settings.editorLanguageLater).toBeHidden()
  await settings.language.selectOption('en')
  await expect(settings.editorLanguageLater).toHaveText(
    'The editor’s find box, context menu and command palette switch language the next time the window opens.'
  )
  await settings.close()

  await app.reload()
  await app.openPost(samples.aiDaily)
  await app.editor.focus()
  await widgets.openFind()
  await expect(widgets.findInput).toHaveAttribute('placeholder', 'Find')
  await settings.open()
  await expect(settings.editorLanguageLater).toBeHidden()
})
