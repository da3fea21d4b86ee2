import type { Page } from '@playwright/test'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppPage } from './pages/AppPage'
import { SiteViewPage } from './pages/SiteViewPage'
import { SettingsDialogPage } from './pages/SettingsDialogPage'
import { ExternalLinkDialog } from './payloads/clicks'
import { samples, writePost } from './disk'
import { expect, test } from './web-host-fixture'

// The Site tab (README, "The window"; issue 12): the post inside its own site's layouts and
// styles, from the editor buffer, in a frame that runs nothing of the site.

test.use({ locale: 'en-US' })

/** Opens a post from the list on the Site tab and waits until the editor and the page show it. */
async function openOnSite(page: Page, host: { url: string }, id: string): Promise<SiteViewPage> {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.posts.item(id).click()
  await app.posts.expectSelected(id)
  await app.editor.waitUntilReady()
  const site = new SiteViewPage(page)
  if ((await site.tab.getAttribute('aria-selected')) !== 'true') await site.tab.click()
  await site.waitForRender()
  return site
}

async function editLayout(
  folder: string,
  name: string,
  edit: (text: string) => string
): Promise<void> {
  const path = join(folder, '_layouts', name)
  await writeFile(path, edit(await readFile(path, 'utf8')))
}

test('a Jekyll site with layouts opens on the Site tab', async ({ page, host }) => {
  const app = new AppPage(page)
  await app.goto(host.url)
  await app.posts.item(samples.aiDaily).click()
  await app.editor.waitUntilReady()
  const site = new SiteViewPage(page)
  await expect(site.tab).toHaveAttribute('aria-selected', 'true')
  await site.waitForRender()
})

test('the Site tab shows the post inside its layouts', async ({ page, host }) => {
  const site = await openOnSite(page, host, samples.aiDaily)

  await expect(site.tab).toHaveAttribute('aria-selected', 'true')
  await expect(site.frameElement).toHaveAttribute('sandbox', 'allow-same-origin')
  // _layouts/post.html: the title, then the tags after 标签：.
  await expect(site.frame.locator('article.post h1')).toHaveText(
    'AI 推特日报：多模态与智能体的一天'
  )
  await expect(site.frame.locator('.post-meta')).toContainText('标签：大模型、多模态、Agent')
  // _layouts/default.html around it: the site's title links home, the description in the footer.
  await expect(site.frame.locator('header a')).toHaveText('Postcloud 示例周报')
  await expect(site.frame.locator('footer')).toContainText('由 Postcloud 附带的示例报告站点')
})

test('a draft renders in its layouts too', async ({ page, host }) => {
  const site = await openOnSite(page, host, samples.draft)
  await expect(site.frame.locator('article.post h1')).toHaveText('周报草稿：本周待整理事项')
  await expect(site.frame.locator('header a')).toHaveText('Postcloud 示例周报')
})

test('typing updates the page in place, keeping its document and scroll position', async ({
  page,
  host
}) => {
  const site = await openOnSite(page, host, samples.aiDaily)
  const app = new AppPage(page)
  // At phone width the post is several screens long.
  await site.width('phone').click()
  await expect.poll(() => site.pageWidth()).toBe(390)
  await site.scrollTo(600)
  await expect.poll(() => site.scrollTop()).toBe(600)
  await site.markDocument()
  const before = Number(await site.frameElement.getAttribute('data-rendered-length'))

  // The editor followed the frame; typing where its caret lands changes text below the top line.
  await app.editor.focus()
  await app.editor.type('SITEVIEWTYPED')

  await expect(site.frame.locator('body')).toContainText('SITEVIEWTYPED')
  await expect(site.frameElement).toHaveAttribute('data-rendered-length', String(before + 13))
  expect(await site.sameDocument()).toBe(true)
  expect(Math.abs((await site.scrollTop()) - 600)).toBeLessThan(40)
})

/** Adds a stylesheet link to the sample site's default layout. */
function linkStylesheet(folder: string, url: string): Promise<void> {
  return editLayout(folder, 'default.html', (text) =>
    text.replace(
      '</head>',
      `  <link rel="stylesheet" href="{{ '${url}' | relative_url }}">\n</head>`
    )
  )
}

test.describe('a CSS file of the folder', () => {
  test.use({
    folderSeed: {
      async prepare(folder) {
        await mkdir(join(folder, 'assets', 'css'), { recursive: true })
        await writeFile(
          join(folder, 'assets', 'css', 'site.css'),
          '.post-meta { color: rgb(12, 34, 56); }\n'
        )
        await linkStylesheet(folder, '/assets/css/site.css')
      }
    }
  })

  test('applies to the page', async ({ page, host }) => {
    const site = await openOnSite(page, host, samples.aiDaily)
    await expect.poll(() => site.computedStyle('.post-meta', 'color')).toBe('rgb(12, 34, 56)')
  })
})

test.describe('a Sass file of the folder', () => {
  test.use({
    folderSeed: {
      async prepare(folder) {
        await writeFile(
          join(folder, 'assets', 'main.scss'),
          '---\n---\n$accent: rgb(65, 43, 21);\narticle.post h1 { color: $accent; }\n'
        )
        await linkStylesheet(folder, '/assets/main.css')
      }
    }
  })

  test('is compiled and applies to the page', async ({ page, host }) => {
    const site = await openOnSite(page, host, samples.aiDaily)
    await expect.poll(() => site.computedStyle('article.post h1', 'color')).toBe('rgb(65, 43, 21)')
  })
})

test.describe('a remote stylesheet', () => {
  test.use({
    folderSeed: {
      prepare: (folder) =>
        editLayout(folder, 'default.html', (text) =>
          text.replace(
            '</head>',
            '  <link rel="stylesheet" href="https://styles.example.com/theme.css">\n</head>'
          )
        )
    }
  })

  test('loads only after remote content is turned on, which reloads the page', async ({
    page,
    host
  }) => {
    const requested: string[] = []
    await page.route('https://styles.example.com/**', (route) => {
      requested.push(route.request().url())
      return route.fulfill({ contentType: 'text/css', body: '.post-meta { color: rgb(7, 8, 9); }' })
    })
    const site = await openOnSite(page, host, samples.aiDaily)
    await expect(site.frame.locator('.post-meta')).toBeVisible()
    expect(await site.computedStyle('.post-meta', 'color')).not.toBe('rgb(7, 8, 9)')
    expect(requested).toEqual([])
    await site.markDocument()

    const settings = new SettingsDialogPage(page)
    await settings.open()
    await settings.remoteContent.click()
    await settings.close()

    await expect.poll(() => site.computedStyle('.post-meta', 'color')).toBe('rgb(7, 8, 9)')
    expect(requested).toEqual(['https://styles.example.com/theme.css'])
    // A new policy is a new document: the old one's CSP could not be loosened.
    expect(await site.sameDocument()).toBe(false)
  })
})

test.describe('a plain folder', () => {
  test.use({
    folderSeed: {
      async prepare(folder) {
        for (const name of ['_config.yml', '_posts', '_drafts', '_layouts', 'index.html']) {
          await rm(join(folder, name), { recursive: true, force: true })
        }
        await writePost(folder, 'notes.md', '---\ntitle: Notes\n---\nJust a note.\n')
      }
    }
  })

  test('opens on the Preview, and the Site tab says why there is no site page', async ({
    page,
    host
  }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.openPost('notes.md')
    const site = new SiteViewPage(page)
    await expect(page.getByTestId('pane-tab-preview')).toHaveAttribute('aria-selected', 'true')

    await site.tab.click()

    await expect(site.noSite).toContainText('not a Jekyll site')
    await expect(site.frameElement).toHaveCount(0)
  })
})

test.describe("a post past the Site tab's size limit", () => {
  const id = '_posts/2025-12-10-large.md'
  const line = '今天的市场日报：模型评测、数据清洗、部署进展与开源社区的变化。\n'
  test.use({
    folderSeed: {
      prepare: (folder) =>
        writePost(folder, id, `---\ntitle: 很长的日报\n---\n${line.repeat(180_000)}`)
    }
  })

  test('says so instead of rendering it', async ({ page, host }) => {
    const app = new AppPage(page)
    await app.goto(host.url)
    await app.posts.item(id).click()
    await app.editor.waitUntilReady()
    const site = new SiteViewPage(page)
    if ((await site.tab.getAttribute('aria-selected')) !== 'true') await site.tab.click()
    await expect(page.getByTestId('site-too-large')).toContainText('too large for the site page')
    await expect(site.frameElement).toHaveCount(0)
  })
})

test('the width presets give the page that width, scaled to the pane', async ({ page, host }) => {
  const site = await openOnSite(page, host, samples.aiDaily)
  const pane = page.getByTestId('site-view')
  const paneWidth = (await pane.boundingBox())?.width ?? 0
  expect(paneWidth).toBeLessThan(1280)

  await expect(site.width('desktop')).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => site.pageWidth()).toBe(1280)
  // Scaled down: the whole page width fits the pane.
  expect(await site.shownWidth()).toBeLessThanOrEqual(paneWidth + 1)

  await site.width('tablet').click()
  await expect.poll(() => site.pageWidth()).toBe(768)
  await site.width('phone').click()
  await expect.poll(() => site.pageWidth()).toBe(390)
  await expect(site.width('phone')).toHaveAttribute('aria-pressed', 'true')
})

test.describe('diagnostics', () => {
  test.use({
    folderSeed: {
      async prepare(folder) {
        await writeFile(
          join(folder, '_layouts', 'post.html'),
          [
            '---',
            'layout: default',
            '---',
            '<article class="post">',
            '  <h1>{{ page.title | escape }}</h1>',
            '  {% include missing-box.html %}',
            '  <div class="post-content">',
            '{{ content }}',
            '  </div>',
            '</article>',
            ''
          ].join('\n')
        )
      }
    }
  })

  test('a missing include is listed with its file and line, and a click opens it', async ({
    page,
    host
  }) => {
    const site = await openOnSite(page, host, samples.aiDaily)
    const app = new AppPage(page)
    // The rest of the page still renders.
    await expect(site.frame.locator('article.post h1')).toHaveText(
      'AI 推特日报：多模态与智能体的一天'
    )
    const item = site.diagnostics.getByTestId('site-diagnostic').filter({ hasText: 'missing-box' })
    await expect(item).toHaveCount(1)
    const place = item.getByRole('button', { name: '_layouts/post.html:6' })
    await expect(place).toBeVisible()

    await place.click()

    await app.editor.expectVisible('{% include missing-box.html %}')
  })
})

test('the page scrolls with the editor, both ways', async ({ page, host }) => {
  const site = await openOnSite(page, host, samples.aiDaily)
  const app = new AppPage(page)
  await site.width('phone').click()
  await expect.poll(() => site.pageWidth()).toBe(390)

  // The writer scrolls the editor until the analysis section is at its top: the page follows.
  await app.editor.root.hover()
  const atTop = async (): Promise<boolean> =>
    (await app.editor.visibleLines()).slice(0, 2).some((line) => line.startsWith('## 详细分析'))
  for (let step = 0; step < 200 && !(await atTop()); step += 1) await page.mouse.wheel(0, 40)
  expect(await atTop()).toBe(true)
  const heading = site.frame.getByRole('heading', { name: '详细分析' })
  await expect
    .poll(() => heading.evaluate((element) => element.getBoundingClientRect().top))
    .toBeLessThan(120)
  expect(await site.scrollTop()).toBeGreaterThan(500)

  // And back: the writer scrolls the page to its top, the editor shows the front matter.
  await site.scrollTo(0)
  await app.editor.expectVisible('title: "AI 推特日报')
})

test('Ctrl+End in the editor brings the end of the post, its cloud image, fully into the page', async ({
  page,
  host
}) => {
  const site = await openOnSite(page, host, samples.aiDaily)
  const app = new AppPage(page)
  await site.width('phone').click()
  await expect.poll(() => site.pageWidth()).toBe(390)
  const image = site.frame.locator('img[alt="词云图"]')
  await expect
    .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0)

  await app.editor.goToEnd()
  // The frame's viewport is its document's client height: the image's bottom is inside it.
  await expect
    .poll(() =>
      image.evaluate(
        (element) =>
          element.getBoundingClientRect().bottom -
          element.ownerDocument.documentElement.clientHeight
      )
    )
    .toBeLessThanOrEqual(0.5)
})

test('links in the page open nothing without the confirmation', async ({ page, host }) => {
  const site = await openOnSite(page, host, samples.aiDaily)
  const dialog = new ExternalLinkDialog(page)
  const before = page.url()
  await site.markDocument()

  await site.frame.getByRole('link', { name: 'OpenAI 博客' }).click()
  await dialog.expectOffering('https://openai.com/blog')
  await dialog.cancel()
  // The site's own link home, clicked left and middle, navigates neither the frame nor the window.
  await site.frame.locator('header a').click()
  await site.frame.locator('header a').click({ button: 'middle' })
  await expect(dialog.root).toBeHidden()
  expect(await site.sameDocument()).toBe(true)
  expect(page.url()).toBe(before)
  expect(page.frames()).toHaveLength(2)
})

/** A theme that tries everything a page can to run, load, navigate or submit. */
const hostileLayout = `<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=https://evil.example/refresh">
<base href="https://evil.example/">
<link rel="prefetch" href="https://evil.example/prefetch">
<link rel="stylesheet" href="https://evil.example/remote.css">
<link rel="preload" as="image" href="{{ '/assets/wordclouds/x.jpg' | relative_url }}">
<script>parent.document.title = 'pwned'</script>
<style>@import url(https://evil.example/import.css); body { background: url(https://evil.example/bg.png) }</style>
</head>
<body onload="parent.document.title = 'pwned'">
<img src="https://evil.example/pixel.png" onerror="parent.document.title = 'pwned'">
<a id="js" href="javascript:parent.document.title = 'pwned'">js link</a>
<form action="https://evil.example/form"><button id="send">Send</button></form>
<iframe src="https://evil.example/frame"></iframe>
<object data="https://evil.example/object"></object>
<svg><script>parent.document.title = 'pwned'</script></svg>
<div id="styled" style="background-image: url(https://evil.example/div.png)">styled</div>
{{ content }}
</body></html>
`

/** The same tricks inside the post's own blocks, which the window sanitizes one by one. */
const hostileBlocks = [
  '',
  '行内 HTML：<img src="https://evil.example/inline.png" onerror="parent.document.title = \'pwned\'"> ' +
    '<a id="inline-js" href="javascript:parent.document.title = \'pwned\'">inline js</a> ' +
    '<span style="background: url(https://evil.example/span.png)">span</span>',
  '',
  '<div onclick="parent.document.title = \'pwned\'"><iframe src="https://evil.example/frame-2"></iframe>' +
    "<script>parent.document.title = 'pwned'</script><p>block of the post</p></div>",
  ''
].join('\n')

test.describe('a hostile theme', () => {
  test.use({
    folderSeed: {
      async prepare(folder) {
        await writeFile(join(folder, '_layouts', 'default.html'), hostileLayout)
        const post = join(folder, ...samples.aiDaily.split('/'))
        await writeFile(post, (await readFile(post, 'utf8')) + hostileBlocks)
      }
    }
  })

  test('runs nothing, loads nothing from the network and navigates nowhere', async ({
    page,
    host
  }) => {
    const remote: string[] = []
    await page.context().route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        remote.push(route.request().url())
        return route.abort()
      }
    )
    const site = await openOnSite(page, host, samples.aiDaily)
    await site.markDocument()
    await expect(site.frame.locator('#styled')).toHaveText('styled')
    await expect(site.frame.getByText('block of the post')).toBeVisible()
    // A keystroke in the post's hostile inline HTML: that block is sanitized again on its own.
    const app = new AppPage(page)
    const length = Number(await site.frameElement.getAttribute('data-rendered-length'))
    await app.editor.goToEnd()
    for (const key of ['ArrowUp', 'ArrowUp', 'ArrowUp', 'End']) await page.keyboard.press(key)
    await app.editor.type('X')
    await expect(site.frameElement).toHaveAttribute('data-rendered-length', String(length + 1))
    await expect(site.frame.getByText('span', { exact: true })).toBeVisible()

    const offences = await site.frameElement.evaluate((frame) => {
      const document = (frame as HTMLIFrameElement).contentDocument
      if (!document) return ['no document']
      const found: string[] = []
      const first = document.head.firstElementChild
      if (first?.getAttribute('http-equiv') !== 'Content-Security-Policy')
        found.push('CSP not first')
      const selector =
        'script, iframe, object, embed, base, link, form[action], [href^="javascript:" i]'
      for (const element of Array.from(document.querySelectorAll(selector)))
        found.push(element.outerHTML)
      for (const meta of Array.from(document.querySelectorAll('meta[http-equiv]'))) {
        if (meta !== first) found.push(meta.outerHTML)
      }
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name)) found.push(`${element.localName} ${attribute.name}`)
          if (/evil\.example/.test(attribute.value))
            found.push(`${element.localName} ${attribute.value}`)
        }
      }
      for (const style of Array.from(document.querySelectorAll('style'))) {
        if (/evil\.example/.test(style.textContent ?? '')) found.push('style loads the network')
      }
      return found
    })
    expect(offences).toEqual([])

    const before = page.url()
    await site.frame.locator('#inline-js').click()
    await site.frame.locator('#js').click()
    await site.frame.locator('#send').click()
    expect(await site.sameDocument()).toBe(true)
    expect(page.url()).toBe(before)
    expect(await page.title()).not.toContain('pwned')
    expect(remote).toEqual([])
  })
})
