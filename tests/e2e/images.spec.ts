import type { Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { SettingsDialog } from './pages/dialogs'
import { dotPng, writePost } from './disk'
import { expect, test } from './web-host-fixture'

const post = '_posts/2025-12-07-images.md'
const remoteHost = 'images.example.com'

test.use({
  locale: 'en-US',
  folderSeed: { prepare: seedImagePost }
})

async function seedImagePost(folder: string): Promise<void> {
  await writePost(folder, 'assets/e2e/dot.png', dotPng)
  await writePost(
    folder,
    post,
    [
      '---',
      'title: "图片测试"',
      'date: "2025-12-07 09:00:00 +0800"',
      '---',
      '',
      '本地图片：',
      '',
      '![本地图片](../assets/e2e/dot.png)',
      '',
      '远程图片：',
      '',
      `![远程图片](https://${remoteHost}/remote.png)`,
      ''
    ].join('\n')
  )
}

/** Answers the remote image host from here (no network), and counts what reached it. */
async function fakeRemoteHost(page: Page): Promise<string[]> {
  const requested: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).host === remoteHost) requested.push(request.url())
  })
  await page.route(`https://${remoteHost}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: dotPng })
  )
  return requested
}

test('an image of the folder shows in the preview, served through /asset/', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(post)
  await expect(app.preview.image('本地图片')).toHaveAttribute(
    'src',
    /\/asset\/assets\/e2e\/dot\.png/
  )
  await expect.poll(() => app.preview.naturalWidth('本地图片')).toBeGreaterThan(0)
})

test('a remote image is not requested until remote content is allowed in Settings', async ({
  page,
  host
}) => {
  const requested = await fakeRemoteHost(page)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(post)
  // The local image loaded, so the preview has fetched whatever it was going to fetch.
  await expect.poll(() => app.preview.naturalWidth('本地图片')).toBeGreaterThan(0)
  expect(requested).toEqual([])
  await expect(app.preview.root.locator(`img[src*="${remoteHost}"]`)).toHaveCount(0)

  const settings = new SettingsDialog(page)
  await settings.open()
  await settings.remoteContent.check()
  await settings.close()

  await expect.poll(() => requested.length).toBeGreaterThan(0)
  await expect.poll(() => app.preview.naturalWidth('远程图片')).toBeGreaterThan(0)
})
