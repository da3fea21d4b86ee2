import type { Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { HistoryDialogPage } from './pages/HistoryDialogPage'
import { readPost, readPostText, samples } from './disk'
import { expect, test } from './web-host-fixture'
import type { WebHostHandle } from './web-host-fixture'

test.use({ locale: 'en-US' })

const first = '第一次保存时加上的一段'
const second = '第二次保存时加上的一段'

/** Opens the AI daily and saves it twice, a paragraph added each time; returns the earlier bytes. */
async function saveTwice(
  page: Page,
  host: WebHostHandle
): Promise<{ app: AppPage; original: Buffer; v1: Buffer }> {
  const original = await readPost(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type(`\n${first}`)
  await app.editor.saveWithShortcut()
  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).toContain(first)
  const v1 = await readPost(host.folder, samples.aiDaily)
  await app.editor.type(`\n${second}`)
  await app.editor.saveWithShortcut()
  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).toContain(second)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)
  return { app, original, v1 }
}

test('History restores an earlier version as an unsaved edit; saving writes exactly it', async ({
  page,
  host
}) => {
  const { app, v1 } = await saveTwice(page, host)
  const history = new HistoryDialogPage(page)
  await history.open()
  // Each save kept the version it replaced: the first save's text, then the original, newest first.
  await expect(history.versions).toHaveCount(2)

  const diff = await history.choose(0)
  await diff.showEnd()
  await expect(diff.right).toContainText(second)
  await expect(diff.left).toContainText(first)
  await expect(diff.left).not.toContainText(second)

  await history.restore()
  await expect(app.posts.dirtyMark(samples.aiDaily)).toBeVisible()
  await expect(app.preview.root).toContainText(first)
  await expect(app.preview.root).not.toContainText(second)

  await app.editor.focus()
  await app.editor.saveWithShortcut()
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)
  expect((await readPost(host.folder, samples.aiDaily)).equals(v1)).toBe(true)
})

test('a restored version is one undoable edit in the editor', async ({ page, host }) => {
  const { app, original } = await saveTwice(page, host)
  // Ctrl+Shift+H from the editor opens the history too.
  await app.editor.focus()
  await page.keyboard.press('Control+Shift+H')
  const history = new HistoryDialogPage(page)
  await expect(history.root).toBeVisible()
  await history.choose(1)
  await history.restore()
  await expect(app.preview.root).not.toContainText(first)

  await app.editor.focus()
  await page.keyboard.press('Control+Z')
  await expect(app.preview.root).toContainText(second)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)
  await page.keyboard.press('Control+Shift+Z')
  await expect(app.preview.root).not.toContainText(first)
  await app.editor.saveWithShortcut()
  await expect
    .poll(async () => (await readPost(host.folder, samples.aiDaily)).equals(original))
    .toBe(true)
  // The version it replaced is kept in turn, newest first.
  await history.open()
  await expect(history.versions).toHaveCount(3)
  const diff = await history.choose(0)
  await diff.showEnd()
  await expect(diff.left).toContainText(second)
})

test('a post never saved in Postcloud has no history yet', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.reading)
  const history = new HistoryDialogPage(page)
  await history.open()
  await expect(history.root.getByTestId('history-empty')).toBeVisible()
  await expect(history.root.getByTestId('history-restore')).toBeDisabled()
})
