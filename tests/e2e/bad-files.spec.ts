import { chmod, copyFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { CloudPanelPage } from './pages/CloudPanelPage'
import { readPost, readPostText, samples, writePost } from './disk'
import { expect, test } from './web-host-fixture'

// The entries of docs/BAD-INPUTS.md about bad files in the window: #bi-file-binary, #bi-fm-code,
// #bi-fm-invalid, #bi-fm-unclosed, #bi-file-read-only and #bi-file-huge.
test.use({ locale: 'en-US' })

const postFixtures = resolve(__dirname, '..', 'fixtures', 'posts')

function seedFixture(name: string, id: string): { prepare(folder: string): Promise<void> } {
  return {
    prepare: async (folder) => {
      await writePost(folder, id, Buffer.alloc(0))
      await copyFile(join(postFixtures, name), join(folder, ...id.split('/')))
    }
  }
}

/** Opens a post whose preview may never render (too large): the editor is what is waited for. */
async function openPlain(page: Page, url: string, id: string): Promise<AppPage> {
  const app = new AppPage(page)
  await app.goto(url)
  await app.posts.item(id).click()
  await app.posts.expectSelected(id)
  await app.editor.waitUntilReady()
  return app
}

test.describe('a binary file named .md', () => {
  const id = '_posts/2025-12-12-binary.md'
  test.use({
    folderSeed: {
      prepare: (folder) =>
        writePost(folder, id, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]))
    }
  })

  test('is listed as unreadable and never opened', async ({ page, host }) => {
    const app = new AppPage(page)
    const reads: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/api/readPost')) reads.push(request.postData() ?? '')
    })
    await app.goto(host.url)
    const row = app.posts.item(id)
    await expect(row).toContainText('Not text')
    await expect(row).toHaveAttribute('aria-disabled', 'true')
    // It is the newest file, yet the window opens the newest post it can read.
    await app.posts.expectSelected(samples.draft)
    // Playwright refuses to click an aria-disabled element; a writer's click goes through.
    await row.click({ force: true })
    await app.posts.expectSelected(samples.draft)
    // Opening another post afterwards: by then a read of the binary file would have been asked.
    await app.openPost(samples.aiDaily)
    expect(reads).toHaveLength(2)
    expect(reads[0]).toContain(samples.draft)
    expect(reads[1]).toContain(samples.aiDaily)
  })
})

test.describe('a `---js` front matter block', () => {
  const id = '_posts/2025-12-14-js-fence.md'
  test.use({ folderSeed: seedFixture('js-fence.md', id) })

  test('is shown as an error and never run', async ({ page, host }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.openPost(id)
    await expect(page.getByTestId('fm-notice')).toContainText('a ---js block is never run')
    await expect(app.form.title).toBeDisabled()
    await expect(app.preview.root).toContainText('正文。')
    expect(await page.evaluate(() => 'postcloudPwned' in globalThis)).toBe(false)
    expect(await page.evaluate(() => '__postcloudPwned' in globalThis)).toBe(false)
  })
})

test.describe('duplicate keys in the front matter', () => {
  const id = '_posts/2025-12-13-duplicate-keys.md'
  test.use({ folderSeed: seedFixture('duplicate-keys.md', id) })

  test('say where, disable the form, and leave the body editable and savable', async ({
    page,
    host
  }) => {
    const before = await readPostText(host.folder, id)
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.openPost(id)
    const notice = page.getByTestId('fm-notice')
    await expect(notice).toContainText('not valid YAML')
    await expect(notice).toContainText('Line 4, column 1')
    await expect(app.form.title).toBeDisabled()

    await app.editor.goToEnd()
    await app.editor.type('补一句。')
    await app.editor.saveWithShortcut()
    await expect.poll(() => readPostText(host.folder, id)).toBe(`${before}补一句。`)
  })
})

test.describe('a front matter fence that never closes', () => {
  const id = '_posts/2025-12-15-unclosed.md'
  test.use({ folderSeed: seedFixture('unclosed.md', id) })

  test('leaves the body as body and says why metadata cannot be edited', async ({ page, host }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.openPost(id)
    await expect(page.getByTestId('fm-notice')).toContainText('never closed')
    await expect(app.preview.root).toContainText('title: 这不是元数据')
  })
})

test.describe('a file made read-only while its buffer is dirty', () => {
  const id = samples.aiDaily

  test('fails to save with a clear message, stays dirty and keeps its mode', async ({
    page,
    host
  }) => {
    const path = join(host.folder, ...id.split('/'))
    const before = await readPost(host.folder, id)
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.openPost(id)
    await app.editor.goToEnd()
    await app.editor.type('\n只读之后写的一段')
    await expect(app.posts.dirtyMark(id)).toBeVisible()

    await chmod(path, 0o444)
    await app.editor.saveWithShortcut()
    await expect(page.locator('.banner-error')).toContainText('read-only')
    await expect(app.posts.dirtyMark(id)).toBeVisible()
    expect((await readPost(host.folder, id)).equals(before)).toBe(true)
    expect((await stat(path)).mode & 0o777).toBe(0o444)
    await expect(app.preview.root).toContainText('只读之后写的一段')
  })
})

/** ~50 MB of Chinese report lines under a front matter block. */
function hugePost(): string {
  const line = '今天的市场日报：模型评测、数据清洗、部署进展与开源社区的变化。\n'
  const count = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line))
  return `---\ntitle: 五十兆的日报\n---\n${line.repeat(count)}`
}

test.describe('a 50 MB post', () => {
  const id = '_posts/2025-12-10-huge.md'
  test.use({ folderSeed: { prepare: (folder) => writePost(folder, id, hugePost()) } })

  test('opens and stays editable; preview and cloud say it is too large', async ({
    page,
    host
  }) => {
    test.setTimeout(120_000)
    const app = new AppPage(page)
    await app.goto(host.url)
    await expect(app.posts.item(id)).toContainText('五十兆的日报')
    await app.posts.item(id).click()
    await app.posts.expectSelected(id)
    await app.editor.waitUntilReady()
    await app.preview.show()
    await expect(page.locator('.preview-too-large')).toContainText('too large to preview')

    const cloud = new CloudPanelPage(page)
    await cloud.tab.click()
    await expect(page.getByTestId('cloud-too-large')).toContainText('too large for a word cloud')

    // The editor still answers: a line typed at the top shows at once.
    await app.editor.focus()
    await page.keyboard.press('Control+Home')
    await app.editor.type('开头加的一行\n')
    await app.editor.expectVisible('开头加的一行')
    await expect(app.posts.dirtyMark(id)).toBeVisible()
  })
})

test.describe('a 5 MB single line', () => {
  const id = '_posts/2025-12-11-one-line.md'
  const words = '一行到底的长文没有换行'
  const body = words.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(words)))
  test.use({
    folderSeed: { prepare: (folder) => writePost(folder, id, `---\ntitle: 一行\n---\n${body}`) }
  })

  test('opens, previews and takes typing', async ({ page, host }) => {
    test.setTimeout(120_000)
    const app = await openPlain(page, host.url, id)
    await app.preview.waitForRender()
    await expect(app.preview.root).toContainText(words)
    await app.editor.focus()
    await page.keyboard.press('Control+End')
    await app.editor.type('\n\n结尾的新段落')
    await expect(app.preview.root).toContainText('结尾的新段落', { timeout: 30_000 })
  })
})
