import { AppPage } from './pages/AppPage'
import {
  changedLines,
  crlfPost,
  crlfPostBytes,
  readPost,
  readPostText,
  samples,
  writePost
} from './disk'
import { httpRoute } from '@shared/contract'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

const typed = '今天补充一段新的观察'

test('typing in the editor changes the preview, and nothing reaches the disk before a save', async ({
  page,
  host
}) => {
  const original = await readPost(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await expect(app.preview.root).not.toContainText(typed)

  await app.editor.goToEnd()
  await app.editor.type(`\n${typed}`)

  await expect(app.preview.root.locator('p', { hasText: typed })).toBeVisible()
  await expect(app.posts.dirtyMark(samples.aiDaily)).toBeVisible()
  expect(await readPost(host.folder, samples.aiDaily)).toEqual(original)
})

test('Save writes the buffer: the original bytes with the typed text at the end', async ({
  page,
  host
}) => {
  const original = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type(`\n${typed}`)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toBeVisible()

  await app.button('save-post').click()

  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).toBe(`${original}\n${typed}`)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)
})

test('Ctrl+S pressed while a save is still running is not lost: it saves after that one', async ({
  page,
  host
}) => {
  const original = await readPostText(host.folder, samples.aiDaily)
  // The first save's answer is held back until the second Ctrl+S was pressed, so the two overlap.
  let release = (): void => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  let requests = 0
  await page.route(`**${httpRoute('savePost')}`, async (route) => {
    requests += 1
    if (requests > 1) return route.continue()
    const response = await route.fetch()
    await held
    return route.fulfill({ response })
  })
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.editor.goToEnd()
  await app.editor.type(`\n${typed}`)
  await app.editor.saveWithShortcut()
  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).toContain(typed)
  await expect(app.statusBar).toContainText('Saving')

  await app.editor.type('又一句')
  await app.editor.saveWithShortcut()
  release()

  await expect
    .poll(() => readPostText(host.folder, samples.aiDaily))
    .toBe(`${original}\n${typed}又一句`)
  await expect(app.posts.dirtyMark(samples.aiDaily)).toHaveCount(0)
  expect(requests).toBe(2)
})

test.describe('a post written on Windows (BOM, CRLF)', () => {
  test.use({
    folderSeed: { prepare: (folder) => writePost(folder, crlfPost.id, crlfPostBytes()) }
  })

  test('Ctrl+S saves the typed text in place and keeps the BOM and every CRLF', async ({
    page,
    host
  }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.openPost(crlfPost.id)
    await expect(app.preview.root).toContainText('第一段文字。')

    // The caret goes to the end of "第一段文字。" (line 9), not to the end of the file.
    const line = crlfPost.lines.indexOf('第一段文字。')
    await app.editor.focus()
    await page.keyboard.press('Control+Home')
    for (let i = 0; i < line; i += 1) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('End')
    await app.editor.type('追加的话。')
    await expect(app.preview.root).toContainText('第一段文字。追加的话。')

    await app.editor.saveWithShortcut()

    const expected = crlfPost.lines.map((text, index) =>
      index === line ? `${text}追加的话。` : text
    )
    await expect.poll(() => readPost(host.folder, crlfPost.id)).toEqual(crlfPostBytes(expected))
    await expect(app.posts.dirtyMark(crlfPost.id)).toHaveCount(0)
  })
})

test('a new title in the form changes exactly one line of the file and the preview header', async ({
  page,
  host
}) => {
  const before = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await expect(app.form.title).toHaveValue('AI 推特日报：多模态与智能体的一天')

  const title = 'AI 推特日报：改过的标题'
  await app.form.setTitle(title)

  await expect.poll(() => readPostText(host.folder, samples.aiDaily)).not.toBe(before)
  const after = await readPostText(host.folder, samples.aiDaily)
  const changed = changedLines(before, after)
  expect(changed).toHaveLength(1)
  // The writer's double quotes stay.
  expect(after.split('\n')[changed[0]]).toBe(`title: "${title}"`)
  await expect(app.preview.title).toHaveText(title)
  await expect(app.posts.item(samples.aiDaily)).toContainText(title)
})
