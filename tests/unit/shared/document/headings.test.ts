import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { headingAt, parseHeadings, plainText, sameHeadings } from '@shared/document/headings'
import type { Heading } from '@shared/document/headings'

const h = (level: number, text: string, line: number): Heading => ({ level, text, line })

describe('parseHeadings', () => {
  it.each<[string, string, Heading[]]>([
    [
      'ATX levels',
      '# 一\n## 二\n###### 六\n####### 七',
      [h(1, '一', 0), h(2, '二', 1), h(6, '六', 2)]
    ],
    [
      'ATX with closing #s',
      '## 核心信息 ##\n# 标题 #########\n### foo#\n## a \\#',
      [h(2, '核心信息', 0), h(1, '标题', 1), h(3, 'foo#', 2), h(2, 'a #', 3)]
    ],
    ['no space after #', '#标签\n#5 bolt\n## ok', [h(2, 'ok', 2)]],
    ['up to three spaces of indent', '   ## three\n    ## four is code', [h(2, 'three', 0)]],
    ['empty headings are left out', '#\n## ##\n# 有字', [h(1, '有字', 2)]],
    ['setext', '大标题\n===\n\n小标题\n---\n', [h(1, '大标题', 0), h(2, '小标题', 3)]],
    ['setext over two lines', '第一行\n第二行\n======', [h(1, '第一行 第二行', 0)]],
    ['setext with a one-character underline', 'Foo\n-', [h(2, 'Foo', 0)]],
    ['a rule after a blank line is not setext', '段落\n\n---\n文字', []],
    ['spaced dashes are a rule', '段落\n- - -', []],
    ['=== alone is text', '===\n', []],
    ['backtick fences', '```md\n# 不是标题\n```\n# 是标题', [h(1, '是标题', 3)]],
    ['tilde fences', '~~~\n# 不是\n```\n# 还不是\n~~~\n## 是', [h(2, '是', 5)]],
    ['a longer fence needs a longer close', '````\n```\n# 不是\n````\n# 是', [h(1, '是', 4)]],
    ['an unclosed fence runs to the end', '# 前\n```\n# 不是', [h(1, '前', 0)]],
    ['a fence inside a list item', '- ```js\n  # comment\n  ```\n\n# 是', [h(1, '是', 4)]],
    ['indented code', '段落\n\n    # 代码\n# 是', [h(1, '是', 3)]],
    ['quotes and list items', '> # 引用\n- # 列表\n1. # 编号\n\n# 是', [h(1, '是', 4)]],
    [
      'front matter is skipped',
      '---\ntitle: x\n# not a heading\n---\n# 正文标题\n',
      [h(1, '正文标题', 4)]
    ],
    ['front matter does not make a setext heading', '---\ntitle: x\n---\n正文', []],
    ['an unclosed front matter fence is body', '---\n# 标题', [h(1, '标题', 1)]],
    [
      'CRLF',
      '---\r\na: 1\r\n---\r\n# 一\r\n二\r\n---\r\n```\r\n# 不\r\n```\r\n',
      [h(1, '一', 3), h(2, '二', 4)]
    ],
    [
      'inline Markdown becomes text',
      '## [链接](https://x.com) **粗体** `code` ![图](a.png)',
      [h(2, '链接 粗体 code 图', 0)]
    ],
    [
      'HTML stays literal',
      '# <img src=x onerror=alert(1)>',
      [h(1, '<img src=x onerror=alert(1)>', 0)]
    ]
  ])('%s', (_name, source, headings) => {
    expect(parseHeadings(source)).toEqual(headings)
  })

  it('reads the sample posts', () => {
    const folder = fileURLToPath(
      new URL('../../../../resources/sample-posts/_posts', import.meta.url)
    )
    for (const name of readdirSync(folder)) {
      const source = readFileSync(join(folder, name), 'utf8')
      const headings = parseHeadings(source)
      const lines = source.split('\n')
      const expected = lines.flatMap((line, index) =>
        /^#{1,6} /.test(line) ? [[index, line.replace(/^#+ /, '')]] : []
      )
      expect(headings.map((heading) => [heading.line, heading.text])).toEqual(expected)
      expect(headings[0]).toMatchObject({ level: 2, text: '概要' })
    }
  })

  it('stays linear on hostile input', () => {
    const inputs = [
      '>'.repeat(100_000) + ' ```',
      '# ' + ']('.repeat(500_000),
      '- '.repeat(200_000) + '```',
      ('段落\n' + '='.repeat(10) + '\n').repeat(50_000),
      '```\n' + '# x\n'.repeat(200_000),
      '# ' + 'x'.repeat(5_000_000),
      'y'.repeat(5_000_000) + '\n' + 'z '.repeat(1_000_000) + '\n==='
    ]
    for (const input of inputs) {
      const started = performance.now()
      parseHeadings(input)
      expect(performance.now() - started).toBeLessThan(2_000)
    }
  })
})

describe('long headings', () => {
  it('keeps the first 500 characters of a heading', () => {
    const [atx] = parseHeadings('# ' + '长'.repeat(10_000))
    expect(atx.text).toBe('长'.repeat(500))
    const [setext] = parseHeadings('第一行\n' + '第二行'.repeat(1000) + '\n===')
    expect(setext.text.length).toBeLessThanOrEqual(500)
    expect(setext.text.startsWith('第一行 第二行')).toBe(true)
  })
})

describe('plainText', () => {
  it.each([
    ['**粗体** 与 __强调__', '粗体 与 强调'],
    ['~~删除~~', '删除'],
    ['[文字](https://a.com/(x)', '文字'],
    ['未闭合 ](', '未闭合 ('],
    ['\\*不是强调\\*', '*不是强调*'],
    ['snake_case stays', 'snake_case stays'],
    ['  many   spaces  ', 'many spaces']
  ])('%j -> %j', (markdown, text) => {
    expect(plainText(markdown)).toBe(text)
  })
})

describe('headingAt', () => {
  const headings = [h(1, 'a', 2), h(2, 'b', 5), h(2, 'c', 9)]
  it.each([
    [0, -1],
    [1, -1],
    [2, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
    [1000, 2]
  ])('line %i is under heading %i', (line, index) => {
    expect(headingAt(headings, line)).toBe(index)
  })

  it('is -1 without headings', () => {
    expect(headingAt([], 3)).toBe(-1)
  })
})

describe('sameHeadings', () => {
  const base = parseHeadings('# a\n正文\n## b')
  it.each([
    ['typing inside a paragraph', '# a\n正文加字\n## b', true],
    ['a new line above a heading', '# a\n正文\n\n## b', false],
    ['a renamed heading', '# a\n正文\n## c', false],
    ['a changed level', '# a\n正文\n### b', false],
    ['a new heading', '# a\n正文\n## b\n## c', false]
  ])('%s: %s', (_name, source, same) => {
    expect(sameHeadings(base, parseHeadings(source))).toBe(same)
  })
})
