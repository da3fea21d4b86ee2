import { describe, expect, it } from 'vitest'
import {
  encodeLinkPath,
  eolOf,
  findCloudLink,
  formatDestination,
  insertCloudSection,
  replaceCloudTarget
} from '@shared/cloud/link'

describe('findCloudLink', () => {
  const cases: Array<[string, string, string | null]> = [
    ['alt 词云图', '正文\n\n![词云图](a.jpg)\n', 'a.jpg'],
    ['file name wordcloud*', '![cloud](img/WordCloud_x.png)', 'img/WordCloud_x.png'],
    ['neither', '![图](photo.jpg) ![x](cloud.jpg)', null],
    ['the last one wins', '![词云图](old.jpg)\n\n![词云图](new.jpg)\n', 'new.jpg'],
    ['angle brackets', '![词云图](<my cloud (1).jpg>)', 'my cloud (1).jpg'],
    ['balanced parentheses', '![词云图](cloud(1).jpg)', 'cloud(1).jpg'],
    ['backslash escapes', '![词云图](a\\(1\\).jpg)', 'a(1).jpg'],
    ['with a title', '![词云图](a.jpg "标题")', 'a.jpg'],
    ['alt with spaces', '![ 词云图 ](a.jpg)', 'a.jpg'],
    ['encoded wordcloud name', '![x](%77ordcloud.jpg)', '%77ordcloud.jpg'],
    ['inside a fenced block', '```md\n![词云图](code.jpg)\n```\n', null],
    [
      'inside a tilde fence',
      '~~~~\n![词云图](code.jpg)\n~~~\n~~~~\n![词云图](real.jpg)',
      'real.jpg'
    ],
    ['unclosed fence hides the rest', '```\n![词云图](code.jpg)\n', null],
    ['inline code', 'use `![词云图](code.jpg)` like this', null],
    ['HTML comment', '<!-- ![词云图](old.jpg) -->\n![词云图](new.jpg)', 'new.jpg'],
    ['link after a code block', '```\nx\n```\n\n![词云图](b.jpg)\n', 'b.jpg'],
    ['not an image, a link', '[词云图](a.jpg)', null]
  ]
  it.each(cases)('%s', (_name, raw, expected) => {
    const link = findCloudLink(raw)
    expect(link?.target ?? null).toBe(expected)
  })

  it('returns offsets of the destination as written', () => {
    const raw = '# t\n\n![词云图](<a b.jpg> "t")\n'
    const link = findCloudLink(raw)
    expect(link).not.toBeNull()
    expect(raw.slice(link!.start, link!.end)).toBe('<a b.jpg>')
  })

  it('skips the front matter when given the body offset', () => {
    const raw = '---\nimage: "![词云图](fm.jpg)"\n---\nbody\n'
    expect(findCloudLink(raw, raw.indexOf('body'))).toBeNull()
    expect(findCloudLink(raw)?.target).toBe('fm.jpg')
  })
})

describe('insertCloudSection', () => {
  const section = '## 词云分析\n\n![词云图](wordcloud_x.jpg)\n'
  const cases: Array<[string, string, 'lf' | 'crlf', string]> = [
    ['trailing newline', 'text\n', 'lf', `text\n\n${section}`],
    ['no trailing newline', 'text', 'lf', `text\n\n${section}`],
    ['already a blank line', 'text\n\n', 'lf', `text\n\n${section}`],
    ['empty file', '', 'lf', section],
    [
      'CRLF without trailing newline',
      'a\r\nb',
      'crlf',
      'a\r\nb\r\n\r\n## 词云分析\r\n\r\n![词云图](wordcloud_x.jpg)\r\n'
    ],
    [
      'CRLF with trailing newline',
      'a\r\nb\r\n',
      'crlf',
      'a\r\nb\r\n\r\n## 词云分析\r\n\r\n![词云图](wordcloud_x.jpg)\r\n'
    ],
    [
      'existing heading without a link (template)',
      '## 详细分析\n\n正文\n\n## 词云分析\n\n<!-- 说明 -->\n',
      'lf',
      '## 详细分析\n\n正文\n\n## 词云分析\n\n<!-- 说明 -->\n\n![词云图](wordcloud_x.jpg)\n'
    ],
    [
      'existing heading followed by another section',
      '## 词云分析\n\n\n\n## 附录\n\n内容\n',
      'lf',
      '## 词云分析\n\n![词云图](wordcloud_x.jpg)\n\n## 附录\n\n内容\n'
    ],
    [
      'heading only inside code is not a section',
      '```\n## 词云分析\n```\n',
      'lf',
      `\`\`\`\n## 词云分析\n\`\`\`\n\n${section}`
    ]
  ]
  it.each(cases)('%s', (_name, raw, eol, expected) => {
    expect(insertCloudSection(raw, 'wordcloud_x.jpg', eol)).toBe(expected)
  })

  it('writes targets with spaces or parentheses in angle brackets', () => {
    expect(insertCloudSection('x\n', 'a b(1).jpg', 'lf')).toBe(
      'x\n\n## 词云分析\n\n![词云图](<a b(1).jpg>)\n'
    )
  })
})

describe('replaceCloudTarget', () => {
  it('replaces only the destination', () => {
    const raw = 'a\r\n![词云图](old.jpg "标题")\r\nz'
    const link = findCloudLink(raw)!
    expect(replaceCloudTarget(raw, link, 'new (2).jpg')).toBe(
      'a\r\n![词云图](<new (2).jpg> "标题")\r\nz'
    )
  })

  it('round-trips through findCloudLink', () => {
    for (const target of [
      'plain.jpg',
      'a b.jpg',
      'a(b).jpg',
      'a<b>.jpg',
      'a\\b.jpg',
      '/reports/云 图.jpg'
    ]) {
      const raw = replaceCloudTarget('![词云图](x.jpg)', findCloudLink('![词云图](x.jpg)')!, target)
      expect(findCloudLink(raw)?.target).toBe(target)
    }
  })
})

describe('helpers', () => {
  it('formatDestination', () => {
    expect(formatDestination('a.jpg')).toBe('a.jpg')
    expect(formatDestination('a b.jpg')).toBe('<a b.jpg>')
    expect(formatDestination('a)b.jpg')).toBe('<a)b.jpg>')
  })
  it('encodeLinkPath keeps Chinese, escapes %, # and ?', () => {
    expect(encodeLinkPath('词云_100%#1?.jpg')).toBe('词云_100%25%231%3F.jpg')
  })
  it('eolOf', () => {
    expect(eolOf('a\r\nb')).toBe('crlf')
    expect(eolOf('a\nb')).toBe('lf')
    expect(eolOf('ab')).toBe('lf')
  })
})
