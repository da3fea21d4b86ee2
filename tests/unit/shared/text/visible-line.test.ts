import { describe, expect, it } from 'vitest'
import { plainLine, visibleLine } from '@shared/text/visible-line'

describe('visibleLine', () => {
  it.each([
    ['## 核心信息 ##', '核心信息'],
    ['1. **多模态**：默认', '多模态：默认'],
    ['- [ ] 待办 __粗体__ 和 _斜体_', '待办 粗体 和 斜体'],
    [
      '> 引用 [链接](https://a.example/x "t") 与 [引用式][ref] 与 [注释]',
      '引用 链接 与 引用式 与 [注释]'
    ],
    ['![词云图](/assets/wordcloud.jpg) 之后', '词云图 之后'],
    ['用 `code` 写 ``a ` b``', '用 code 写 a ` b'],
    ['a<br>b <!-- 注释 --> c &lt;tag&gt; &#x1F600;', 'ab c <tag> 😀'],
    [
      '<https://example.com/a_b> 与 snake_case 与 2 * 3',
      'https://example.com/a_b 与 snake_case 与 2 * 3'
    ],
    ['\\*不是强调\\* ~~删除~~ ~波浪~', '*不是强调* 删除 ~波浪~'],
    ['| 列一 | 列二 |', '列一 列二'],
    ['脚注[^1]在此', '脚注在此']
  ])('shows %j as %j', (line, text) => {
    expect(visibleLine(line).text).toBe(text)
  })

  it('says where each shown character came from, astral characters included', () => {
    const line = '- **𠮷野家** [😀笑](u) &amp; 完'
    const { text, from } = visibleLine(line)
    expect(text).toBe('𠮷野家 😀笑 & 完')
    expect(from).toHaveLength(text.length)
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== ' ' && text[i] !== '&') expect(line[from[i]]).toBe(text[i])
    }
    expect(line.slice(from[text.indexOf('&')], from[text.indexOf('&')] + 5)).toBe('&amp;')
  })

  it('shows hidden syntax that the kept range falls in, and nothing else of it', () => {
    const line = '看 [报告](https://x.example/多模态) 和 <span class="关键">字</span>'
    expect(visibleLine(line).text).toBe('看 报告 和 字')
    const inTarget = line.indexOf('x.example')
    expect(visibleLine(line, [inTarget, inTarget + 9]).text).toBe(
      '看 报告 https://x.example/多模态 和 字'
    )
    const inTag = line.indexOf('关键')
    expect(visibleLine(line, [inTag, inTag + 2]).text).toBe('看 报告 和 <span class="关键"> 字')
  })
})

describe('plainLine', () => {
  it('keeps every character, control characters and runs of spaces as one space', () => {
    expect(plainLine('\t**a**  b\r').text).toBe('**a** b')
  })
})
