import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { countDocument, readingMinutes, roundedReadingMinutes } from '@shared/document/counts'
import { countScripts } from '@shared/document/scripts'

describe('countScripts', () => {
  it.each([
    ['', 0, 0],
    ['中文字符', 4, 0],
    ['，。！？“”', 0, 0],
    ['hello world', 0, 2],
    ["don't stop", 0, 2],
    ['open-source state-of-the-art', 0, 2],
    ['GPT-4o 与 Claude 3.5', 1, 2],
    ['2025 年 11 月', 2, 0],
    ['使用GPT模型', 4, 1],
    ['Café crème brûlée', 0, 3],
    ['𠀀𪚥 ext-B', 2, 1],
    ['ＡＩ 全角', 2, 0],
    ['한국어 日本語のかな', 3, 0],
    ["trailing- and 'quoted'", 0, 3]
  ])('%j: %i Han, %i words', (text, han, latinWords) => {
    expect(countScripts(text)).toEqual({ han, latinWords })
  })
})

describe('countDocument counts the prose a reader reads', () => {
  it.each([
    ['front matter', '---\ntitle: 标题不算\ntags: [a, b]\n---\n正文', 2, 0],
    ['link URLs and image paths', '[链接](https://example.com/path) ![](images/cloud.jpg)', 2, 0],
    ['bare URLs', '看 https://openai.com/blog 这里', 3, 0],
    ['fenced code and its info string', '```python title="示例"\nprint("代码")\n```\n正文', 2, 0],
    ['inline code', '运行 `npm test` 即可', 4, 0],
    ['headings and emphasis', '## 核心 **信息**\n- *要点* one', 6, 1],
    ['HTML tags', '<span class="note">注意</span>', 2, 0],
    ['CRLF', '---\r\na: 1\r\n---\r\n中文\r\nEnglish words\r\n', 2, 2]
  ])('%s', (_name, source, han, latinWords) => {
    expect(countDocument(source)).toMatchObject({ han, latinWords })
  })

  it('counts a sample post', () => {
    const file = fileURLToPath(
      new URL(
        '../../../../resources/sample-posts/_posts/2025-11-11-twitter-ai-daily.md',
        import.meta.url
      )
    )
    const counts = countDocument(readFileSync(file, 'utf8'))
    expect(counts.han).toBeGreaterThan(1500)
    expect(counts.latinWords).toBeGreaterThan(10)
    // The front matter title is not counted: the body alone gives the same numbers.
    const body = readFileSync(file, 'utf8').split('---\n').slice(2).join('---\n')
    expect(countDocument(body)).toEqual(counts)
  })

  it('takes well under a second on a 1 MB buffer', () => {
    const file = fileURLToPath(
      new URL(
        '../../../../resources/sample-posts/_posts/2025-11-14-open-source-weekly.md',
        import.meta.url
      )
    )
    const post = readFileSync(file, 'utf8')
    const big = post.repeat(Math.ceil(1_000_000 / post.length))
    const started = performance.now()
    const counts = countDocument(big)
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(counts.han).toBeGreaterThan(100_000)
  })
})

describe('reading time', () => {
  it.each([
    [0, 0, 0, null],
    [100, 0, 0.25, null],
    [399, 0, 0.9975, null],
    [400, 0, 1, 1],
    [401, 0, 1.0025, 2],
    [0, 200, 1, 1],
    [2000, 300, 6.5, 7],
    [1200, 100, 3.5, 4]
  ])('%i Han and %i words: %f minutes, shown as %s', (han, latinWords, minutes, shown) => {
    expect(readingMinutes({ han, latinWords })).toBeCloseTo(minutes)
    expect(roundedReadingMinutes(readingMinutes({ han, latinWords }))).toBe(shown)
  })
})
