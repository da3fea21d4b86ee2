import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { frontMatterEnd, markdownToProse, textToProse } from '@shared/text'

interface Case {
  name: string
  markdown: string
  keeps: string[]
  drops: string[]
}

const cases: Case[] = [
  {
    name: 'front matter closed by ---',
    markdown: '---\nlayout: post\ntitle: 标题\ntags: [a]\n---\n正文内容',
    keeps: ['正文内容'],
    drops: ['layout', 'title', 'tags', '标题']
  },
  {
    name: 'front matter closed by ...',
    markdown: '---\nlayout: post\n...\n正文内容',
    keeps: ['正文内容'],
    drops: ['layout']
  },
  {
    name: 'an unclosed fence is body text',
    markdown: '---\n这一段是正文\n没有闭合',
    keeps: ['这一段是正文', '没有闭合'],
    drops: ['---']
  },
  {
    name: 'a --- later in the text is no front matter',
    markdown: '开头\n---\nlayout: 正文\n---',
    keeps: ['开头', 'layout'],
    drops: []
  },
  {
    name: 'fenced code with backticks, tildes and info strings',
    markdown: '前文\n```python title="x"\nsecret_code = 1\n```\n中间\n~~~\n隐藏内容\n~~~\n后文',
    keeps: ['前文', '中间', '后文'],
    drops: ['secret_code', '隐藏内容', 'python']
  },
  {
    name: 'a longer fence is not closed by a shorter one',
    markdown: '````\n```\n隐藏\n```\n````\n可见',
    keeps: ['可见'],
    drops: ['隐藏']
  },
  {
    name: 'fenced code inside a blockquote',
    markdown: '> 引用\n> ```\n> 隐藏代码\n> ```\n> 继续',
    keeps: ['引用', '继续'],
    drops: ['隐藏代码']
  },
  {
    name: 'indented code after a blank line',
    markdown: '段落\n\n    hidden_code()\n    更多代码\n\n正文',
    keeps: ['段落', '正文'],
    drops: ['hidden_code', '更多代码']
  },
  {
    name: 'an indented list continuation is not code',
    markdown: '- 列表项\n\n    继续的段落\n',
    keeps: ['列表项', '继续的段落'],
    drops: []
  },
  {
    name: 'inline code of any backtick count',
    markdown: '用 `temperature=0` 和 ``a ` b`` 排查',
    keeps: ['用', '排查'],
    drops: ['temperature', 'a ` b']
  },
  {
    name: 'HTML tags, comments and script/style contents',
    markdown:
      '<div class="x">可见</div><!-- 注释 -->\n<script>var hidden = 1\n</script>\n<style>.a{}</style>文本<br/>',
    keeps: ['可见', '文本'],
    drops: ['div', 'class', '注释', 'hidden', 'var', '.a', 'br']
  },
  {
    name: 'a comment that spans lines',
    markdown: '前<!-- 第一行\n第二行\n-->后',
    keeps: ['前', '后'],
    drops: ['第一行', '第二行']
  },
  {
    name: 'URLs, www, bare domains with and without paths',
    markdown:
      '见 https://openai.com/blog/post-1 和 www.example.com/a 以及 github.com/x/y 或 openai.com。访问http://a.cn了解',
    keeps: ['见', '和', '以及', '或', '访问', '了解'],
    drops: ['https', 'http', 'openai', 'com', 'www', 'github', 'blog', 'post', 'a.cn']
  },
  {
    name: 'link text stays, the target goes',
    markdown: '以 [OpenAI 博客](https://openai.com/blog "标题") 为准，另见 [研究][ref] 和 [x]',
    keeps: ['OpenAI 博客', '为准', '研究'],
    drops: ['https', 'openai.com', 'blog', 'ref', '标题']
  },
  {
    name: 'images go entirely',
    markdown: '图：![词云图](wordcloud_twitter_ai_20251111_20251111.jpg) 后 ![alt][img]',
    keeps: ['图', '后'],
    drops: ['词云图', 'wordcloud', 'twitter', 'jpg', 'alt', 'img']
  },
  {
    name: 'reference definitions and autolinks',
    markdown:
      '[ref]: https://example.org/notes "笔记"\n正文 <https://arxiv.org/abs/1> 和 <me@example.com>',
    keeps: ['正文', '和'],
    drops: ['example', 'notes', '笔记', 'arxiv', 'me@']
  },
  {
    name: 'Liquid tags, output and highlight blocks',
    markdown:
      '前 {% include figure.html src="x.png" %} 中 {{ page.title }} 后\n{% highlight ruby %}\nhidden_ruby\n{% endhighlight %}\n尾',
    keeps: ['前', '中', '后', '尾'],
    drops: ['include', 'figure', 'page', 'title', 'hidden_ruby', 'ruby']
  },
  {
    name: 'Markdown punctuation: headings, emphasis, quotes, lists, tables, rules',
    markdown:
      '## 标题 ##\n**加粗** 和 *斜体* 与 __下划线__ ~~删除~~\n> > 引用\n- 项目\n1. 编号\n- [x] 任务\n| 甲 | 乙 |\n| :--- | ---: |\n***\n标题二\n===',
    keeps: ['标题', '加粗', '斜体', '下划线', '删除', '引用', '项目', '编号', '任务', '甲', '乙'],
    drops: ['#', '*', '__', '~~', '>', '|', ':---', '===', '[x]']
  },
  {
    name: 'footnote markers go, footnote text stays',
    markdown: '结论[^1]。\n\n[^1]: 来自社区讨论。',
    keeps: ['结论', '来自社区讨论'],
    drops: ['^1', '[^']
  },
  {
    name: 'HTML entities are decoded',
    markdown: 'A&amp;B &#20013;&#x6587; x&nbsp;y',
    keeps: ['A&B', '中文', 'x y'],
    drops: ['&amp;', '&#', 'nbsp']
  },
  {
    name: 'file names, identifiers, paths and hashes',
    markdown:
      '文件 data_2025.csv 与 post.md、./images/a.png、/assets/x、提交 3f9a2c1e7b、变量 snake_case',
    keeps: ['文件', '与', '提交', '变量'],
    drops: ['data', 'csv', 'post', '.md', 'images', 'assets', '3f9a2c1e7b', 'snake']
  },
  {
    name: 'product names survive',
    markdown: '用 Node.js、C++、GPT-5 和 H100 以及 AI/ML',
    keeps: ['Node.js', 'C++', 'GPT-5', 'H100', 'AI/ML'],
    drops: []
  },
  {
    name: 'full-width letters and digits become ASCII',
    markdown: 'ＡＩ 与 ２０２５',
    keeps: ['AI', '2025'],
    drops: ['ＡＩ']
  }
]

describe('markdownToProse', () => {
  it.each(cases)('$name', ({ markdown, keeps, drops }) => {
    const prose = markdownToProse(markdown)
    for (const text of keeps) expect(prose).toContain(text)
    for (const text of drops) expect(prose).not.toContain(text)
  })

  it('handles CRLF line endings and a BOM', () => {
    const prose = markdownToProse('\ufeff---\r\ntitle: x\r\n---\r\n正文\r\n```\r\n代码\r\n```\r\n')
    expect(prose).toContain('正文')
    expect(prose).not.toContain('title')
    expect(prose).not.toContain('代码')
  })

  it('keeps the prose of the AI report fixture and nothing of its machinery', () => {
    const file = resolve('tests/fixtures/analysis/ai-report.md')
    const prose = markdownToProse(readFileSync(file, 'utf8'))
    for (const text of [
      '多模态模型',
      '认知核心',
      'OpenAI 博客',
      '研究笔记',
      '智能体框架的讨论仍在继续'
    ]) {
      expect(prose).toContain(text)
    }
    const gone = [
      'layout',
      'posttime',
      'https',
      'openai.com',
      'wordcloud',
      'jpg',
      'retries',
      'trackingCode'
    ]
    for (const text of gone) expect(prose).not.toContain(text)
    for (const text of ['编辑备注', 'analyticsTracker', 'settings.yaml', 'temperature']) {
      expect(prose).not.toContain(text)
    }
  })
})

describe('frontMatterEnd', () => {
  it.each([
    ['---\na: 1\n---\nbody', 13],
    ['---yaml\na: 1\n---\n', 17],
    ['---\na: 1\n', 0],
    ['no front matter', 0],
    ['--- not a fence\na\n---\n', 0]
  ])('%j -> %i', (text, end) => {
    expect(frontMatterEnd(text)).toBe(end)
  })
})

describe('textToProse', () => {
  it('drops URLs and file names but leaves Markdown-looking text alone otherwise', () => {
    const prose = textToProse('---\ntitle: 标题\n见 https://x.com/a 和 a_b.jpg')
    expect(prose).toContain('title')
    expect(prose).toContain('标题')
    expect(prose).not.toContain('https')
    expect(prose).not.toContain('jpg')
  })
})
