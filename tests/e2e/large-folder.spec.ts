import { AppPage } from './pages/AppPage'
import { generatedPostId, generatePosts, sampleCount } from './disk'
import { expect, test } from './web-host-fixture'

const generated = 10_000

test.use({
  locale: 'en-US',
  folderSeed: { prepare: (folder) => generatePosts(folder, generated) }
})

test('10,000 posts: a few dozen rows in the DOM, and the last one reachable by scrolling', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await expect(app.posts.items.first()).toBeVisible()
  // The list is as tall as every post (rows are at least 20 px), yet holds only a few rows.
  await expect
    .poll(() => app.posts.list.evaluate((list) => list.scrollHeight))
    .toBeGreaterThan((generated + sampleCount) * 20)
  expect(await app.posts.items.count()).toBeLessThan(200)

  await app.posts.scrollToEnd()

  const oldest = generatedPostId(generated - 1)
  const last = app.posts.item(oldest)
  await expect(last).toBeInViewport()
  await expect(last).toContainText('生成的文章 09999')
  expect(await app.posts.items.count()).toBeLessThan(200)
  expect((await app.posts.ids()).at(-1)).toBe(oldest)
})
