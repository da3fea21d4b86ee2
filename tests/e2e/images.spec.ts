import type { Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { SettingsDialogPage } from './pages/SettingsDialogPage'
import { dotPng, filesUnder, readPost, readPostText, writePost } from './disk'
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
      '',
      '还没上传的图片：',
      '',
      '![示意图](示意图_尚未上传.jpg)',
      ''
    ].join('\n')
  )
}

/**
 * Answers the remote image host from here (no network). `attempted` counts every request the page
 * made to it, even one its CSP then refused; `served` only those that reached the host.
 */
async function fakeRemoteHost(page: Page): Promise<{ attempted: string[]; served: string[] }> {
  const seen = { attempted: [] as string[], served: [] as string[] }
  page.on('request', (request) => {
    if (new URL(request.url()).host === remoteHost) seen.attempted.push(request.url())
  })
  await page.route(`https://${remoteHost}/**`, (route) => {
    seen.served.push(route.request().url())
    return route.fulfill({ status: 200, contentType: 'image/png', body: dotPng })
  })
  return seen
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

test('a local image that does not exist shows a quiet “not found” box, not a broken icon', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(post)
  const missing = app.preview.root.getByRole('img', { name: 'Image not found: 示意图' })
  await expect(missing).toBeVisible()
  await expect(missing).toHaveAttribute('title', '示意图_尚未上传.jpg')
  await expect(app.preview.root.locator('img[alt="示意图"]')).toHaveCount(0)
})

test('a remote image is not requested until remote content is allowed in Settings', async ({
  page,
  host
}) => {
  const remote = await fakeRemoteHost(page)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(post)
  // The local image loaded, so the preview has fetched whatever it was going to fetch.
  await expect.poll(() => app.preview.naturalWidth('本地图片')).toBeGreaterThan(0)
  expect(remote.attempted).toEqual([])
  await expect(app.preview.root.locator(`img[src*="${remoteHost}"]`)).toHaveCount(0)

  const settings = new SettingsDialogPage(page)
  await settings.open()
  // The box shows the setting once saved in the data folder: click, then wait for the tick.
  await settings.remoteContent.click()
  await expect(settings.remoteContent).toBeChecked()
  await settings.close()

  await expect(app.preview.image('远程图片')).toHaveAttribute(
    'src',
    `https://${remoteHost}/remote.png`
  )
  await expect.poll(() => remote.served.length).toBeGreaterThan(0)
  await expect.poll(() => app.preview.naturalWidth('远程图片')).toBeGreaterThan(0)
})

/**
 * Hands an image file to the editor as a drop or a paste would: headless Chromium has no real
 * clipboard or drag source, so the event is built in the page with a DataTransfer holding a File.
 */
async function giveImageToEditor(
  app: AppPage,
  kind: 'drop' | 'paste',
  fileName: string
): Promise<void> {
  const base64 = dotPng.toString('base64')
  await app.editor.root.locator('.monaco-editor').evaluate(
    (editor, { kind, fileName, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
      const data = new DataTransfer()
      data.items.add(new File([bytes], fileName, { type: 'image/png' }))
      const lines = editor.querySelector('.view-lines') ?? editor
      // Dropped where the caret is (the end of the post), not into the front matter.
      const box = (editor.querySelector('.cursors-layer .cursor') ?? lines).getBoundingClientRect()
      const event =
        kind === 'drop'
          ? new DragEvent('drop', {
              dataTransfer: data,
              bubbles: true,
              cancelable: true,
              clientX: box.left + 1,
              clientY: box.top + box.height / 2
            })
          : new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      lines.dispatchEvent(event)
    },
    { kind, fileName, base64 }
  )
}

for (const kind of ['drop', 'paste'] as const) {
  test(`an image ${kind === 'drop' ? 'dropped on' : 'pasted into'} the editor is saved in the folder and shows in the preview`, async ({
    page,
    host
  }) => {
    const before = await filesUnder(host.folder)
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.openPost(post)
    await app.editor.goToEnd()

    await giveImageToEditor(app, kind, `${kind}-图.png`)

    const image = app.preview.image(`${kind}-图`)
    await expect(image).toHaveAttribute('src', /\/asset\//)
    await expect.poll(() => app.preview.naturalWidth(`${kind}-图`)).toBeGreaterThan(0)
    const added = (await filesUnder(host.folder)).filter((file) => !before.includes(file))
    expect(added).toHaveLength(1)
    expect(added[0]).toMatch(/\.png$/)
    expect(await readPost(host.folder, added[0])).toEqual(dotPng)

    await app.editor.saveWithShortcut()
    await expect.poll(() => readPostText(host.folder, post)).toContain(`![${kind}-图](`)
  })
}
