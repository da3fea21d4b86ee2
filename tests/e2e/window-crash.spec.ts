import type { Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { RecoveryDialogPage } from './pages/RecoveryDialogPage'
import { backupText, readPostText, samples } from './disk'
import { expect, test } from './web-host-fixture'
import type { WebHostHandle } from './web-host-fixture'

test.use({ locale: 'en-US' })

const typed = '标签页崩溃之前写下的一段'

/** Opens the AI daily in `page`, types a paragraph without saving, waits for its backup. */
async function editUnsaved(page: Page, host: WebHostHandle): Promise<string> {
  const original = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type(`\n${typed}`)
  await expect
    .poll(() => backupText(host.dataDir, samples.aiDaily), { timeout: 3_000 })
    .toBe(`${original}\n${typed}`)
  return original
}

/** Crashes the tab's renderer, as a bug or an out-of-memory kill would; the host lives on. */
async function crashTab(page: Page): Promise<void> {
  const crashed = page.waitForEvent('crash')
  const cdp = await page.context().newCDPSession(page)
  // The call never answers: the page it went to is gone.
  void cdp.send('Page.crash').catch(() => undefined)
  await crashed
}

/** Opens the window in a new tab and waits for its first answer about buffers to recover. */
async function openAnotherTab(page: Page, host: WebHostHandle): Promise<Page> {
  const tab = await page.context().newPage()
  const asked = tab.waitForResponse((r) => new URL(r.url()).pathname === '/api/listRecoverable')
  await new AppPage(tab).goto(host.url)
  await asked
  return tab
}

test('a tab that crashes while the host runs: the tab still open is offered its unsaved text', async ({
  page,
  host
}) => {
  const original = await editUnsaved(page, host)
  const other = await openAnotherTab(page, host)
  const dialog = new RecoveryDialogPage(other)
  // The first tab is still open: its buffer is its own.
  await expect(dialog.root).toBeHidden()

  await crashTab(page)
  await expect(dialog.root).toBeVisible()
  await expect(dialog.item(samples.aiDaily)).toContainText(samples.aiDaily)
  await dialog.restore(samples.aiDaily)

  const app = new AppPage(other)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toBeVisible()
  await app.preview.show()
  await expect(app.preview.root).toContainText(typed)
  await app.editor.focus()
  await app.editor.saveWithShortcut()
  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).toBe(`${original}\n${typed}`)
  await expect.poll(() => backupText(host.dataDir, samples.aiDaily)).toBeNull()
})

test('the only tab crashes: opening the window again offers the unsaved text back', async ({
  page,
  host
}) => {
  const original = await editUnsaved(page, host)
  await crashTab(page)
  const again = await openAnotherTab(page, host)
  const dialog = new RecoveryDialogPage(again)
  await expect(dialog.root).toBeVisible()
  const diff = await dialog.compare(samples.aiDaily)
  await diff.showEnd()
  await expect(diff.right).toContainText(typed)
  await expect(diff.left).not.toContainText(typed)
  // Nothing was written: the file is as it was until the writer saves.
  expect(await readPostText(host.folder, samples.aiDaily)).toBe(original)
})
