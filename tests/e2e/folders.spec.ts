import { join } from 'node:path'
import { AppPage } from './pages/AppPage'
import { OpenFolderDialogPage } from './pages/OpenFolderDialogPage'
import { readPostText, samples, writePost } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

const otherPost = '2026-01-05-other-folder.md'

/** A second folder of posts beside the host's copy of the samples. */
async function otherFolder(folder: string): Promise<string> {
  const other = join(folder, '..', 'other-posts')
  await writePost(other, otherPost, '---\ntitle: 另一个文件夹的文章\n---\n\n正文。\n')
  return other
}

/** Asks to open `folder` through the Open Folder dialog, typing its path. */
async function openByPath(app: AppPage, folder: string): Promise<void> {
  await app.button('open-folder').click()
  await app.page.getByTestId('folder-path').fill(folder)
  await app.page.getByTestId('folder-path').press('Enter')
}

test('Open Folder opens a typed path and lists the folder it left under recent folders', async ({
  page,
  host
}) => {
  const other = await otherFolder(host.folder)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.button('open-folder').click()
  await new OpenFolderDialogPage(page).openFolder(other)
  await expect(app.posts.items).toHaveCount(1)
  await expect(app.posts.item(otherPost)).toContainText('另一个文件夹的文章')

  await app.button('open-folder').click()
  const dialog = new OpenFolderDialogPage(page)
  await dialog.root.getByRole('button', { name: host.folder, exact: true }).click()
  await expect(dialog.root).toBeHidden()
  await expect(app.posts.item(samples.aiDaily)).toBeVisible()
})

test('leaving a folder with an unsaved post asks; Save all writes it before the other folder opens', async ({
  page,
  host
}) => {
  const other = await otherFolder(host.folder)
  const before = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type('\n离开前写下的一句')
  await openByPath(app, other)

  const unsaved = page.getByTestId('unsaved-dialog')
  await expect(unsaved).toContainText(samples.aiDaily)
  await unsaved.getByTestId('unsaved-save').click()
  await expect(app.posts.item(otherPost)).toBeVisible()
  expect(await readPostText(host.folder, samples.aiDaily)).toBe(`${before}\n离开前写下的一句`)
})

test('Cancel keeps the folder and the unsaved buffer; Don’t save leaves the file as it was', async ({
  page,
  host
}) => {
  const other = await otherFolder(host.folder)
  const before = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type('\n不要保存的一句')

  const unsaved = page.getByTestId('unsaved-dialog')
  await openByPath(app, other)
  await page.keyboard.press('Escape')
  await expect(unsaved).toBeHidden()
  await expect(app.posts.dirtyMark(samples.aiDaily)).toBeVisible()
  await expect(app.preview.root).toContainText('不要保存的一句')

  await openByPath(app, other)
  await unsaved.getByTestId('unsaved-discard').click()
  await expect(app.posts.item(otherPost)).toBeVisible()
  expect(await readPostText(host.folder, samples.aiDaily)).toBe(before)
})

test.describe('a folder opened while no post is open', () => {
  const newest = '_posts/2025-12-20-newest-report.md'
  const writtenLast = '_posts/2025-12-01-written-last.md'
  test.use({
    folderSeed: {
      prepare: async (folder) => {
        await writePost(
          folder,
          newest,
          '---\ntitle: "最新的一篇"\ndate: "2025-12-20 09:00:00 +0800"\n---\n\n## 今天的要点\n\n正文。\n'
        )
        // Written after it but dated earlier: the newest is the one with the latest date.
        await writePost(
          folder,
          writtenLast,
          '---\ntitle: "最后写的一篇"\ndate: "2025-12-01 09:00:00 +0800"\n---\n\n正文。\n'
        )
      }
    }
  })

  test('shows its newest post, in the editor and in the preview', async ({ page, host }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.posts.expectSelected(newest)
    await app.editor.expectVisible('## 今天的要点')
    await app.preview.waitForRender()
    await expect(app.preview.title).toHaveText('最新的一篇')
    await expect(app.preview.root.getByRole('heading', { name: '今天的要点' })).toBeVisible()

    // Another folder opens on its own newest post.
    await openByPath(app, await otherFolder(host.folder))
    await app.posts.expectSelected(otherPost)
    await expect(app.preview.title).toHaveText('另一个文件夹的文章')
  })
})
