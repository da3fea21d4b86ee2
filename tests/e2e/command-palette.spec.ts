import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { AppPage } from './pages/AppPage'
import { CommandPalettePage } from './pages/CommandPalettePage'
import { readPostText, samples } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

test.describe('a folder without posts', () => {
  // Without a post, none is open: the window opens the newest post of a folder by itself.
  test.use({
    folderSeed: {
      prepare: async (folder) => {
        for (const posts of ['_posts', '_drafts'])
          await rm(join(folder, posts), { recursive: true, force: true })
      }
    }
  })

  test('Ctrl+Shift+P from the list offers the commands; typing filters, Enter runs', async ({
    page,
    host
  }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await expect(page.locator('.welcome')).toBeVisible()
    await app.posts.list.focus()
    const palette = new CommandPalettePage(page)
    await palette.open()
    await expect(palette.root).toHaveRole('dialog')
    await expect(palette.root.getByRole('heading')).toHaveText('Commands')

    // No post is open: what needs one is not offered.
    await expect(palette.option('Open Folder…')).toContainText('Ctrl+O')
    await expect(palette.option('Settings')).toContainText('Ctrl+,')
    for (const name of ['Save', 'Rename', 'Delete', 'History…', 'Export Word Cloud'])
      await expect(palette.option(name)).toHaveCount(0)

    await page.keyboard.type('sett')
    await expect.poll(() => palette.names()).toEqual(['Settings'])
    await page.keyboard.press('Enter')

    await expect(palette.root).toBeHidden()
    await expect(page.getByTestId('settings')).toBeVisible()
  })
})

test('Ctrl+Shift+P from the editor: the arrow keys choose, Enter saves the post to disk', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.macro)
  await app.editor.goToEnd()
  await app.editor.type('\n用命令面板保存的一段')
  await expect(app.posts.dirtyMark(samples.macro)).toBeVisible()

  const palette = new CommandPalettePage(page)
  await palette.open()
  // The editor's own command list (F1) is Monaco's; this is the window's.
  await expect(app.editor.root.locator('.quick-input-widget')).toBeHidden()
  await expect(palette.option('Save')).toContainText('Ctrl+S')
  await expect(palette.option('History…')).toContainText('Ctrl+Shift+H')

  await page.keyboard.type('s')
  await expect(palette.option('Open Folder…')).toHaveCount(0)
  const names = await palette.names()
  const save = names.indexOf('Save')
  expect(save).toBeGreaterThan(0)
  for (let step = 0; step < save; step += 1) await page.keyboard.press('ArrowDown')
  await expect(palette.option('Save')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')

  await expect(palette.root).toBeHidden()
  await expect(app.posts.dirtyMark(samples.macro)).toHaveCount(0)
  await expect
    .poll(() => readPostText(host.folder, samples.macro))
    .toContain('用命令面板保存的一段')
})

test('Escape closes the palette and runs nothing', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.macro)
  await app.editor.focus()
  const palette = new CommandPalettePage(page)
  await palette.open()
  await page.keyboard.type('delete')
  await expect.poll(() => palette.names()).toEqual(['Delete'])
  await page.keyboard.press('Escape')
  await expect(palette.root).toBeHidden()
  await expect(page.getByTestId('delete-dialog')).toHaveCount(0)
  await expect(app.posts.item(samples.macro)).toBeVisible()
})
