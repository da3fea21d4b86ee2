import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isEventStream } from './pages/AppPage'
import { EditorPage } from './pages/EditorPage'
import { expect, test } from './web-host-fixture'

test('the web host serves the window with the folder’s posts, newest first', async ({
  page,
  host
}) => {
  await page.goto(host.url)
  const items = page.getByTestId('post-item')
  await expect(items).toHaveCount(6)
  await expect(items.first()).toContainText('2025-12-05')
  // The token left the address bar once the page had read it.
  expect(page.url()).not.toContain('token=')
})

test('opening a post shows its text as it is on disk', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByTestId('post-item').filter({ hasText: 'AI' }).first().click()
  const raw = await readFile(join(host.folder, '_posts', '2025-11-11-twitter-ai-daily.md'), 'utf8')
  // Monaco puts only the lines on screen in the DOM: compare the top of the file, line by line.
  const editor = new EditorPage(page)
  const top = raw.split('\n').slice(0, 8)
  await expect.poll(async () => (await editor.visibleLines()).slice(0, top.length)).toEqual(top)
})

test('the API refuses calls without the token', async ({ request, host }) => {
  const origin = new URL(host.url).origin
  const response = await request.post(`${origin}/api/listPosts`, { data: { args: [] } })
  expect(response.status()).toBe(401)
})

test('a post added on disk appears in the list without a reload', async ({ page, host }) => {
  // The event stream answers once the folder is watched, so nothing written after it is missed.
  const watching = page.waitForResponse(isEventStream)
  await page.goto(host.url)
  await watching
  await expect(page.getByTestId('post-item')).toHaveCount(6)
  const post = '---\ntitle: "新写的日报"\ndate: "2025-12-09 08:00:00 +0800"\n---\n\n今天的要点。\n'
  await writeFile(join(host.folder, '_posts', '2025-12-09-new.md'), post)
  await expect(page.getByTestId('post-item')).toHaveCount(7)
  await expect(page.getByTestId('post-item').first()).toContainText('新写的日报')
})
