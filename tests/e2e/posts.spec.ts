import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { AppPage } from './pages/AppPage'
import { DeleteDialogPage } from './pages/DeleteDialogPage'
import { NewPostDialogPage } from './pages/NewPostDialogPage'
import { RenameDialogPage } from './pages/RenameDialogPage'
import { TrashDialogPage } from './pages/TrashDialogPage'
import { filesUnder, readPost, readPostText, sampleCount, samples } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

const dayMs = 24 * 60 * 60 * 1000

/** True when `day` (YYYY-MM-DD) is today in some time zone of the world. */
function isToday(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`)
  return Math.abs(time - Date.now()) < 2 * dayMs
}

test('a new post with a Chinese title lands in _posts/ with today’s date and opens', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.button('new-post').click()
  const title = '周报：测试新建文章'
  await new NewPostDialogPage(page).create({ title, template: 'bundled:report', draft: false })

  let id = ''
  await expect
    .poll(async () => {
      const names = await readdir(join(host.folder, '_posts'))
      id = names.find((name) => name.endsWith('-周报-测试新建文章.md')) ?? ''
      return id
    })
    .toMatch(/^\d{4}-\d{2}-\d{2}-周报-测试新建文章\.md$/)
  expect(isToday(id.slice(0, 10))).toBe(true)
  id = `_posts/${id}`
  const text = await readPostText(host.folder, id)
  expect(text).toContain(`title: "${title}"`)
  expect(text).toContain('## 概要') // the report template

  await expect(app.posts.items).toHaveCount(sampleCount + 1)
  await app.posts.expectSelected(id)
  await app.editor.expectVisible(`title: "${title}"`)
  await app.preview.show()
  await expect(app.preview.title).toHaveText(title)
})

test('a new draft lands in _drafts/ and is listed with a Draft badge', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.button('new-post').click()
  await new NewPostDialogPage(page).create({
    title: '草稿：下周计划',
    template: 'bundled:blank',
    draft: true
  })

  const id = '_drafts/草稿-下周计划.md'
  await expect.poll(() => filesUnder(join(host.folder, '_drafts'))).toContain('草稿-下周计划.md')
  expect(await readPostText(host.folder, id)).toContain('title: "草稿：下周计划"')
  await app.posts.expectSelected(id)
  await expect(app.posts.item(id)).toContainText('Draft')
  await app.editor.expectVisible('title: "草稿：下周计划"')
})

test('renaming a post moves its bytes to the new name and the list follows', async ({
  page,
  host
}) => {
  const bytes = await readPost(host.folder, samples.macro)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.macro)

  await app.button('rename-post').click()
  await new RenameDialogPage(page).rename('2025-12-02-macro-renamed.md')

  const renamed = '_posts/2025-12-02-macro-renamed.md'
  await expect
    .poll(() => filesUnder(join(host.folder, '_posts')))
    .not.toContain('2025-12-02-macro-daily.md')
  expect(await readPost(host.folder, renamed)).toEqual(bytes)
  await expect(app.posts.item(samples.macro)).toHaveCount(0)
  await app.posts.expectSelected(renamed)
  await expect(app.posts.items).toHaveCount(sampleCount)
})

test('deleting a post moves it to the app’s trash, and Undo puts the same bytes back', async ({
  page,
  host
}) => {
  const bytes = await readPost(host.folder, samples.openSource)
  const filesBefore = await filesUnder(host.folder)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.openSource)

  await app.button('delete-post').click()
  await new DeleteDialogPage(page).confirm()

  await expect(app.posts.item(samples.openSource)).toHaveCount(0)
  await expect(app.posts.items).toHaveCount(sampleCount - 1)
  // Gone from the folder with the cloud Postcloud drew for it, and nothing (no trash folder, no
  // backup) added to it.
  const cloud = 'assets/wordclouds/wordcloud_open_source_20251108_20251114.jpg'
  expect(await filesUnder(host.folder)).toEqual(
    filesBefore.filter((file) => file !== samples.openSource && file !== cloud)
  )
  const trashed = (await filesUnder(join(host.dataDir, 'trash'))).filter((file) =>
    file.endsWith('/2025-11-14-open-source-weekly.md')
  )
  expect(trashed).toHaveLength(1)
  expect(await readPost(join(host.dataDir, 'trash'), trashed[0])).toEqual(bytes)

  await app.toastButton('Undo').click()

  await expect.poll(() => filesUnder(host.folder)).toEqual(filesBefore)
  expect(await readPost(host.folder, samples.openSource)).toEqual(bytes)
  await expect(app.posts.item(samples.openSource)).toBeVisible()
})

test('a deleted post comes back from the trash dialog unchanged', async ({ page, host }) => {
  const bytes = await readPost(host.folder, samples.reading)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.reading)
  await app.button('delete-post').click()
  await new DeleteDialogPage(page).confirm()
  await expect(app.posts.item(samples.reading)).toHaveCount(0)

  await app.button('open-trash').click()
  const trash = new TrashDialogPage(page)
  await expect(trash.item(samples.reading)).toBeVisible()
  await trash.restore(samples.reading)

  await expect(trash.item(samples.reading)).toHaveCount(0)
  await expect.poll(() => readPost(host.folder, samples.reading).catch(() => null)).toEqual(bytes)
  await expect(app.posts.item(samples.reading)).toBeVisible()
})

test('search finds a Chinese word of one post’s body, with a snippet; a title word too', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await expect(app.posts.items).toHaveCount(sampleCount)

  // "冰箱" is in the body of the AI daily only, not in its title.
  await app.posts.searchFor('冰箱')
  await expect(app.posts.items).toHaveCount(1)
  await expect(app.posts.item(samples.aiDaily)).toContainText('冰箱')
  await expect(app.posts.item(samples.aiDaily).locator('.snippet')).toContainText('冰箱照片')

  await app.posts.searchFor('推特日报')
  await expect(app.posts.items.first()).toHaveAttribute('data-id', samples.aiDaily)

  await app.posts.clearSearch()
  await expect(app.posts.items).toHaveCount(sampleCount)
})

test('a search result shows its match as text, marked and whole, however far into the line', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await expect(app.posts.items).toHaveCount(sampleCount)

  // The AI daily's line is `1. **多模态成为默认配置**：多位开发者提到…`: the match is bold Markdown.
  await app.posts.searchFor('默认配置')
  await expect(app.posts.snippetMatch(samples.aiDaily)).toHaveText('默认配置')
  await expect(app.posts.snippet(samples.aiDaily)).toContainText(
    '多模态成为默认配置：多位开发者提到'
  )
  await expect(app.posts.snippet(samples.aiDaily)).not.toContainText('*')
  expect(await app.posts.matchInView(samples.aiDaily)).toBe(true)

  // Far into a long paragraph, the narrow list still shows the match whole.
  await app.posts.searchFor('手写的白板内容')
  await expect(app.posts.items).toHaveCount(1)
  await expect(app.posts.snippetMatch(samples.aiDaily)).toHaveText('手写的白板内容')
  expect(await app.posts.matchInView(samples.aiDaily)).toBe(true)
})
