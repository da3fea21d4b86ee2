import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PostRenderer } from '@shared/markdown/render-post'
import type { RenderedPost } from '@shared/markdown/render-post'
import { needsWholePost, splitSections } from '@shared/markdown/sections'

const site = { baseurl: '/reports', url: 'https://example.org' }
const postId = '_posts/2025-11-11-daily.md'

function whole(source: string): RenderedPost {
  return new PostRenderer({ sections: false }).render(source, postId, site)
}

function sectioned(source: string, renderer = new PostRenderer()): RenderedPost {
  return renderer.render(source, postId, site)
}

describe('splitSections', () => {
  it('starts a section at each ATX heading in the first column after a blank line', () => {
    const body =
      '前言\n\n# 一\n正文\n## 不是新节\n\n  ## 缩进的\n\n##二\n\n###### 六\r\n\r\n####### 七\n\n#\n'
    expect(splitSections(body).map(({ line, text }) => [line, text])).toEqual([
      [0, '前言\n\n'],
      [2, '# 一\n正文\n## 不是新节\n\n  ## 缩进的\n\n##二\n\n'],
      [10, '###### 六\r\n\r\n####### 七\n\n'],
      [14, '#\n']
    ])
  })

  it('gives the whole body back as its sections', () => {
    const body = readFileSync(samplePosts()[0], 'utf8')
    const sections = splitSections(body)
    expect(sections.length).toBeGreaterThan(5)
    expect(sections.map((section) => section.text).join('')).toBe(body)
    for (const section of sections) expect(body.startsWith(section.text, section.start)).toBe(true)
  })

  it('asks for a whole parse when references or footnotes are around', () => {
    expect(needsWholePost('[a][ref]\n\n[ref]: https://x.org')).toBe(true)
    expect(needsWholePost('正文[^1]\n\n[^1]: 注')).toBe(true)
    expect(needsWholePost('inline^[note]')).toBe(true)
    expect(needsWholePost('# 标题\n\n[链接](https://x.org)')).toBe(false)
  })
})

const tricky: Array<[string, string]> = [
  ['a fence across a heading', '```\ncode\n\n# not a heading\n```\n\n# real\n\ntext'],
  ['a tilde fence left open', '# a\n\n~~~\n\n# inside\n\n# still inside'],
  ['<pre> across a heading', '<pre>\n\n# inside pre\n</pre>\n\n# after'],
  ['a comment across a heading', '<!--\n\n# hidden\n-->\n\n# shown'],
  [
    '<details> around sections',
    '<details>\n<summary>更多</summary>\n\n## 里\n\n文字\n\n</details>\n\n## 外'
  ],
  ['a stray closer then an opener', '</div>\n\n# a\n\n<div>\n\n# b\n\n</div>\n\n# c'],
  [
    'a fence in a list ended by a heading',
    '- 项\n\n  ```\n  code\n\n# h\n```\nfence\n```\n\n# after'
  ],
  ['block quote and lazy lines', '> 引用\n> 续\n\n# h\n> 新引用\n\n# h2\ntext'],
  ['duplicate headings in many sections', '# 小结\n\n# 小结\n\n## 小结\n\n# 小结-1\n\n# 小结'],
  ['setext and indented code', '标题\n===\n\n    code\n\n# h\n\n    more code\n\n# h'],
  ['CRLF line endings', '段落\r\n\r\n# 标题\r\n\r\n- a\r\n- b\r\n\r\n## 二\r\n正文\r\n'],
  ['a table before a heading', '| a | b |\n|---|---|\n| 1 | 2 |\n\n# h\n| c |\n|---|\n| 3 |'],
  [
    'Liquid tags and raw blocks',
    '{% raw %}\n\n# {{ x }}\n{% endraw %}\n\n# {% if a %} 标题\n\n{{ page.title }}'
  ],
  ['html block type 7', '<custom-box>\n\n# h\n\n</custom-box>\n\n# h'],
  ['empty and heading-only bodies', '# only'],
  ['footnotes (parsed whole)', '# a\n\n正文[^1]\n\n# b\n\n[^1]: 注释']
]

function samplePosts(): string[] {
  const folder = resolve(__dirname, '../../../../resources/sample-posts/_posts')
  return readdirSync(folder).map((name) => join(folder, name))
}

describe('PostRenderer renders sections exactly as the whole post', () => {
  it.each(tricky)('%s', (_name, body) => {
    const source = `---\ntitle: t\n---\n${body}`
    expect(sectioned(source)).toEqual(whole(source))
  })

  it.each(samplePosts())('%s', (file) => {
    const source = readFileSync(file, 'utf8')
    expect(sectioned(source)).toEqual(whole(source))
  })
})

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('PostRenderer re-uses sections across edits', () => {
  const snippets = [
    '字',
    '\n',
    '\n\n',
    '\n\n# 新标题\n\n',
    '```',
    '\n```\n',
    '<pre>',
    '</pre>',
    '<details>',
    '</details>',
    '<!--',
    '-->',
    '- ',
    '> ',
    '| a |\n|---|\n',
    '{{ x }}',
    '{% raw %}',
    '{% endraw %}',
    '    '
  ]

  it('gives the same result as a fresh whole render after each of 300 random edits', () => {
    const next = random(20251111)
    const renderer = new PostRenderer()
    let source = readFileSync(samplePosts()[0], 'utf8')
    for (let edit = 0; edit < 300; edit++) {
      const at = Math.floor(next() * source.length)
      if (next() < 0.25) {
        source = source.slice(0, at) + source.slice(at + 1 + Math.floor(next() * 20))
      } else {
        source =
          source.slice(0, at) + snippets[Math.floor(next() * snippets.length)] + source.slice(at)
      }
      expect(sectioned(source, renderer), `edit ${edit}`).toEqual(whole(source))
    }
  })
})
