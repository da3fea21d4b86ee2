import { AppPage } from './pages/AppPage'
import { NewPostDialogPage } from './pages/NewPostDialogPage'
import { samples } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

test('Ctrl+P jumps to a post by part of its title', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await expect(app.posts.items.first()).toBeVisible()

  await page.keyboard.press('Control+P')
  const quickOpen = page.getByTestId('quick-open')
  await expect(quickOpen).toBeVisible()
  await page.keyboard.type('新能源')
  await page.keyboard.press('Enter')

  await expect(quickOpen).toBeHidden()
  await app.posts.expectSelected(samples.evMarket)
  await app.preview.show()
  await expect(app.preview.title).toHaveText('新能源汽车市场周报：价格、电池与充电网络')
})

test('in the editor, Ctrl+N asks for a new post and Ctrl+F opens the find box', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.macro)
  await app.editor.focus()

  await page.keyboard.press('Control+F')
  await expect(app.editor.root.locator('.find-widget.visible')).toBeVisible()
  await page.keyboard.press('Escape')

  await app.editor.focus()
  await page.keyboard.press('Control+N')
  await expect(new NewPostDialogPage(page).root).toBeVisible()
})
