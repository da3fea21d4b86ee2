import { access, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { ConflictDialogPage } from './pages/ConflictDialogPage'
import { RecreateDialogPage } from './pages/RecreateDialogPage'
import { readPostText, readPostTextOrNull, samples } from './disk'
import { expect, test } from './web-host-fixture'
import type { WebHostHandle } from './web-host-fixture'

test.use({ locale: 'en-US' })

const mine = '我在编辑器里写的一段'
const theirs = '另一个程序写到磁盘上的一段'

/**
 * Opens the AI daily, types a paragraph without saving, then changes the file on disk behind the
 * window's back. Returns the page objects and the texts of both versions.
 */
async function conflictingEdit(
  page: Page,
  host: WebHostHandle
): Promise<{ app: AppPage; dialog: ConflictDialogPage; buffer: string; disk: string }> {
  const original = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type(`\n${mine}`)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toBeVisible()

  const disk = `${original}\n${theirs}\n`
  await writeFile(join(host.folder, samples.aiDaily), disk)
  const dialog = new ConflictDialogPage(page)
  await expect(dialog.root).toBeVisible()
  return { app, dialog, buffer: `${original}\n${mine}`, disk }
}

test('a change on disk under unsaved edits asks; Keep mine writes the buffer', async ({
  page,
  host
}) => {
  const { app, dialog, buffer } = await conflictingEdit(page, host)
  await dialog.keepMine()
  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).toBe(buffer)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)
  await expect(app.preview.root).toContainText(mine)
})

test('Take theirs shows the disk version and leaves the file alone', async ({ page, host }) => {
  const { app, dialog, disk } = await conflictingEdit(page, host)
  await dialog.takeTheirs()
  await expect(app.preview.root).toContainText(theirs)
  await expect(app.preview.root).not.toContainText(mine)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)
  expect(await readPostText(host.folder, samples.aiDaily)).toBe(disk)
})

test('Compare shows both versions side by side before choosing', async ({ page, host }) => {
  const { dialog, disk } = await conflictingEdit(page, host)
  const diff = await dialog.compare()
  const theirsSide = diff.locator('.editor.original .view-lines')
  const mineSide = diff.locator('.editor.modified .view-lines')
  await expect(theirsSide).toBeVisible()
  await expect(mineSide).toBeVisible()

  // Both edits are at the end: go there in the writer's side; the disk's side scrolls along.
  await mineSide.click()
  await page.keyboard.press('Control+End')
  await expect(mineSide).toContainText(mine)
  await expect(mineSide).not.toContainText(theirs)
  await expect(theirsSide).toContainText(theirs)
  await expect(theirsSide).not.toContainText(mine)
  expect(await readPostText(host.folder, samples.aiDaily)).toBe(disk)
})

test('a change on disk while the buffer is clean reloads quietly', async ({ page, host }) => {
  const original = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)

  await writeFile(join(host.folder, samples.aiDaily), `${original}\n${theirs}\n`)

  await expect(app.preview.root).toContainText(theirs)
  await expect(new ConflictDialogPage(page).root).toHaveCount(0)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)
})

test('the open post deleted on disk keeps its text and says so', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)

  await rm(join(host.folder, samples.aiDaily))

  await expect(page.getByTestId('deleted-banner')).toBeVisible()
  await expect(app.preview.root).toContainText('冰箱')
})

/** Whether post `id` has a file on disk. */
function exists(host: WebHostHandle, id: string): Promise<boolean> {
  return access(join(host.folder, id)).then(
    () => true,
    () => false
  )
}

test('a post deleted on disk under unsaved edits stays open; Save writes it back only once confirmed', async ({
  page,
  host
}) => {
  const original = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type(`\n${mine}`)

  await rm(join(host.folder, samples.aiDaily))
  await expect(page.getByTestId('deleted-banner')).toBeVisible()
  await expect(app.preview.root).toContainText(mine)

  const recreate = new RecreateDialogPage(page)
  await app.editor.focus()
  await app.editor.saveWithShortcut()
  await expect(recreate.root).toBeVisible()
  await recreate.cancel()
  expect(await exists(host, samples.aiDaily)).toBe(false)

  await app.button('save-post').click()
  await recreate.confirm()
  await expect
    .poll(() => readPostTextOrNull(host.folder, samples.aiDaily))
    .toBe(`${original}\n${mine}`)
  await expect(page.getByTestId('deleted-banner')).toHaveCount(0)
  await expect(app.posts.item(samples.aiDaily)).toBeVisible()
})

test('a post renamed on disk under unsaved edits stays open under its name; Save asks first', async ({
  page,
  host
}) => {
  const original = await readPostText(host.folder, samples.aiDaily)
  const moved = '_posts/2025-11-11-renamed-elsewhere.md'
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type(`\n${mine}`)

  await rename(join(host.folder, samples.aiDaily), join(host.folder, moved))
  await expect(page.getByTestId('deleted-banner')).toBeVisible()
  await expect(app.posts.item(moved)).toBeVisible()
  await expect(app.preview.root).toContainText(mine)

  await app.editor.focus()
  await app.editor.saveWithShortcut()
  const recreate = new RecreateDialogPage(page)
  await expect(recreate.root).toBeVisible()
  expect(await exists(host, samples.aiDaily)).toBe(false)
  await recreate.confirm()
  await expect
    .poll(() => readPostTextOrNull(host.folder, samples.aiDaily))
    .toBe(`${original}\n${mine}`)
  // The file under its new name is the other program's: untouched.
  expect(await readPostText(host.folder, moved)).toBe(original)
})
