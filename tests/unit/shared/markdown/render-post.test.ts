import { describe, expect, it } from 'vitest'
import type { RenderedBlock } from '@shared/markdown/blocks'
import { PostRenderer } from '@shared/markdown/render-post'

const site = { baseurl: '/reports', url: 'https://example.org' }
const postId = '_posts/2025-11-11-daily.md'

function render(source: string): RenderedBlock[] {
  return new PostRenderer().render(source, postId, site).blocks
}

/** The body's HTML with absolute source lines, as the window's patcher writes them. */
function html(source: string): string {
  return render(source)
    .map((block) =>
      block.html.replace(
        /data-source-line="(\d+)"/g,
        (_whole, offset: string) => `data-source-line="${block.line + Number(offset)}"`
      )
    )
    .join('')
}

describe('PostRenderer: GFM', () => {
  it('renders tables with alignment', () => {
    const out = html('| 类型 | 比例 |\n| --- | ---: |\n| 参数 | 三成 |')
    expect(out).toContain('<table')
    expect(out).toContain('<th>类型</th>')
    expect(out).toContain('<td style="text-align:right">三成</td>')
  })

  it('renders strikethrough and linkifies bare URLs, quotes as written', () => {
    const out = html('~~旧~~ see https://example.org/a and "quoted" -- text')
    expect(out).toContain('<s>旧</s>')
    expect(out).toContain('<a href="https://example.org/a">https://example.org/a</a>')
    expect(out).toContain('&quot;quoted&quot; -- text')
  })

  it('renders task lists with inert checkboxes, never inputs', () => {
    const out = html('- [x] 完成\n- [ ] 待办\n- 普通')
    expect(out).toContain('class="contains-task-list"')
    expect(out).toMatch(
      /<span class="task-list-item-checkbox"[^>]*aria-checked="true"><\/span> 完成/
    )
    expect(out).toMatch(
      /<span class="task-list-item-checkbox"[^>]*aria-checked="false"><\/span> 待办/
    )
    expect(out).not.toContain('<input')
  })

  it('renders footnotes with references and a footnote section', () => {
    const out = html('正文[^1]。\n\n[^1]: 注释内容')
    expect(out).toContain('<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>')
    expect(out).toMatch(/<section class="footnotes">[\s\S]*<li id="fn1" class="footnote-item">/)
    expect(out).toContain('注释内容')
  })

  it('gives headings Chinese, unique ids', () => {
    const out = html('## 背景 和目标！\n\n## 背景 和目标！\n\n### Agent：可靠性')
    expect(out).toContain('<h2 id="背景-和目标" data-source-line="0">')
    expect(out).toContain('<h2 id="背景-和目标-1" data-source-line="2">')
    expect(out).toContain('<h3 id="agent可靠性" data-source-line="4">')
  })
})

describe('PostRenderer: code', () => {
  it('highlights known languages', () => {
    const out = html('```js\nconst a = "<b>"\n```')
    expect(out).toContain('<code class="hljs language-js">')
    expect(out).toContain('<span class="hljs-keyword">const</span>')
    expect(out).toContain('&quot;&lt;b&gt;&quot;')
  })

  it('escapes unknown languages and plain fences', () => {
    expect(html('```mermaid\ngraph <a>\n```')).toContain(
      '<code class="hljs language-mermaid">graph &lt;a&gt;\n</code>'
    )
    expect(html('```\n<script>alert(1)</script>\n```')).toContain(
      '<code class="hljs">&lt;script&gt;alert(1)&lt;/script&gt;\n</code>'
    )
  })

  it.each([
    '"><img src=x onerror=alert(1)>',
    '<style/onload=alert(1)>',
    'js"><script>alert(1)</script>'
  ])('never puts the info string %j into the HTML', (info) => {
    const out = html('```' + info + '\ncode\n```')
    expect(out).toBe('<pre data-source-line="0"><code class="hljs">code\n</code></pre>\n')
  })
})

describe('PostRenderer: source lines', () => {
  const source = [
    '---', // 0
    'title: 标题',
    '---',
    '', // 3
    '## 概要', // 4
    '',
    '- 一', // 6
    '- 二', // 7
    '',
    '> 引用', // 9
    '',
    '```py', // 11
    'x = 1',
    '```',
    '',
    '<div>raw</div>' // 15
  ].join('\n')

  it('puts the 0-based line of the whole source on every block element', () => {
    const out = html(source)
    expect(out).toContain('<h2 id="概要" data-source-line="4">')
    expect(out).toContain('<ul data-source-line="6">')
    expect(out).toContain('<li data-source-line="6">一</li>')
    expect(out).toContain('<li data-source-line="7">二</li>')
    expect(out).toContain('<blockquote data-source-line="9">')
    expect(out).toContain('<pre data-source-line="11">')
    expect(render(source).map((block) => block.line)).toEqual([4, 6, 9, 11, 15])
  })

  it('renders a block that only moved to the same HTML, so the window keeps its nodes', () => {
    const before = render(source)
    const after = render(source.replace('## 概要', '## 概要\n\n新段落'))
    expect(after.map((block) => block.html)).toEqual([
      before[0].html,
      '<p data-source-line="0">新段落</p>\n',
      ...before.slice(1).map((block) => block.html)
    ])
    expect(after.slice(2).map((block) => block.line)).toEqual([8, 11, 13, 17])
  })

  it('renders raw HTML opening an element together with the blocks up to its close', () => {
    const blocks = render('<details>\n<summary>更多</summary>\n\n**内容**\n\n</details>\n\n后文')
    expect(blocks).toHaveLength(2)
    expect(blocks[0]).toMatchObject({ line: 0, raw: true })
    expect(blocks[0].html).toMatch(/^<details>[\s\S]*<strong>内容<\/strong>[\s\S]*<\/details>/)
    expect(blocks[1]).toMatchObject({ line: 7, raw: false })
  })
})

describe('PostRenderer: raw HTML is passed on for the sanitizer', () => {
  // markdown-it keeps raw HTML (html: true); the window's DOMPurify step removes what is unsafe,
  // which needs a DOM and is covered by the end-to-end tests in Chromium.
  it.each([
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['text <img src=x onerror=alert(1)> text', '<img src=x onerror=alert(1)>'],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', '<iframe srcdoc=']
  ])('%j survives markdown-it and marks its block raw', (source, kept) => {
    const [block] = render(source)
    expect(block.html).toContain(kept)
    expect(block.raw).toBe(true)
  })

  it('marks blocks without raw HTML as well formed', () => {
    expect(render('**粗体** `code` [链接](https://x.org)').map((block) => block.raw)).toEqual([
      false
    ])
  })

  it('refuses javascript: link targets already in markdown-it', () => {
    expect(html('[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1))')).not.toContain('href')
  })
})

describe('PostRenderer: Liquid', () => {
  it('resolves site values in image and link targets', () => {
    const out = html(
      '![图]({{ site.baseurl }}/assets/a.png) [站点]({{ "/about/" | absolute_url }})'
    )
    expect(out).toContain('<img src="/reports/assets/a.png" alt="图">')
    expect(out).toContain('<a href="https://example.org/reports/about/">站点</a>')
  })

  it('shows other tags as escaped chips in text and as written in code', () => {
    const out = html('{% include <b>x</b>.html %} 与 `{{ page.title }}`\n\n```\n{% if a %}\n```')
    expect(out).toContain('<span class="liquid-tag">{% include &lt;b&gt;x&lt;/b&gt;.html %}</span>')
    expect(out).toContain('<code>{{ page.title }}</code>')
    expect(out).toContain('<code class="hljs">{% if a %}\n</code>')
    expect(out).not.toContain('\uE000')
  })

  it('gives template targets and attributes their original text', () => {
    const out = html('![{{ page.alt }}]({{ page.image }} "{{ page.t }}") <a title="{{ x }}">a</a>')
    expect(out).toContain('src="{{ page.image }}"')
    expect(out).toContain('alt="{{ page.alt }}"')
    expect(out).toContain('title="{{ page.t }}"')
    expect(out).toContain('<a title="{{ x }}">')
    expect(out).not.toContain('\uE000')
  })

  it('shows raw blocks literally', () => {
    expect(html('{% raw %}{{ site.baseurl }}{% endraw %}')).toBe(
      '<p data-source-line="0">{{ site.baseurl }}</p>\n'
    )
  })
})

describe('PostRenderer on hostile input', () => {
  const MB = 1024 * 1024
  it.each<[string, () => string]>([
    ['1 MB of *a', () => '*a'.repeat(MB / 2)],
    ['100k nested >', () => '>'.repeat(100_000) + ' 引用'],
    ['a 10k-column table', () => `|${' a |'.repeat(10_000)}\n|${'---|'.repeat(10_000)}\n`],
    ['500k unclosed <div', () => '<div '.repeat(MB / 5)],
    ['10k <details> never closed', () => '<details>\n\n段落\n\n'.repeat(10_000)]
  ])('%s completes', (name, make) => {
    const source = make()
    const started = performance.now()
    const blocks = render(source)
    console.log(`PostRenderer: ${name}: ${(performance.now() - started).toFixed(0)} ms`)
    expect(blocks.length).toBeGreaterThan(0)
  })
})
