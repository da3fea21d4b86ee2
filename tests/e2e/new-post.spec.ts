import { join } from 'node:path'
import { AppPage } from './pages/AppPage'
import { NewPostDialogPage } from './pages/NewPostDialogPage'
import { filesUnder, readPostText, writePost } from './disk'
import { expect, test } from './web-host-fixture'

test.use({ locale: 'en-US' })

/** Today in the sample site's `timezone` (Asia/Shanghai), as YYYY-MM-DD. */
function siteToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
}

test.describe('with a daily report in the folder', () => {
  test.use({
    folderSeed: {
      async prepare(folder) {
        await writePost(
          folder,
          '_posts/2025-12-03-twitter-ai-20251203-20251203.md',
          '---\nlayout: post\ntitle: "twitter_ai_20251203_20251203"\ndate: "2025-12-03 09:00:00 +0800"\n---\n\n正文\n'
        )
      }
    }
  })

  test('the report template suggests today’s report of that series, in the site’s day', async ({
    page,
    host
  }) => {
    const day = siteToday()
    const compact = day.replace(/-/g, '')
    const title = `twitter_ai_${compact}_${compact}`
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.button('new-post').click()
    const dialog = new NewPostDialogPage(page)
    await expect(dialog.title).toHaveValue(title)

    // Another template drops the suggestion; the report template brings it back.
    await dialog.chooseTemplate('bundled:blank')
    await expect(dialog.title).toHaveValue('')
    await dialog.chooseTemplate('bundled:report')
    await expect(dialog.title).toHaveValue(title)
    await dialog.submit()

    const id = `_posts/${day}-twitter-ai-${compact}-${compact}.md`
    await expect
      .poll(() => filesUnder(join(host.folder, '_posts')))
      .toContain(`${day}-twitter-ai-${compact}-${compact}.md`)
    const text = await readPostText(host.folder, id)
    expect(text).toContain(`\nTwitter_ai 报告 (${day} 至 ${day})\n`)
    expect(text).toContain('### 核心信息（5个信息点概述）')
    expect(text).toContain(
      `![词云图](/reports/assets/wordclouds/wordcloud_twitter_ai_${compact}_${compact}.jpg)`
    )
    await app.posts.expectSelected(id)
  })

  test('a typed title is never replaced by a suggestion', async ({ page, host }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.button('new-post').click()
    const dialog = new NewPostDialogPage(page)
    await dialog.title.fill('我的周报')
    await dialog.chooseTemplate('bundled:blank')
    await dialog.chooseTemplate('bundled:report')
    await expect(dialog.title).toHaveValue('我的周报')
  })
})
