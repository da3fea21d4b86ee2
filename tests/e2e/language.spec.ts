import { AppPage } from './pages/AppPage'
import { SettingsDialogPage } from './pages/SettingsDialogPage'
import { expect, test } from './web-host-fixture'

test.describe('in a browser set to Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('the window speaks Chinese; English chosen in Settings sticks after a reload', async ({
    page,
    host
  }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await expect(app.button('new-post')).toHaveText('新建文章')

    const settings = new SettingsDialogPage(page)
    await settings.open()
    await expect(settings.language).toHaveValue('system')
    await settings.language.selectOption('en')
    await expect(app.button('new-post')).toHaveText('New Post')
    await settings.close()

    await app.reload()
    await expect(app.button('new-post')).toHaveText('New Post')
    await settings.open()
    await expect(settings.language).toHaveValue('en')
  })
})

test.describe('in a browser set to English', () => {
  test.use({ locale: 'en-US' })

  test('the window speaks English', async ({ page, host }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await expect(app.button('new-post')).toHaveText('New Post')
  })
})
