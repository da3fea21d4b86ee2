import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { AppPage } from './pages/AppPage'
import { CloudPanelPage } from './pages/CloudPanelPage'
import { readPostText, samples, writePost } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

/** The sample without a cloud link yet: an export inserts one. */
const unlinked = samples.reading
/** A sample whose post links the cloud Postcloud drew for it under `assets/wordclouds/`. */
const linked = samples.aiDaily
const linkedImage = 'assets/wordclouds/wordcloud_twitter_ai_20251111_20251111.jpg'

async function openCloud(app: AppPage, id: string): Promise<CloudPanelPage> {
  await app.openPost(id)
  const cloud = new CloudPanelPage(app.page)
  await cloud.open()
  return cloud
}

/** The folder-relative path the export toast names. */
async function exportedPath(app: AppPage): Promise<string> {
  const toast = app.toasts.getByText(/Word cloud saved to /)
  await expect(toast).toBeVisible({ timeout: 30_000 })
  const match = /Word cloud saved to (.+)\.$/.exec((await toast.textContent()) ?? '')
  if (!match) throw new Error('the toast names no file')
  return match[1]
}

function countOf(text: string, part: string): number {
  return text.split(part).length - 1
}

test('the cloud of the open post is drawn, and Regenerate makes a new one from a new seed', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  const cloud = await openCloud(app, unlinked)

  const first = await cloud.picture()
  expect(first.ink).toBeGreaterThan(0.05)
  const seed = await cloud.seed.inputValue()

  await cloud.button('regenerate').click()
  await expect(cloud.seed).not.toHaveValue(seed)
  await cloud.waitUntilReady()
  await expect.poll(async () => (await cloud.picture()).digest).not.toBe(first.digest)

  // The shortcut regenerates too.
  const second = await cloud.seed.inputValue()
  await page.keyboard.press('Control+Alt+R')
  await expect(cloud.seed).not.toHaveValue(second)
})

test('a size preset changes the picture’s aspect', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  const cloud = await openCloud(app, unlinked)
  const wide = await cloud.picture()
  expect(wide.width / wide.height).toBeCloseTo(1200 / 800, 1)

  await cloud.size.selectOption('1080x1080')
  await cloud.waitUntilReady()
  await expect
    .poll(async () => {
      const square = await cloud.picture()
      return Math.round((square.width / square.height) * 100) / 100
    })
    .toBe(1)
  expect((await cloud.picture()).ink).toBeGreaterThan(0.05)
})

test('an excluded word leaves the list and goes to the folder’s stopwords', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  const cloud = await openCloud(app, unlinked)
  const [top] = await cloud.wordKeys()
  expect(top).toBeTruthy()

  await cloud.exclude(top)
  await expect(cloud.row(top)).toHaveCount(0)
  await cloud.waitUntilReady()
  const stopwords = await readFile(join(host.folder, '.postcloud', 'stopwords.txt'), 'utf8')
  expect(stopwords.split(/\r?\n/)).toContain(top)
})

test('Export JPG writes the image, links it once, and the preview shows it', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  const cloud = await openCloud(app, unlinked)

  await cloud.button('export-jpg').click()
  const image = await exportedPath(app)
  const bytes = await readFile(join(host.folder, ...image.split('/')))
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
  const post = await readPostText(host.folder, unlinked)
  expect(countOf(post, '![词云图](')).toBe(1)
  // The editor holds the post the export wrote: no unsaved mark, the link in the buffer.
  await expect(app.posts.dirtyMark(unlinked)).toHaveCount(0)

  await app.toastButton('Show in preview').click()
  await expect.poll(() => app.preview.naturalWidth('词云图')).toBeGreaterThan(0)
  const shown = await app.preview.image('词云图').getAttribute('src')

  // Exporting again rewrites the same file and leaves the one link alone.
  await expect(app.toasts.getByText(/Word cloud saved to /)).toHaveCount(0)
  await cloud.open()
  await cloud.button('regenerate').click()
  await cloud.waitUntilReady()
  await cloud.button('export-jpg').click()
  expect(await exportedPath(app)).toBe(image)
  const again = await readPostText(host.folder, unlinked)
  expect(countOf(again, '![词云图](')).toBe(1)
  expect((await readFile(join(host.folder, image))).equals(bytes)).toBe(false)
  // The preview asks for the new picture, not the one it has cached under the same name.
  await app.toastButton('Show in preview').click()
  await expect(app.preview.image('词云图')).not.toHaveAttribute('src', shown ?? '')
  await expect.poll(() => app.preview.naturalWidth('词云图')).toBeGreaterThan(0)
})

test('unsaved edits are saved before the export adds its link', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(unlinked)
  await app.editor.goToEnd()
  await app.editor.type('\n补充一段还没保存的文字。\n')
  const cloud = new CloudPanelPage(page)
  await cloud.open()

  await cloud.button('export-jpg').click()
  await exportedPath(app)
  const post = await readPostText(host.folder, unlinked)
  expect(post).toContain('补充一段还没保存的文字。')
  expect(countOf(post, '![词云图](')).toBe(1)
  await expect(app.posts.dirtyMark(unlinked)).toHaveCount(0)
})

test('a hand-made image where the cloud goes is never overwritten without asking', async ({
  page,
  host
}) => {
  const handMade = Buffer.from('not written by Postcloud')
  await writePost(host.folder, linkedImage, handMade)
  const before = await readPostText(host.folder, linked)
  const app = new AppPage(page)
  await app.goto(host.url)
  const cloud = await openCloud(app, linked)

  await cloud.button('export-jpg').click()
  await expect(cloud.existsDialog).toBeVisible({ timeout: 30_000 })
  await cloud.existsDialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(cloud.existsDialog).toBeHidden()
  expect(await readFile(join(host.folder, linkedImage))).toEqual(handMade)
  expect(await readPostText(host.folder, linked)).toBe(before)

  // Saving under a new name leaves the hand-made file and points the link at the new one.
  await cloud.button('export-jpg').click()
  await cloud.existsDialog.getByRole('button', { name: 'Save under a new name' }).click()
  const image = await exportedPath(app)
  expect(image).not.toBe(linkedImage)
  expect((await stat(join(host.folder, image))).size).toBeGreaterThan(0)
  expect(await readFile(join(host.folder, linkedImage))).toEqual(handMade)
  const post = await readPostText(host.folder, linked)
  expect(countOf(post, '![词云图](')).toBe(1)
  expect(post).toContain(image.slice(image.lastIndexOf('/') + 1))
})
