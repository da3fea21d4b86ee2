import type { Locator } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { readPostText, samples, writePost } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

/**
 * Chinese characters a reader reads: the body without front matter, code, comments and image
 * syntax (an independent count, not the app's own function).
 */
function hanCount(text: string): number {
  const prose = text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`]*`/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
  return prose.match(/\p{Script=Han}/gu)?.length ?? 0
}

test('the status bar counts the post’s Chinese characters and its reading time', async ({
  page,
  host
}) => {
  const text = await readPostText(host.folder, samples.aiDaily)
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)

  const count = hanCount(text)
  expect(count).toBe(1948)
  await expect(app.statusBar).toContainText('1,948')
  // About 400 Chinese characters a minute, rounded up.
  await expect(app.statusBar).toContainText(`about ${Math.ceil(count / 400)} min`)
})

test('the outline lists the headings and a click scrolls the editor to one', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)

  const headings = ['概要', '核心信息', '详细分析', '多模态：从演示走向日常', '展望', '词云分析']
  for (const heading of headings) {
    await expect(app.outline.getByText(heading, { exact: true })).toBeVisible()
  }
  // Far down the post: not on screen until the outline brings it there.
  expect((await app.editor.visibleLines()).some((line) => line.includes('## 展望'))).toBe(false)

  await app.outline.getByText('展望', { exact: true }).click()

  await app.editor.expectVisible('## 展望')
})

test('the Preview scrolls with the editor, both ways', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await app.preview.waitForRender()

  // The writer scrolls the editor until the analysis section is at its top: the Preview follows.
  await app.editor.root.hover()
  const atTop = async (): Promise<boolean> =>
    (await app.editor.visibleLines()).slice(0, 2).some((line) => line.startsWith('## 详细分析'))
  for (let step = 0; step < 200 && !(await atTop()); step += 1) await page.mouse.wheel(0, 40)
  expect(await atTop()).toBe(true)
  const heading = app.preview.root.getByRole('heading', { name: '详细分析' })
  const previewTop = await app.preview.root.evaluate(
    (element) => element.getBoundingClientRect().top
  )
  await expect
    .poll(
      async () =>
        (await heading.evaluate((element) => element.getBoundingClientRect().top)) - previewTop
    )
    .toBeLessThan(80)
  expect(await app.preview.scrollTop()).toBeGreaterThan(300)

  // And back: the writer scrolls the Preview to its top, the editor shows the front matter.
  await app.preview.scrollTo(0)
  await app.editor.expectVisible('title: "AI 推特日报')
})

test('Ctrl+End in the editor brings the end of the post, its cloud image, fully into the Preview', async ({
  page,
  host
}) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.openPost(samples.aiDaily)
  await expect.poll(() => app.preview.naturalWidth('词云图')).toBeGreaterThan(0)

  await app.editor.goToEnd()
  const last = app.preview.root.locator('.preview-body > :last-child')
  await expect(last.locator('img[alt="词云图"]')).toHaveCount(1)
  // The preview's viewport is its box without the scroll bar: the image's bottom is inside it.
  const bottomOf = (element: Locator): Promise<number> =>
    element.evaluate((node) => node.getBoundingClientRect().bottom)
  const viewportBottom = (): Promise<number> =>
    app.preview.root.evaluate((node) => node.getBoundingClientRect().top + node.clientHeight)
  await expect
    .poll(async () => (await bottomOf(last)) - (await viewportBottom()))
    .toBeLessThanOrEqual(0.5)
})

/** Sixty headings: more than the sidebar's outline has room for. */
const longOutline = '_posts/2025-12-09-long-outline.md'
const longOutlineText = [
  '---',
  'title: "很长的大纲"',
  'date: "2025-12-09 09:00:00 +0800"',
  '---',
  '',
  ...Array.from({ length: 60 }, (_, i) => `## 第 ${i + 1} 节\n\n第 ${i + 1} 节的正文。\n`)
].join('\n')

test.describe('a post with a long outline', () => {
  test.use({ folderSeed: { prepare: (folder) => writePost(folder, longOutline, longOutlineText) } })

  test('the outline keeps its header in place while its list scrolls, and shows the first heading whole', async ({
    page,
    host
  }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.openPost(longOutline)
    const pane = page.getByRole('region', { name: 'Outline' })
    const header = pane.getByRole('heading', { name: 'Outline' })
    const first = app.outline.getByTestId('outline-item').first()
    await expect(first).toHaveText('第 1 节')
    const box = (element: Locator): Promise<{ top: number; bottom: number }> =>
      element.evaluate((node) => {
        const { top, bottom } = node.getBoundingClientRect()
        return { top, bottom }
      })

    // At the top, the first heading is inside the list's box, not cut by its edge.
    const list = await box(app.outline)
    const item = await box(first)
    expect(item.top).toBeGreaterThanOrEqual(list.top)
    expect(item.bottom).toBeLessThanOrEqual(list.bottom)

    // The writer scrolls the list with the wheel: the headings move, the header stays on top.
    await first.hover()
    await page.mouse.wheel(0, 400)
    await expect.poll(async () => (await box(first)).top).toBeLessThan(item.top - 100)
    const paneBox = await box(pane)
    const headerBox = await box(header)
    expect(headerBox.top).toBeGreaterThanOrEqual(paneBox.top)
    expect(headerBox.bottom).toBeLessThanOrEqual((await box(app.outline)).top + 0.5)
    await expect(header).toBeInViewport({ ratio: 1 })
  })
})
