import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { foldForSearch } from '@core/library/search-fold'
import { snippetAround, snippetChars } from '@core/library/snippet'
import type { SearchSnippet } from '@shared/search'
import { frontMatterEnd } from '@shared/text'

/** Search snippets of a real report: the text a reader sees, centred on the match, marked. */

const report = readFileSync(
  fileURLToPath(new URL('../../../fixtures/search/2025-11-11-search-report.md', import.meta.url)),
  'utf8'
)
const body = frontMatterEnd(report)

/** The snippet of the first match of `query` in the report's body, as search.ts makes it. */
function snippetOf(query: string): SearchSnippet {
  const needle = foldForSearch(query)
  const at = foldForSearch(report).indexOf(needle, body)
  expect(at, query).toBeGreaterThan(-1)
  return snippetAround(report, at, needle.length, body)
}

/** The marked text of a snippet. */
function marked({ snippet, marks }: SearchSnippet): string[] {
  return marks.map(([start, end]) => snippet.slice(start, end))
}

/** Characters before and after the mark, not counting the ellipses. */
function sides({ snippet, marks }: SearchSnippet): [number, number] {
  const [start, end] = marks[0]
  return [
    snippet.slice(0, start).replace(/^…/, '').length,
    snippet.slice(end).replace(/…$/, '').length
  ]
}

describe('snippetAround on a Markdown report', () => {
  it('shows a bolded match without the ** or the list number, and marks it', () => {
    const hit = snippetOf('多模态')
    expect(hit.snippet).not.toContain('*')
    expect(hit.snippet.startsWith('多模态成为默认配置：多位开发者提到')).toBe(true)
    expect(marked(hit)).toEqual(['多模态'])
  })

  it('marks a match that takes in syntax by the characters a reader sees', () => {
    const hit = snippetOf('**多模态')
    expect(hit.snippet).not.toContain('*')
    expect(marked(hit)).toEqual(['多模态'])
  })

  it('shows a match near the start of a long line from the line’s start, cut only at the end', () => {
    const hit = snippetOf('开头关键字样')
    expect(hit.snippet.startsWith('开头关键字样：')).toBe(true)
    expect(hit.snippet.endsWith('…')).toBe(true)
    expect(marked(hit)).toEqual(['开头关键字样'])
    expect(hit.snippet.length).toBe(snippetChars + 1)
  })

  it('shows a match at the end of a long line with as much text before it, cut only at the start', () => {
    const hit = snippetOf('结尾关键词')
    expect(hit.snippet.startsWith('…')).toBe(true)
    expect(hit.snippet.endsWith('提到结尾关键词')).toBe(true)
    expect(marked(hit)).toEqual(['结尾关键词'])
    expect(hit.snippet.length).toBe(snippetChars + 1)
  })

  it('centres a match in the middle of a long line', () => {
    const hit = snippetOf('重新评估')
    const [before, after] = sides(hit)
    expect(Math.abs(before - after)).toBeLessThanOrEqual(1)
    expect(marked(hit)).toEqual(['重新评估'])
  })

  it('shows a link’s text without its brackets and target, code without backticks, no ~~', () => {
    const hit = snippetOf('多模态发布会')
    expect(hit.snippet).toBe('详情见 OpenAI 的多模态发布会 的回放，以及 gpt-4o 的 旧 新文档。')
    expect(marked(hit)).toEqual(['多模态发布会'])
  })

  it('shows a link’s target only when the match is in it', () => {
    const hit = snippetOf('multimodal-launch')
    expect(hit.snippet).toContain('的多模态发布会 https://openai.com/index/multimodal-launch')
    expect(hit.snippet).not.toMatch(/[[\]()]/)
    expect(marked(hit)).toEqual(['multimodal-launch'])
  })

  it('drops quote marks, HTML tags and emphasis, decodes entities, keeps snake_case', () => {
    const hit = snippetOf('工具调用')
    expect(hit.snippet).toBe(
      '引用：编辑按 智能体 & 工具调用仍然是 最不稳定 的环节，snake_case 的名字照常显示。'
    )
    expect(marked(hit)).toEqual(['工具调用'])
  })

  it('shows a heading without its # marks', () => {
    const hit = snippetOf('核心信息')
    expect(hit.snippet).toBe('核心信息')
    expect(marked(hit)).toEqual(['核心信息'])
  })

  it('shows an image by its alt text', () => {
    const hit = snippetOf('词云图')
    expect(hit.snippet).toBe('词云图')
  })

  it('marks astral characters by UTF-16 offsets, whole', () => {
    const hit = snippetOf('𠮷野家')
    expect(marked(hit)).toEqual(['𠮷野家'])
    expect(hit.snippet).toBe('表情 😀🎉 之后的 𠮷野家 出现了罕见字。')
  })

  it('shows a line of a fenced code block as it is', () => {
    const hit = snippetOf('代码里的星号')
    expect(hit.snippet).toBe("const bold = '**代码里的星号**'")
    expect(marked(hit)).toEqual(['代码里的星号'])
  })
})

describe('snippetAround on any text', () => {
  it('centres the match on about 80 characters of its own line, with ellipses', () => {
    const line = `${'前'.repeat(100)}关键词${'后'.repeat(100)}`
    const text = `first line\n${line}\nlast line`
    const hit = snippetAround(text, text.indexOf('关键词'), 3)
    expect(hit.snippet.startsWith('…')).toBe(true)
    expect(hit.snippet.endsWith('…')).toBe(true)
    expect(hit.snippet.length).toBe(snippetChars + 2)
    expect(marked(hit)).toEqual(['关键词'])
    const [before, after] = sides(hit)
    expect(Math.abs(before - after)).toBeLessThanOrEqual(1)
  })

  it('never cuts a match longer than the snippet', () => {
    const match = '长'.repeat(150)
    const text = `${'前'.repeat(100)}${match}${'后'.repeat(100)}`
    const hit = snippetAround(text, 100, match.length)
    expect(marked(hit)).toEqual([match])
  })

  it('shows a short line whole, without ellipses, tabs and CR as spaces', () => {
    const text = 'a\n\tshort 行 with it\r\nb'
    expect(snippetAround(text, text.indexOf('行'), 1)).toEqual({
      snippet: 'short 行 with it',
      marks: [[6, 7]]
    })
  })

  it('never cuts a surrogate pair in half', () => {
    const text = `${'😀'.repeat(60)}X${'😀'.repeat(60)}`
    const hit = snippetAround(text, text.indexOf('X'), 1)
    expect(hit.snippet.replace(/…/g, '')).toMatch(/^(?:😀)*X(?:😀)*$/u)
    expect(marked(hit)).toEqual(['X'])
  })

  it('reads only a bounded stretch of a megabyte-long line', () => {
    const text = `${'**甲** '.repeat(200_000)}目标${'[乙](x) '.repeat(200_000)}`
    const hit = snippetAround(text, text.indexOf('目标'), 2, 0)
    expect(marked(hit)).toEqual(['目标'])
    expect(hit.snippet).not.toMatch(/[*[\]]/)
  })
})
