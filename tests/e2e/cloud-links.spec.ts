import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppPage } from './pages/AppPage'
import { CloudPanelPage } from './pages/CloudPanelPage'
import { readPostText, samples, writePost } from './disk'
import { expect, test } from './web-host-fixture'

/**
 * Export on posts whose cloud link cannot simply be followed, in the sample Jekyll site
 * (baseurl /reports, permalink /:year/:month/:day/:title/), a fresh copy per test.
 */

async function openCloud(page: AppPage['page'], url: string, id: string): Promise<CloudPanelPage> {
  const app = new AppPage(page)
  await app.goto(url)
  await app.openPost(id)
  const cloud = new CloudPanelPage(page)
  await cloud.open()
  return cloud
}

test.describe('a cloud link the published site would not resolve', () => {
  // docs/BAD-INPUTS.md#bi-img-unpublished
  const id = '_posts/2025-11-20-relative-cloud.md'
  const oldLink = 'wordcloud_relative_20251120.jpg'
  test.use({
    locale: 'en-US',
    folderSeed: {
      prepare: (folder) =>
        writePost(
          folder,
          id,
          [
            '---',
            'layout: post',
            'title: "相对链接周报"',
            'date: "2025-11-20 09:00:00 +0800"',
            '---',
            '',
            '## 概要',
            '',
            '本周的模型发布和推理框架更新都集中在开源社区。',
            '',
            '## 词云分析',
            '',
            `![词云图](${oldLink})`,
            ''
          ].join('\n')
        )
    }
  })

  test('Export asks, names the URL, and moving writes into assets/wordclouds and relinks', async ({
    page,
    host
  }) => {
    const before = await readPostText(host.folder, id)
    const cloud = await openCloud(page, host.url, id)

    await cloud.button('export-jpg').click()
    const dialog = cloud.unpublishedDialog
    await expect(dialog).toBeVisible({ timeout: 30_000 })
    await expect(dialog).toContainText(
      `would be requested as /reports/2025/11/20/relative-cloud/${oldLink}`
    )
    // Cancel leaves the disk as it was.
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    expect(await readPostText(host.folder, id)).toBe(before)
    expect(existsSync(join(host.folder, '_posts', oldLink))).toBe(false)

    await cloud.button('export-jpg').click()
    const move = dialog.getByRole('button', { name: /^Move the link to assets\/wordclouds\// })
    await expect(move).toBeFocused()
    const rule = ((await move.textContent()) ?? '').replace('Move the link to ', '')
    await move.click()
    await expect(page.locator('.toasts')).toContainText(`Word cloud saved to ${rule}.`, {
      timeout: 30_000
    })
    expect((await readFile(join(host.folder, rule))).subarray(0, 3)).toEqual(
      Buffer.from([0xff, 0xd8, 0xff])
    )
    expect(existsSync(join(host.folder, '_posts', oldLink))).toBe(false)
    await expect
      .poll(() => readPostText(host.folder, id))
      .toBe(before.replace(`(${oldLink})`, `(/reports/${rule})`))
  })

  test('"Export where it points" writes beside the post and keeps the link', async ({
    page,
    host
  }) => {
    const before = await readPostText(host.folder, id)
    const cloud = await openCloud(page, host.url, id)
    await cloud.button('export-jpg').click()
    await cloud.unpublishedDialog.getByRole('button', { name: 'Export where it points' }).click()
    await expect(page.locator('.toasts')).toContainText(`Word cloud saved to _posts/${oldLink}.`, {
      timeout: 30_000
    })
    expect(await readPostText(host.folder, id)).toBe(before)
  })
})

test.describe('Export PNG on a post that links a JPG, in Chinese', () => {
  test.use({ locale: 'zh-CN' })
  const linked = samples.aiDaily
  const name = 'wordcloud_twitter_ai_20251111_20251111'

  test('says why in Chinese and saves a PNG copy without touching the link', async ({
    page,
    host
  }) => {
    const before = await readPostText(host.folder, linked)
    const image = join(host.folder, 'assets/wordclouds', `${name}.jpg`)
    const imageBefore = await readFile(image)
    const cloud = await openCloud(page, host.url, linked)

    await cloud.button('export-png').click()
    const dialog = cloud.wrongTypeDialog
    await expect(dialog).toBeVisible({ timeout: 30_000 })
    await expect(dialog).toContainText(`文章的词云链接是 ${name}.jpg，不是 PNG 文件`)
    await expect(dialog).not.toContainText(/which is not|Export as|Change the link/)

    await dialog.getByRole('button', { name: '另存 PNG 副本' }).click()
    const copy = `assets/${name}.png`
    await expect(page.locator('.toasts')).toContainText(`PNG 副本已保存到 ${copy}`, {
      timeout: 30_000
    })
    const png = await readFile(join(host.folder, copy))
    expect(png.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    expect(await readPostText(host.folder, linked)).toBe(before)
    expect(await readFile(image)).toEqual(imageBefore)
  })
})
