import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { SiteViewPage } from './pages/SiteViewPage'
import { writePost } from './disk'
import { expect, test } from './web-host-fixture'

// Issue 14: until the first export, the place of the post's cloud says so and offers the export,
// in the Preview and in the Site view, instead of "Image not found".

const post = '_posts/2025-12-20-unexported-cloud.md'

test.use({
  folderSeed: {
    // A report whose cloud link points at a file no export has written yet.
    prepare: (folder) =>
      writePost(
        folder,
        post,
        [
          '---',
          'layout: post',
          'title: "还没导出词云的日报"',
          'date: "2025-12-20 09:00:00 +0800"',
          '---',
          '',
          '## 今日要点',
          '',
          '大模型与多模态是今天讨论最多的话题，智能体的可靠性与推理成本紧随其后。',
          '开源模型的推理评测也引起了开发者的注意，大模型的多模态能力继续进步。',
          '',
          // A page's own button dressed up as the placeholder's: it must not export.
          '<p><button type="button" data-postcloud-export="guess">假的导出</button></p>',
          '',
          '## 词云分析',
          '',
          '![词云图](/reports/assets/wordclouds/wordcloud_e2e_20251220_20251220.jpg)',
          ''
        ].join('\n')
      )
  }
})

/** The folder-relative path the export toast names, once the image is on disk. */
async function exportedImage(toasts: Locator, folder: string, saved: RegExp): Promise<string> {
  const toast = toasts.getByText(saved)
  await expect(toast).toBeVisible({ timeout: 30_000 })
  const path = saved.exec((await toast.textContent()) ?? '')?.[1] ?? ''
  expect((await stat(join(folder, ...path.split('/')))).size).toBeGreaterThan(0)
  return path
}

test.describe('in English', () => {
  test.use({ locale: 'en-US' })

  test('the Preview says the cloud is not exported yet, and its Export shows the image', async ({
    page,
    host
  }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.openPost(post)
    const placeholder = app.preview.cloudNotExported
    await expect(placeholder).toHaveText('Word cloud not exported yet — Export')
    await expect(placeholder).toHaveAttribute('title', 'wordcloud_e2e_20251220_20251220.jpg')
    await expect(app.preview.root.getByText('Image not found')).toHaveCount(0)

    await placeholder.getByRole('button', { name: 'Export' }).click()
    await exportedImage(app.toasts, host.folder, /Word cloud saved to (.+)\.$/)
    // Back on the Preview, which now shows the picture the export wrote.
    await expect(page.getByTestId('pane-tab-preview')).toHaveAttribute('aria-selected', 'true')
    await expect.poll(() => app.preview.naturalWidth('词云图')).toBeGreaterThan(0)
    await expect(placeholder).toHaveCount(0)
  })
})

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('the Site view says the cloud is not exported yet, and its Export shows the image', async ({
    page,
    host
  }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.posts.item(post).click()
    await app.posts.expectSelected(post)
    const site = new SiteViewPage(page)
    await expect(site.tab).toHaveAttribute('aria-selected', 'true')
    await site.waitForRender()
    const placeholder = site.cloudNotExported
    await expect(placeholder).toHaveText('词云尚未导出 — 导出')

    await site.frame.getByRole('button', { name: '假的导出' }).click()
    await expect(site.tab).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByTestId('cloud-panel')).toHaveCount(0)

    // The frame runs no script: the window's own click handling runs the export.
    await placeholder.getByRole('button', { name: '导出' }).click()
    await exportedImage(app.toasts, host.folder, /词云已保存到 (.+)。$/)
    await expect(site.tab).toHaveAttribute('aria-selected', 'true')
    await expect.poll(() => site.naturalWidth('词云图'), { timeout: 20_000 }).toBeGreaterThan(0)
    await expect(placeholder).toHaveCount(0)
  })
})
