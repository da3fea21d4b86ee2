import { truncate, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '@core/library'
import { countWords } from '@core/library/word-count'
import { dateValue } from '@core/library/sort'
import type { PostSummary } from '@shared/post'
import { codeOf, fixtureFolder, tempFolder, useTempFolders, writeFiles } from './helpers'

useTempFolders()

const resourcesDir = '/nonexistent-resources'

async function listOf(dir: string): Promise<PostSummary[]> {
  const library = await Library.open(dir, { resourcesDir })
  return library.list()
}

describe('Library.list on the fixture posts', () => {
  it('lists every post, unreadable ones included, newest first', async () => {
    const { dir } = await fixtureFolder()
    const posts = await listOf(dir)
    expect(posts.map((post) => post.id)).toEqual([
      '2025-11-11-normal-report.md',
      'mixed-endings.md',
      'crlf.md',
      'bom.md',
      'alias-bomb.md',
      'binary.md',
      'duplicate-keys.md',
      'gbk.md',
      'invalid-yaml.md',
      'javascript-fence.md',
      'js-fence.md',
      'no-front-matter.md',
      'notes.markdown',
      'proto.md',
      'unclosed.md'
    ])
    const byId = new Map(posts.map((post) => [post.id, post]))
    expect(byId.get('binary.md')).toMatchObject({
      unreadable: 'binary',
      title: 'binary',
      wordCount: 0
    })
    expect(byId.get('gbk.md')).toMatchObject({ encoding: 'gb18030', title: '中文报告' })
    expect(byId.get('gbk.md')?.unreadable).toBeUndefined()
    expect(byId.get('js-fence.md')).toMatchObject({
      frontMatterStatus: 'refused',
      title: 'js-fence'
    })
    expect(byId.get('alias-bomb.md')?.frontMatterStatus).toBe('invalid')
    expect(byId.get('unclosed.md')?.frontMatterStatus).toBe('unclosed')
    expect(byId.get('no-front-matter.md')).toMatchObject({
      title: '没有元数据的笔记',
      frontMatterStatus: 'none'
    })
    expect(byId.get('bom.md')?.title).toBe('带 BOM 的文章')
    expect(byId.get('notes.markdown')?.tags).toEqual(['笔记', '扩展名'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('summarizes a report post from its front matter and body', async () => {
    const { dir } = await fixtureFolder(['2025-11-11-normal-report.md'])
    const [post] = await listOf(dir)
    expect(post).toMatchObject({
      id: '2025-11-11-normal-report.md',
      title: 'AI 推特日报：多模态与智能体的一天',
      date: '2025-11-11 15:33:03 +0800',
      layout: 'post',
      categories: ['日报', 'AI'],
      tags: ['大模型', 'Agent'],
      draft: false,
      frontMatterStatus: 'ok'
    })
    expect(post.wordCount).toBeGreaterThan(80)
    expect(post.unreadable).toBeUndefined()
  })
})

describe('summaries', () => {
  it('takes dates and titles from Jekyll names, headings and file names; finds drafts', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, {
      '_posts/2025-03-04-from-name.md': 'body only',
      '_posts/2025-03-05-heading.md': '---\nlayout: post\n---\n\n  # 正文标题 #\n',
      '_drafts/idea.md': '---\ntitle: 草稿\n---\n',
      'hidden.md': '---\ntitle: Not yet\npublished: false\ncategory: one\n---\n',
      'string-tags.md': '---\ntitle: 2024\ntags: a  b\ncategories: [x, 3, {no: 1}]\n---\n'
    })
    const byId = new Map((await listOf(dir)).map((post) => [post.id, post]))
    expect(byId.get('_posts/2025-03-04-from-name.md')).toMatchObject({
      title: '2025-03-04-from-name',
      date: '2025-03-04'
    })
    expect(byId.get('_posts/2025-03-05-heading.md')).toMatchObject({
      title: '正文标题',
      layout: 'post'
    })
    expect(byId.get('_drafts/idea.md')).toMatchObject({ draft: true, date: null })
    expect(byId.get('hidden.md')).toMatchObject({ draft: true, categories: ['one'] })
    expect(byId.get('string-tags.md')).toMatchObject({
      title: '2024',
      tags: ['a', 'b'],
      categories: ['x', '3']
    })
  })

  it('sorts by instant across zones, undated last, then by id', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, {
      'b-undated.md': 'x',
      'a-undated.md': 'x',
      'bad-date.md': '---\ndate: someday\n---\n',
      'utc.md': '---\ndate: 2025-11-11T08:00:00Z\n---\n',
      'shanghai.md': '---\ndate: 2025-11-11 15:33:03 +0800\n---\n',
      'newer.md': '---\ndate: "2025-11-11 09:00:00 +01:00"\n---\n',
      'day.md': '---\ndate: 2025-11-12\n---\n'
    })
    expect((await listOf(dir)).map((post) => post.id)).toEqual([
      'day.md',
      'newer.md',
      'utc.md',
      'shanghai.md',
      'a-undated.md',
      'b-undated.md',
      'bad-date.md'
    ])
  })

  it.each([
    ['2025-11-11 15:33:03 +0800', Date.UTC(2025, 10, 11, 7, 33, 3)],
    ['2025-11-11T15:33:03+08:00', Date.UTC(2025, 10, 11, 7, 33, 3)],
    ['2025-11-11 15:33', Date.UTC(2025, 10, 11, 15, 33)],
    ['2025-1-2', Date.UTC(2025, 0, 2)],
    ['2025-11-11T01:02:03.250Z', Date.UTC(2025, 10, 11, 1, 2, 3, 250)],
    ['2025-11-11 00:00:00 -0530', Date.UTC(2025, 10, 11, 5, 30)],
    ['soon', null],
    [null, null]
  ])('reads the date %j', (text, expected) => {
    expect(dateValue(text)).toBe(expected)
  })

  it.each([
    ['', 0],
    ['今天的推特', 5],
    ['Hello world, 你好世界', 6],
    ["don't stop", 2],
    ['GPT-4 发布', 4],
    ['Café crème', 2],
    ['𠀀𠀁 x', 3],
    ['，。！ ### --- ', 0]
  ])('counts words in %j', (text, expected) => {
    expect(countWords(text)).toBe(expected)
  })
})

describe('oversized posts', () => {
  it('lists a post over the size limit as too-large without reading it, and refuses to open it', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, { 'huge.md': '' })
    await truncate(join(dir, 'huge.md'), 65 * 1024 * 1024) // sparse: instant, no disk use
    const library = await Library.open(dir, { resourcesDir })
    const started = performance.now()
    const [post] = await library.list()
    expect(performance.now() - started).toBeLessThan(500)
    expect(post).toMatchObject({ id: 'huge.md', unreadable: 'too-large', size: 65 * 1024 * 1024 })
    expect(await codeOf(library.read('huge.md'))).toBe('TOO_LARGE')
  })
})

describe('the summary cache', () => {
  it('re-reads only files whose mtime or size changed, and forgets deleted ones', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, {
      'a.md': '---\ntitle: A\n---\n',
      'b.md': '---\ntitle: B\n---\n',
      'c.md': 'c'
    })
    const library = await Library.open(dir, { resourcesDir })
    const first = new Map((await library.list()).map((post) => [post.id, post]))
    await writeFile(join(dir, 'b.md'), '---\ntitle: B2\n---\n')
    await utimes(join(dir, 'b.md'), new Date(), new Date(Date.now() + 5000))
    await writeFile(join(dir, 'c.md'), 'c') // same size and a new mtime: re-read, same summary
    await utimes(join(dir, 'c.md'), new Date(), new Date(Date.now() + 5000))
    const second = new Map((await library.list()).map((post) => [post.id, post]))
    expect(second.get('a.md')).toBe(first.get('a.md'))
    expect(second.get('b.md')?.title).toBe('B2')
    expect(second.get('c.md')).not.toBe(first.get('c.md'))
    await writeFile(join(dir, 'a.md'), '---\ntitle: A, longer now\n---\n')
    const third = await library.list()
    expect(third.find((post) => post.id === 'a.md')?.title).toBe('A, longer now')
  })
})
