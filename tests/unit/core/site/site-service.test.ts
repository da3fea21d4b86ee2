import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SiteService } from '@core/site/site-service'
import type { SitePage, SitePageResult } from '@shared/site/types'
import {
  draft,
  fixtureSite,
  hiddenPost,
  minimaInstalled,
  readText,
  tempFolder,
  tempSite,
  week45,
  week46
} from './site-fixture'

function asPage(result: SitePageResult): SitePage {
  if (result.kind !== 'page') throw new Error(`expected a page, got ${JSON.stringify(result)}`)
  return result
}

/** Renders `id` of a site from `text` (the buffer), or from its file when no text is given. */
async function render(
  service: SiteService,
  root: string,
  id: string,
  text?: string,
  sourceLines = false
): Promise<SitePage> {
  return asPage(await service.page(id, text ?? (await readText(root, id)), { sourceLines }))
}

/** `text` with its front matter key `key` set to `value` (added when missing). */
function withFrontMatter(text: string, key: string, value: string): string {
  const line = new RegExp(`^${key}:.*$`, 'm')
  if (line.test(text)) return text.replace(line, `${key}: ${value}`)
  return text.replace(/^---\n/, `---\n${key}: ${value}\n`)
}

describe('SiteService.page on a site with its own layouts', () => {
  const root = fixtureSite('report')

  it('renders a post inside its layout chain, innermost first', async () => {
    const page = await render(new SiteService(root, true), root, week45)
    expect(page.layouts).toEqual(['post', 'default'])
    expect(page.fallbackLayout).toBe(false)
    expect(page.diagnostics).toEqual([])
    const { html } = page
    // default.html wraps post.html, which wraps the kramdown of the post.
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('<title>第四十五周工作周报 | 周报站</title>')
    expect(html).toContain('<a class="site-title" href="/blog/">周报站</a>')
    const main = html.indexOf('<main class="page-content">')
    const article = html.indexOf('<article class="post"')
    const paragraph = html.indexOf('<p>本周我们完成了检索服务的迁移，延迟下降了三成。</p>')
    expect(main).toBeGreaterThan(-1)
    expect(article).toBeGreaterThan(main)
    expect(paragraph).toBeGreaterThan(article)
    expect(html.indexOf('</article>')).toBeGreaterThan(paragraph)
    expect(html.indexOf('</main>')).toBeGreaterThan(html.indexOf('</article>'))
    expect(html).toContain('<h2 id="词云分析">词云分析</h2>')
    expect(html).toContain('<time>2025-11-10</time>')
  })

  it('gives the page URL without the baseurl and the baseurl beside it', async () => {
    const page = await render(new SiteService(root, true), root, week45)
    expect(page.url).toBe('/weekly/2025/11/10/week-45/')
    expect(page.baseurl).toBe('/blog')
    expect(page.html).toContain('data-url="/weekly/2025/11/10/week-45/"')
    expect(page.html).toContain('<a class="permalink" href="/blog/weekly/2025/11/10/week-45/">')
    expect(page.html).toContain('<link rel="stylesheet" href="/blog/assets/main.css">')
  })

  it('renders the buffer, not the file: text, title and URL as typed', async () => {
    const service = new SiteService(root, true)
    const file = await readText(root, week45)
    const buffer = withFrontMatter(
      withFrontMatter(file, 'title', '改过的标题'),
      'permalink',
      '/reports/w45/'
    ).replace('本周我们完成了检索服务的迁移', '缓冲区里还没保存的一段话')
    const page = await render(service, root, week45, buffer)
    expect(page.html).toContain('<p>缓冲区里还没保存的一段话，延迟下降了三成。</p>')
    expect(page.html).not.toContain('检索服务的迁移')
    expect(page.html).toContain('<h1 class="post-title">改过的标题</h1>')
    expect(page.url).toBe('/reports/w45/')
    // The file itself is untouched and renders as before.
    expect(await readText(root, week45)).toBe(file)
    const again = await render(service, root, week45)
    expect(again.html).toContain('检索服务的迁移')
    expect(again.url).toBe('/weekly/2025/11/10/week-45/')
  })

  it('marks blocks with data-source-line only when asked', async () => {
    const service = new SiteService(root, true)
    const text = await readText(root, week45)
    const plain = await render(service, root, week45, text, false)
    const marked = await render(service, root, week45, text, true)
    expect(plain.html).not.toContain('data-source-line')
    expect(marked.html).toContain('<p data-source-line="7">本周我们完成了检索服务的迁移')
    expect(marked.html).toContain('<h2 id="词云分析" data-source-line="14">')
    // Nothing but the attributes differs.
    expect(marked.html.replace(/ data-source-line="\d+"/g, '')).toBe(plain.html)
  })

  it('renders other posts’ content where a layout reads site.posts[0].content', async () => {
    const service = new SiteService(root, true)
    const text = withFrontMatter(await readText(root, week45), 'layout', 'digest')
    const page = await render(service, root, week45, text)
    expect(page.layouts).toEqual(['digest', 'default'])
    // site.posts[0] is the newest post, week 46, rendered through kramdown.
    const aside = page.html.slice(page.html.indexOf('<aside class="latest-post">'))
    expect(aside).toContain('<h2>第四十六周工作周报</h2>')
    expect(aside).toContain('<p>本周上线了站点预览，作者可以在编辑时看到发布后的页面。</p>')
    expect(aside).toContain('<h2 id="风险">风险</h2>')
    expect(page.diagnostics).toEqual([])
  })

  it('puts the buffer in site.posts when the edited post is the one a layout reads', async () => {
    const service = new SiteService(root, true)
    const text = withFrontMatter(await readText(root, week46), 'layout', 'digest').replace(
      '评审意见还没有全部处理。',
      '刚刚在编辑器里改过的风险说明。'
    )
    const page = await render(service, root, week46, text)
    const aside = page.html.slice(page.html.indexOf('<aside class="latest-post">'))
    expect(aside).toContain('<p>刚刚在编辑器里改过的风险说明。</p>')
    expect(aside).not.toContain('评审意见')
  })

  it('renders a draft and a published: false post, as jekyll --drafts --unpublished does', async () => {
    const service = new SiteService(root, true)
    const drafted = await render(service, root, draft)
    expect(drafted.layouts).toEqual(['post', 'default'])
    expect(drafted.html).toContain('<h1 class="post-title">十一月月度总结（草稿）</h1>')
    expect(drafted.html).toContain('<p>月度总结还在写，先记下要点：迁移、预览、词云。</p>')
    expect(drafted.url).toMatch(/\/monthly-summary\/$/)
    const hidden = await render(service, root, hiddenPost)
    expect(hidden.layouts).toEqual(['post', 'default'])
    expect(hidden.html).toContain('<p>这篇笔记不公开发布。</p>')
    expect(hidden.url).toBe('/2025/11/03/hidden-notes/')
  })

  it('names a missing layout in a diagnostic and still shows the content', async () => {
    const service = new SiteService(root, true)
    const text = withFrontMatter(await readText(root, week45), 'layout', 'no-such-layout')
    const page = await render(service, root, week45, text)
    expect(page.layouts).toEqual([])
    expect(page.fallbackLayout).toBe(false)
    expect(page.html).toContain('<p>本周我们完成了检索服务的迁移，延迟下降了三成。</p>')
    expect(page.diagnostics).toEqual([
      expect.objectContaining({ kind: 'layout', file: week45, line: 1 })
    ])
    expect(page.diagnostics[0].message).toContain('no-such-layout')
  })

  it('a broken include names its file and line and the rest of the page renders', async () => {
    const service = new SiteService(root, true)
    const file = await readText(root, week45)
    const text = file.replace('## 下周计划', '{% include missing-snippet.html %}\n\n## 下周计划')
    const line = text.split('\n').findIndex((each) => each.includes('missing-snippet')) + 1
    const page = await render(service, root, week45, text)
    expect(page.layouts).toEqual(['post', 'default'])
    expect(page.html).toContain('<h2 id="下周计划">下周计划</h2>')
    expect(page.html).toContain('<a class="site-title" href="/blog/">周报站</a>')
    expect(page.diagnostics).toEqual([
      expect.objectContaining({ kind: 'include', file: week45, line })
    ])
  })
})

describe('SiteService.page: layouts, themes and folders that are not sites', () => {
  it('names the layout whose own layout is missing', async () => {
    const root = await tempSite('report')
    await writeFile(
      join(root, '_layouts', 'wide.html'),
      '---\nlayout: no-such-base\n---\n<div class="wide">{{ content }}</div>\n'
    )
    const service = new SiteService(root, true)
    const text = withFrontMatter(await readText(root, week45), 'layout', 'wide')
    const page = await render(service, root, week45, text)
    expect(page.layouts).toEqual(['wide'])
    expect(page.html).toContain('<div class="wide">')
    expect(page.diagnostics).toEqual([
      expect.objectContaining({ kind: 'layout', file: '_layouts/wide.html' })
    ])
  })

  it('lays out a site without layouts or theme in the plain layout, and says so', async () => {
    const root = fixtureSite('bare')
    const id = '_posts/2025-10-01-national-day.md'
    const page = await render(new SiteService(root, true), root, id)
    expect(page.fallbackLayout).toBe(true)
    expect(page.layouts).toEqual([])
    expect(page.url).toBe('/2025/10/01/national-day.html')
    expect(page.baseurl).toBe('')
    expect(page.html).toContain('<title>国庆值班记录 | 没有布局的站点</title>')
    expect(page.html).toContain('<h1 class="post-title">国庆值班记录</h1>')
    expect(page.html).toContain('<time datetime="2025-10-01">2025-10-01</time>')
    expect(page.html).toContain('<p>值班期间没有故障。</p>')
    expect(page.diagnostics).toEqual([expect.objectContaining({ kind: 'layout', file: id })])
  })

  it('falls back, with a theme diagnostic, when the named theme is not installed', async () => {
    const root = await tempSite('bare')
    await writeFile(
      join(root, '_config.yml'),
      'title: 没有布局的站点\ntheme: postcloud-no-such-theme\n'
    )
    const id = '_posts/2025-10-01-national-day.md'
    const page = await render(new SiteService(root, true), root, id)
    expect(page.fallbackLayout).toBe(true)
    expect(page.html).toContain('<p>值班期间没有故障。</p>')
    const kinds = page.diagnostics.map((each) => each.kind)
    expect(kinds).toContain('theme')
    expect(kinds).toContain('layout')
    expect(page.diagnostics.find((each) => each.kind === 'theme')).toMatchObject({
      file: '_config.yml',
      line: 2
    })
  })

  it.skipIf(!minimaInstalled)('renders a theme: minima post in minima’s layouts', async () => {
    const root = fixtureSite('themed')
    const page = await render(new SiteService(root, true), root, '_posts/2025-12-01-daily.md')
    expect(page.layouts).toEqual(['post', 'default'])
    expect(page.fallbackLayout).toBe(false)
    expect(page.html).toContain('class="site-header"')
    expect(page.html).toContain('<p>今天整理了评测数据。</p>')
    expect(page.html).toContain('十二月一日日报')
  })

  it('answers no-site for a plain folder', async () => {
    const folder = await tempFolder()
    await writeFile(join(folder, 'note.md'), '# 笔记\n\n普通文件夹里的笔记。\n')
    const service = new SiteService(folder, false)
    expect(await service.page('note.md', '# 笔记\n')).toEqual({
      kind: 'no-site',
      reason: 'not-jekyll'
    })
  })
})

describe('SiteService.page: what Jekyll does with odd inputs', () => {
  it('stops a layout chain that loops, as Jekyll does: each layout once', async () => {
    // jekyll build 4.3.1 on these layouts writes <div class="b"><div class="a"><p>正文</p>…
    const root = await tempSite('report')
    await writeFile(
      join(root, '_layouts', 'loop-a.html'),
      '---\nlayout: loop-b\n---\n<div class="a">{{ content }}</div>\n'
    )
    await writeFile(
      join(root, '_layouts', 'loop-b.html'),
      '---\nlayout: loop-a\n---\n<div class="b">{{ content }}</div>\n'
    )
    const service = new SiteService(root, true)
    const text = withFrontMatter(await readText(root, week45), 'layout', 'loop-a')
    const page = await render(service, root, week45, text)
    expect(page.layouts).toEqual(['loop-a', 'loop-b'])
    expect(page.html.startsWith('<div class="b"><div class="a"><p>本周我们完成了')).toBe(true)
    expect(page.html.match(/class="a"/g)).toHaveLength(1)
  })

  it('renders a layout that names itself once, as Jekyll does', async () => {
    const root = await tempSite('report')
    await writeFile(
      join(root, '_layouts', 'self.html'),
      '---\nlayout: self\n---\n<div class="self">{{ content }}</div>\n'
    )
    const service = new SiteService(root, true)
    const text = withFrontMatter(await readText(root, week45), 'layout', 'self')
    const page = await render(service, root, week45, text)
    expect(page.layouts).toEqual(['self'])
    expect(page.html.match(/class="self"/g)).toHaveLength(1)
  })

  it('says so when the buffer’s front matter is not valid YAML', async () => {
    const root = fixtureSite('report')
    const text = '---\nlayout: post\ntitle: [没有闭合的标题\n---\n\n正文照样显示。\n'
    const page = await render(new SiteService(root, true), root, week45, text)
    // Jekyll logs the YAML error and renders the body without front matter.
    expect(page.html).toContain('<p>正文照样显示。</p>')
    expect(page.diagnostics).toEqual([
      expect.objectContaining({ kind: 'yaml', file: week45, line: expect.any(Number) })
    ])
  })

  it('renders a post that reads its own content once, as Jekyll does', async () => {
    // jekyll build 4.3.1 gives the raw body here: <p>自引用：71 71</p> for its own test post.
    const root = fixtureSite('report')
    const text = `${await readText(root, week46)}\n自引用：{{ page.content | size }} {{ site.posts[0].content | size }}\n`
    const page = await render(new SiteService(root, true), root, week46, text)
    expect(page.html.match(/<p>自引用：\d+ \d+<\/p>/g)).toHaveLength(1)
    expect(page.diagnostics).toEqual([])
  })

  it('renders an index page listing every post’s excerpt', async () => {
    const root = fixtureSite('report')
    const text =
      '---\nlayout: default\ntitle: 首页\n---\n<ul>{% for post in site.posts %}<li><a href="{{ post.url | relative_url }}">{{ post.title }}</a>{{ post.excerpt }}</li>{% endfor %}</ul>\n'
    const page = await render(new SiteService(root, true), root, 'index.html', text)
    expect(page.url).toBe('/')
    expect(page.layouts).toEqual(['default'])
    expect(page.html).toContain(
      '<ul><li><a href="/blog/weekly/2025/11/17/week-46/">第四十六周工作周报</a><p>本周上线了站点预览，作者可以在编辑时看到发布后的页面。</p>\n</li><li><a href="/blog/weekly/2025/11/10/week-45/">第四十五周工作周报</a><p>本周我们完成了检索服务的迁移，延迟下降了三成。</p>\n</li></ul>'
    )
    expect(page.html).not.toContain('内部笔记')
    expect(page.html).not.toContain('月度总结')
  })

  it('keeps problems of another post a layout reads out of this page’s diagnostics', async () => {
    const root = await tempSite('report')
    await writeFile(
      join(root, week46),
      (await readText(root, week46)).replace(
        '## 风险',
        '{% include other-post-missing.html %}\n\n## 风险'
      )
    )
    const service = new SiteService(root, true)
    const text = withFrontMatter(await readText(root, week45), 'layout', 'digest')
    for (let round = 0; round < 2; round++) {
      const page = await render(service, root, week45, text)
      expect(page.html).toContain('本周上线了站点预览')
      expect(page.diagnostics).toEqual([])
    }
    // The post itself does report it.
    const own = await render(service, root, week46)
    const line =
      (await readText(root, week46)).split('\n').findIndex((each) => each.includes('{% include')) +
      1
    expect(own.diagnostics).toEqual([
      expect.objectContaining({ kind: 'include', file: week46, line })
    ])
  })

  it('does not run an .html post through kramdown, and honours render_with_liquid: false', async () => {
    const root = fixtureSite('report')
    const service = new SiteService(root, true)
    const html = await render(
      service,
      root,
      '_posts/2025-11-30-notes.html',
      '---\nlayout: post\ntitle: 网页格式的周报\n---\n<p>{{ page.title }} *不是 Markdown*</p>\n'
    )
    expect(html.html).toContain('<p>网页格式的周报 *不是 Markdown*</p>')
    expect(html.url).toBe('/2025/11/30/notes/')
    const raw = await render(
      service,
      root,
      week45,
      '---\nlayout: post\ntitle: 原样\nrender_with_liquid: false\n---\n原样显示 {{ page.title }}\n'
    )
    expect(raw.html).toContain('<p>原样显示 {{ page.title }}</p>')
  })
})

describe('SiteService.changed', () => {
  it('shows a layout edited on disk in the next render', async () => {
    const root = await tempSite('report')
    const service = new SiteService(root, true)
    const text = await readText(root, week45)
    expect((await render(service, root, week45, text)).html).toContain('layout-default')
    const layout = join(root, '_layouts', 'default.html')
    await writeFile(
      layout,
      '<!DOCTYPE html>\n<html><body class="layout-edited"><div id="新版布局">{{ content }}</div></body></html>\n'
    )
    service.changed('_layouts/default.html')
    const page = await render(service, root, week45, text)
    expect(page.html).toContain('<body class="layout-edited"><div id="新版布局">')
    expect(page.html).not.toContain('layout-default')
    expect(page.html).toContain('<h1 class="post-title">第四十五周工作周报</h1>')
  })

  it('shows an edited include and a layout added after the first render', async () => {
    const root = await tempSite('report')
    const service = new SiteService(root, true)
    const text = await readText(root, week45)
    await render(service, root, week45, text)
    await writeFile(
      join(root, '_includes', 'header.html'),
      '<header class="site-header">新的页眉：{{ site.title }}</header>\n'
    )
    service.changed('_includes/header.html')
    expect((await render(service, root, week45, text)).html).toContain(
      '<header class="site-header">新的页眉：周报站</header>'
    )
    await mkdir(join(root, '_layouts'), { recursive: true })
    await writeFile(
      join(root, '_layouts', 'report.html'),
      '---\nlayout: default\n---\n<section class="report">{{ content }}</section>\n'
    )
    service.changed('_layouts/report.html')
    const page = await render(service, root, week45, withFrontMatter(text, 'layout', 'report'))
    expect(page.layouts).toEqual(['report', 'default'])
    expect(page.diagnostics).toEqual([])
    expect(page.html).toContain('<section class="report">')
  })

  it('follows an edited _config.yml: title and baseurl', async () => {
    const root = await tempSite('report')
    const service = new SiteService(root, true)
    const text = await readText(root, week45)
    await render(service, root, week45, text)
    const config = join(root, '_config.yml')
    await writeFile(
      config,
      (await readText(root, '_config.yml'))
        .replace('title: 周报站', 'title: 改名后的周报站')
        .replace('baseurl: /blog', 'baseurl: /reports')
    )
    service.changed('_config.yml')
    const page = await render(service, root, week45, text)
    expect(page.baseurl).toBe('/reports')
    expect(page.html).toContain('<title>第四十五周工作周报 | 改名后的周报站</title>')
    expect(page.html).toContain('href="/reports/weekly/2025/11/10/week-45/"')
  })

  it('shows a data file edited on disk where a layout reads site.data', async () => {
    const root = await tempSite('report')
    await writeFile(
      join(root, '_layouts', 'team.html'),
      '---\nlayout: default\n---\n<ul class="team">{% for m in site.data.team %}<li>{{ m.name }}</li>{% endfor %}</ul>\n{{ content }}\n'
    )
    const service = new SiteService(root, true)
    const text = withFrontMatter(await readText(root, week45), 'layout', 'team')
    expect((await render(service, root, week45, text)).html).toContain(
      '<ul class="team"><li>张三</li><li>李四</li></ul>'
    )
    await writeFile(join(root, '_data', 'team.yml'), '- name: 王五\n')
    service.changed('_data/team.yml')
    expect((await render(service, root, week45, text)).html).toContain(
      '<ul class="team"><li>王五</li></ul>'
    )
  })

  it.skipIf(!minimaInstalled)(
    'takes up a theme named in _config.yml after the first render',
    async () => {
      const root = await tempSite('bare')
      const service = new SiteService(root, true)
      const id = '_posts/2025-10-01-national-day.md'
      const before = await render(service, root, id)
      expect(before.fallbackLayout).toBe(true)
      expect(await service.compiledCss('assets/main.css')).toBeNull()
      await writeFile(join(root, '_config.yml'), 'title: 没有布局的站点\ntheme: minima\n')
      service.changed('_config.yml')
      const after = await render(service, root, id)
      expect(after.fallbackLayout).toBe(false)
      expect(after.layouts).toEqual(['post', 'default'])
      expect(after.diagnostics).toEqual([])
      expect(after.html).toContain('<p>值班期间没有故障。</p>')
      expect(await service.themeRoot()).not.toBeNull()
      expect(await service.compiledCss('assets/main.css')).toContain('.site-header')
    }
  )

  it('shows another post’s new content where a layout reads it', async () => {
    const root = await tempSite('report')
    const service = new SiteService(root, true)
    const text = withFrontMatter(await readText(root, week45), 'layout', 'digest')
    expect((await render(service, root, week45, text)).html).toContain('本周上线了站点预览')
    const other = (await readText(root, week46)).replace('本周上线了站点预览', '磁盘上改过的摘要')
    await writeFile(join(root, week46), other)
    service.changed(week46)
    const page = await render(service, root, week45, text)
    expect(page.html).toContain('磁盘上改过的摘要')
    expect(page.html).not.toContain('本周上线了站点预览')
  })
})
