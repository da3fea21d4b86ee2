import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { OpenFolderDialogPage } from './pages/OpenFolderDialogPage'
import { RecoveryDialogPage } from './pages/RecoveryDialogPage'
import { RecreateDialogPage } from './pages/RecreateDialogPage'
import { backupText, readPostText, readPostTextOrNull, samples, writePost } from './disk'
import { expect, test } from './restartable-host'
import type { RestartableHost } from './restartable-host'

test.use({ locale: 'en-US' })

const typed = '断电之前写下、还没保存的一段'

/**
 * Types a paragraph at the end of a post (the AI daily unless told) without saving, waits until
 * its backup is in the data folder, then kills the host (SIGKILL: a crash), runs `whileDown`, and
 * launches it again on the same folders. Returns the file's text from before the edit.
 */
async function crashWhileEditing(
  page: Page,
  host: RestartableHost,
  id: string = samples.aiDaily,
  whileDown: () => Promise<void> = async () => undefined
): Promise<string> {
  const original = await readPostText(host.folder, id)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(id)
  await app.editor.goToEnd()
  await app.editor.type(`\n${typed}`)
  // Backed up within two seconds of the last keystroke (plus the write's own time).
  await expect
    .poll(() => backupText(host.dataDir, id), { timeout: 3_000 })
    .toBe(`${original}\n${typed}`)

  await host.crash()
  await whileDown()
  await app.goto(await host.start())
  return original
}

test('after a crash the next launch offers the unsaved text back; Restore leaves it unsaved', async ({
  page,
  host
}) => {
  const original = await crashWhileEditing(page, host)
  const app = new AppPage(page)
  const dialog = new RecoveryDialogPage(page)
  await expect(dialog.root).toBeVisible()
  await expect(dialog.item(samples.aiDaily)).toContainText(samples.aiDaily)

  const diff = await dialog.compare(samples.aiDaily)
  await diff.showEnd()
  await expect(diff.right).toContainText(typed)
  await expect(diff.left).not.toContainText(typed)

  await dialog.restore(samples.aiDaily)
  await expect(dialog.root).toBeHidden()
  await app.posts.expectSelected(samples.aiDaily)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toBeVisible()
  await app.preview.show()
  await expect(app.preview.root).toContainText(typed)
  // Restoring wrote nothing: the file is as it was until the writer saves.
  expect(await readPostText(host.folder, samples.aiDaily)).toBe(original)

  await app.editor.focus()
  await app.editor.saveWithShortcut()
  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).toBe(`${original}\n${typed}`)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)
  // Saved, so nothing is left to recover.
  await expect.poll(() => backupText(host.dataDir, samples.aiDaily)).toBeNull()
})

test('closing the recovery dialog keeps the text for later; Discard drops it', async ({
  page,
  host
}) => {
  const original = await crashWhileEditing(page, host)
  const app = new AppPage(page)
  const dialog = new RecoveryDialogPage(page)
  await dialog.later()
  expect(await backupText(host.dataDir, samples.aiDaily)).toBe(`${original}\n${typed}`)

  // Opening the post says the text is waiting, and offers the dialog again.
  await app.openPost(samples.aiDaily)
  await page.getByTestId('recovery-banner').getByRole('button').click()
  await expect(dialog.item(samples.aiDaily)).toBeVisible()
  await dialog.later()

  await app.reload()
  await expect(dialog.item(samples.aiDaily)).toBeVisible()
  await dialog.discard(samples.aiDaily)
  await expect(dialog.root).toBeHidden()
  await expect.poll(() => backupText(host.dataDir, samples.aiDaily)).toBeNull()

  await app.reload()
  await expect(app.posts.item(samples.aiDaily)).toBeVisible()
  await expect(dialog.root).toHaveCount(0)
  expect(await readPostText(host.folder, samples.aiDaily)).toBe(original)
})

test('unsaved text of a post deleted while the host was down comes back as a post to save again', async ({
  page,
  host
}) => {
  const original = await crashWhileEditing(page, host, samples.macro, () =>
    rm(join(host.folder, samples.macro))
  )
  const app = new AppPage(page)

  const dialog = new RecoveryDialogPage(page)
  const diff = await dialog.compare(samples.macro)
  await expect(dialog.root.getByTestId('recovery-file-gone')).toBeVisible()
  await diff.showEnd()
  await expect(diff.right).toContainText(typed)
  await dialog.restore(samples.macro)

  await expect(page.getByTestId('deleted-banner')).toBeVisible()
  await app.preview.show()
  await expect(app.preview.root).toContainText(typed)
  // Saving a file that is gone asks first; only then is it written.
  await app.editor.focus()
  await app.editor.saveWithShortcut()
  const recreate = new RecreateDialogPage(page)
  await expect(recreate.root).toBeVisible()
  await recreate.confirm()
  await expect
    .poll(() => readPostTextOrNull(host.folder, samples.macro))
    .toBe(`${original}\n${typed}`)
})

test('leaving a folder with “Don’t save” drops the backups of its posts', async ({
  page,
  host
}) => {
  const other = join(host.folder, '..', 'other-posts')
  await writePost(other, 'elsewhere.md', '---\ntitle: 另一个文件夹\n---\n\n正文。\n')
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type(`\n${typed}`)
  await expect.poll(() => backupText(host.dataDir, samples.aiDaily)).toContain(typed)

  await app.button('open-folder').click()
  await new OpenFolderDialogPage(page).openFolder(other)
  await page.getByTestId('unsaved-dialog').getByTestId('unsaved-discard').click()
  await expect(app.posts.item('elsewhere.md')).toBeVisible()
  await expect.poll(() => backupText(host.dataDir, samples.aiDaily)).toBeNull()
})
