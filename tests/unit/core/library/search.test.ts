import { readFileSync } from 'node:fs'
import { utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Library } from '@core/library'
import { foldForSearch, occurrences } from '@core/library/search-fold'
import { binaryBytes, codeOf, gbkBytes, useTempFolders, openLibrary, noResources } from './helpers'

useTempFolders()

const searchReport = fileURLToPath(
  new URL('../../../fixtures/search/2025-11-11-search-report.md', import.meta.url)
)

const open = openLibrary

function post(title: string, date: string, body: string): string {
  return `---\ntitle: "${title}"\ndate: ${date}\n---\n${body}`
}

describe('foldForSearch', () => {
  it.each([
    ['ＡＩ　Ａｇｅｎｔ', 'ai agent'],
    ['２０２５年', '2025年'],
    ['Ｃ＋＋，（注）', 'c++,(注)'],
    ['GitHub', 'github'],
    ['多模态大模型', '多模态大模型'],
    // İ lower-cases to two code units: it stays, so positions keep matching the original.
    ['İSTANBUL', 'İstanbul']
  ])('folds %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded)
  })

  it('keeps the length of every text, so positions map back to the original', () => {
    for (const text of ['İİ ẞ Ω ＡＩ', '😀ＡＢ', 'a\r\nb']) {
      expect(foldForSearch(text).length).toBe(text.length)
    }
  })

  it('counts non-overlapping occurrences and finds the first', () => {
    expect(occurrences('aaaa', 'aa')).toEqual({ count: 2, first: 0 })
    expect(occurrences('xabxab', 'ab', 3)).toEqual({ count: 1, first: 4 })
    expect(occurrences('x', 'y')).toEqual({ count: 0, first: -1 })
  })
})

describe('Library.search', () => {
  const files = {
    '_posts/2025-01-01-old.md': post('旧报告', '2025-01-01', '大模型 大模型 大模型\n'),
    '_posts/2025-03-01-new.md': post('新报告', '2025-03-01', '第一行\n今天讨论大模型的成本。\n'),
    '_posts/2025-02-01-title.md': post('大模型周报', '2025-02-01', '没有别的。\n'),
    '_posts/2025-02-02-width.md': post(
      'Width',
      '2025-02-02',
      '全角的 ＡＩ　Ａｇｅｎｔ 和 Ｃ＋＋。\n'
    ),
    '_posts/2025-02-03-case.md': post('Case', '2025-02-03', 'Open Source and GITHUB\n'),
    'meta-only.md': '---\ntitle: x\nsummary: 大模型 only in front matter\n---\nbody\n'
  }

  it('finds Chinese with no word boundaries: title hits first, then more hits, then newer', async () => {
    const { library } = await open(files)
    const hits = await library.search('大模型')
    expect(hits.map((h) => h.id)).toEqual([
      '_posts/2025-02-01-title.md',
      '_posts/2025-01-01-old.md',
      '_posts/2025-03-01-new.md'
    ])
    expect(hits[0]).toMatchObject({
      field: 'title',
      line: 0,
      snippet: '大模型周报',
      marks: [[0, 3]],
      count: 1
    })
    expect(hits[1]).toMatchObject({ field: 'body', line: 4, count: 3 })
    expect(hits[2]).toMatchObject({
      field: 'body',
      line: 5,
      snippet: '今天讨论大模型的成本。',
      marks: [[4, 7]],
      count: 1
    })
  })

  it('ignores the front matter but counts the title', async () => {
    const { library } = await open(files)
    expect((await library.search('only in front matter')).map((h) => h.id)).toEqual([])
  })

  it.each([
    ['ai agent', '_posts/2025-02-02-width.md'],
    ['ＡＩ', '_posts/2025-02-02-width.md'],
    ['c++', '_posts/2025-02-02-width.md'],
    ['github', '_posts/2025-02-03-case.md'],
    ['OPEN source', '_posts/2025-02-03-case.md'],
    ['  GitHub  ', '_posts/2025-02-03-case.md']
  ])('matches %j across case and width', async (query, id) => {
    const { library } = await open(files)
    const hits = await library.search(query)
    expect(hits.map((h) => h.id)).toEqual([id])
    expect(hits[0].field).toBe('body')
  })

  it('gives the snippet in the writer’s own characters and the line in the raw file', async () => {
    const { library } = await open(files)
    const [hit] = await library.search('ai agent')
    expect(hit.snippet).toBe('全角的 ＡＩ　Ａｇｅｎｔ 和 Ｃ＋＋。')
    expect(hit.snippet.slice(...hit.marks[0])).toBe('ＡＩ　Ａｇｅｎｔ')
    expect(hit.line).toBe(4)
  })

  it('answers [] for an empty or blank query and refuses one over 200 characters', async () => {
    const { library } = await open(files)
    expect(await library.search('')).toEqual([])
    expect(await library.search(' \t\n\u3000')).toEqual([])
    expect(await codeOf(library.search('长'.repeat(201)))).toBe('INVALID_ARGUMENT')
    expect((await library.search('长'.repeat(200))).length).toBe(0)
  })

  it('skips posts it cannot read as text, and finds GBK posts by their decoded text', async () => {
    const { library } = await open({
      'gbk.md': gbkBytes,
      'binary.md': binaryBytes,
      'ok.md': '正文 tail\n'
    })
    expect((await library.search('tail')).map((h) => h.id)).toEqual(['ok.md'])
    expect((await library.search('正文')).map((h) => h.id).sort()).toEqual(['gbk.md', 'ok.md'])
  })

  it('sees a post changed on disk, a new post and a deleted one', async () => {
    const { dir, library } = await open({ 'a.md': '苹果\n', 'b.md': '香蕉\n' })
    expect((await library.search('苹果')).map((h) => h.id)).toEqual(['a.md'])
    await writeFile(join(dir, 'a.md'), '橘子和苹果\n')
    await writeFile(join(dir, 'b.md'), '苹果\n')
    await writeFile(join(dir, 'c.md'), '苹果派\n')
    const hits = await library.search('苹果')
    expect(hits.map((h) => h.id).sort()).toEqual(['a.md', 'b.md', 'c.md'])
    expect(hits.find((h) => h.id === 'a.md')?.snippet).toBe('橘子和苹果')
    await writeFile(join(dir, 'a.md'), '没有了\n')
    expect((await library.search('苹果')).map((h) => h.id).sort()).toEqual(['b.md', 'c.md'])
  })

  it('answers a query typed on, and backspaced, as a fresh search would', async () => {
    const { dir, library } = await open(files)
    const typed = ['大', '大模', '大模型', '大模型的', '大模', '模型', 'c', 'c+', 'c++']
    for (const query of typed) {
      const fresh = await Library.open(dir, { resourcesDir: noResources })
      expect(await library.search(query)).toEqual(await fresh.search(query))
    }
  })

  it('sees a change that keeps the size, through the mtime', async () => {
    const { dir, library } = await open({ 'a.md': '甲乙\n' })
    const path = join(dir, 'a.md')
    await utimes(path, new Date(2020, 0, 1), new Date(2020, 0, 1))
    expect(await library.search('丙')).toEqual([])
    await writeFile(path, '丙乙\n')
    await utimes(path, new Date(2021, 0, 1), new Date(2021, 0, 1))
    expect((await library.search('丙')).map((h) => h.id)).toEqual(['a.md'])
  })

  it('returns at most 200 hits', async () => {
    const many: Record<string, string> = {}
    for (let i = 0; i < 230; i += 1) many[`p${String(i).padStart(3, '0')}.md`] = `共同词 ${i}\n`
    const { library } = await open(many)
    const hits = await library.search('共同词')
    expect(hits).toHaveLength(200)
  })

  it('searches the whole text of a post without front matter or with an unclosed fence', async () => {
    const { library } = await open({
      'none.md': '第一行\n这里有线索\n',
      'unclosed.md': '---\n线索在未闭合的块里\n'
    })
    const hits = await library.search('线索')
    expect(hits.map((h) => [h.id, h.line])).toEqual([
      ['none.md', 1],
      ['unclosed.md', 1]
    ])
  })
})

describe('Library.search snippets', () => {
  it('shows a bolded match of a real report as text, with the match marked', async () => {
    const { library } = await open({
      '_posts/2025-11-11-search-report.md': readFileSync(searchReport, 'utf8')
    })
    const [hit] = await library.search('多模态')
    expect(hit.snippet).not.toContain('**')
    expect(hit.snippet.startsWith('多模态成为默认配置')).toBe(true)
    expect(hit.marks.map(([start, end]) => hit.snippet.slice(start, end))).toEqual(['多模态'])
    expect(hit.line).toBe(10)
  })
})
