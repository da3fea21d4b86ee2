import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library, formatDate } from '@core/library'
import { parseFrontMatter } from '@core/frontmatter'
import { slugify } from '@shared/slug'
import { codeOf, tempFolder, useTempFolders, writeFiles } from './helpers'

useTempFolders()

// 2025-11-11 15:33:03 in Shanghai (+08:00).
const now = '2025-11-11T07:33:03.000Z'
const offset = 480

/** A resources folder with the two bundled templates, as the app ships them. */
async function resources(): Promise<string> {
  const dir = await tempFolder('postcloud-res-')
  await writeFiles(dir, {
    'templates/report.md':
      '---\nlayout: post\ntitle: "{{title}}"\ndate: "{{date:YYYY-MM-DD HH:mm:ss ZZ}}"\n' +
      'posttime: "{{date:YYYY-MM-DD HH:mm:ss ZZ}}"\ncategories: []\ntags: []\n---\n\n## 概要\n\n' +
      '![词云图](wordcloud_{{slug}}_{{date:YYYYMMDD}}.jpg)\n',
    'templates/blank.md': '---\nlayout: post\ntitle: "{{title}}"\n---\n\n',
    'templates/.hidden.md': 'ignored'
  })
  return dir
}

async function site(jekyll: boolean): Promise<{ dir: string; library: Library }> {
  const dir = await tempFolder()
  if (jekyll) await writeFiles(dir, { '_config.yml': 'title: site\nbaseurl: "/reports"\n' })
  return { dir, library: await Library.open(dir, { resourcesDir: await resources() }) }
}

describe('creating posts', () => {
  it('creates _posts/YYYY-MM-DD-<slug>.md in a Jekyll site from the report template', async () => {
    const { dir, library } = await site(true)
    const created = await library.create({ title: 'AI 推特日报', now, utcOffsetMinutes: offset })
    expect(created.id).toBe('_posts/2025-11-11-ai-推特日报.md')
    const text = await readFile(join(dir, created.id), 'utf8')
    expect(text).toBe(
      '---\nlayout: post\ntitle: "AI 推特日报"\ndate: "2025-11-11 15:33:03 +0800"\n' +
        'posttime: "2025-11-11 15:33:03 +0800"\ncategories: []\ntags: []\n---\n\n## 概要\n\n' +
        '![词云图](wordcloud_ai-推特日报_20251111.jpg)\n'
    )
    expect(created.stamp).toMatchObject({ size: Buffer.byteLength(text) })
    const post = await library.read(created.id)
    expect(post.stamp.hash).toBe(created.stamp.hash)
  })

  it('creates <slug>.md in a plain folder, and drafts in _drafts/', async () => {
    const plain = await site(false)
    expect((await plain.library.create({ title: 'Plain Note', now, utcOffsetMinutes: 0 })).id).toBe(
      'plain-note.md'
    )
    const jekyll = await site(true)
    expect((await jekyll.library.create({ title: 'Idea', draft: true, now })).id).toBe(
      '_drafts/idea.md'
    )
  })

  it('never overwrites: a taken name gets -2, -3', async () => {
    const { dir, library } = await site(true)
    await writeFiles(dir, { '_posts/2025-11-11-same.md': 'mine' })
    const a = await library.create({ title: 'Same', now, utcOffsetMinutes: offset })
    const b = await library.create({ title: 'Same', now, utcOffsetMinutes: offset })
    expect([a.id, b.id]).toEqual(['_posts/2025-11-11-same-2.md', '_posts/2025-11-11-same-3.md'])
    expect(await readFile(join(dir, '_posts/2025-11-11-same.md'), 'utf8')).toBe('mine')
    expect(await readFile(join(dir, b.id), 'utf8')).toContain('wordcloud_same-3_20251111.jpg')
  })

  it('creates concurrent posts with one title under distinct names', async () => {
    const { dir, library } = await site(true)
    const made = await Promise.all(
      Array.from({ length: 5 }, () =>
        library.create({ title: 'Race', now, utcOffsetMinutes: offset })
      )
    )
    expect(new Set(made.map((post) => post.id)).size).toBe(5)
    expect((await readdir(join(dir, '_posts'))).length).toBe(5)
  })

  it.each([
    'He said "hi": a \\ backslash',
    'colon: and # hash',
    "it's 'quoted'",
    '   多余   空格   ',
    '{{title}} and {{slug}}',
    '- dash first',
    'null'
  ])('stores the title %j exactly, as valid YAML', async (title) => {
    const { dir, library } = await site(true)
    const created = await library.create({ title, now, utcOffsetMinutes: offset })
    const parsed = parseFrontMatter(await readFile(join(dir, created.id), 'utf8'))
    expect(parsed.status).toBe('ok')
    expect(parsed.data?.title).toBe(title.trim().replace(/\s+/g, ' '))
  })

  it('fills a folder template, adding the fields it lacks', async () => {
    const { dir, library } = await site(true)
    await writeFiles(dir, {
      '.postcloud/templates/daily.md':
        "---\ntitle: '{{title}}'\nsummary: {{title}} 的摘要\n---\n# {{title}}\n\n图：{{date:YYYYMMDD}} {{date:HH:mm Z}} {{date}} {{slug}} {{unknown}}\n"
    })
    expect((await library.templates()).map((template) => template.id)).toEqual([
      'bundled:blank',
      'bundled:report',
      'folder:daily'
    ])
    const created = await library.create({
      title: "O'Neil: 日报",
      template: 'folder:daily',
      now,
      utcOffsetMinutes: offset
    })
    const text = await readFile(join(dir, created.id), 'utf8')
    expect(text).toBe(
      "---\ntitle: 'O''Neil: 日报'\nsummary: \"O'Neil: 日报 的摘要\"\nlayout: \"post\"\n" +
        'date: "2025-11-11 15:33:03 +0800"\nposttime: "2025-11-11 15:33:03 +0800"\n---\n' +
        "# O'Neil: 日报\n\n图：20251111 15:33 +08:00 2025-11-11 15:33:03 +0800 o-neil-日报 {{unknown}}\n"
    )
  })

  it('adds a front matter block to a template without one', async () => {
    const { dir, library } = await site(false)
    await writeFiles(dir, { '.postcloud/templates/bare.md': 'Just {{title}}.\n' })
    const created = await library.create({
      title: 'Bare',
      template: 'folder:bare',
      now,
      utcOffsetMinutes: -300
    })
    expect(await readFile(join(dir, created.id), 'utf8')).toBe(
      '---\nlayout: "post"\ntitle: "Bare"\ndate: "2025-11-11 02:33:03 -0500"\nposttime: "2025-11-11 02:33:03 -0500"\n---\nJust Bare.\n'
    )
  })

  it('falls back to a minimal template when no bundled one exists', async () => {
    const dir = await tempFolder()
    const library = await Library.open(dir, { resourcesDir: join(dir, 'nothing') })
    const created = await library.create({ title: 'Fallback', now, utcOffsetMinutes: offset })
    const parsed = parseFrontMatter(await readFile(join(dir, created.id), 'utf8'))
    expect(parsed.data).toEqual({
      layout: 'post',
      title: 'Fallback',
      date: '2025-11-11 15:33:03 +0800',
      posttime: '2025-11-11 15:33:03 +0800'
    })
  })

  it('refuses bad input with clear codes', async () => {
    const { dir, library } = await site(true)
    await writeFiles(dir, { '.postcloud/templates/broken.md': '---\na: [\n---\n' })
    expect(await codeOf(library.create({ title: '   ', now }))).toBe('INVALID_ARGUMENT')
    expect(await codeOf(library.create({ title: 'x', now: 'yesterday' }))).toBe('INVALID_ARGUMENT')
    expect(await codeOf(library.create({ title: 'x', utcOffsetMinutes: 2000 }))).toBe(
      'INVALID_ARGUMENT'
    )
    expect(await codeOf(library.create({ title: 'x', template: 'folder:../../etc/passwd' }))).toBe(
      'INVALID_ARGUMENT'
    )
    expect(await codeOf(library.create({ title: 'x', template: 'nope' }))).toBe('INVALID_ARGUMENT')
    expect(await codeOf(library.create({ title: 'x', template: 'bundled:missing' }))).toBe(
      'NOT_FOUND'
    )
    expect(await codeOf(library.create({ title: 'x', template: 'folder:broken' }))).toBe(
      'FRONT_MATTER'
    )
  })
})

describe('formatDate', () => {
  const instant = Date.parse(now)
  it.each([
    [480, 'YYYY-MM-DD HH:mm:ss ZZ', '2025-11-11 15:33:03 +0800'],
    [480, 'YYYYMMDD', '20251111'],
    [330, 'HH:mm Z', '13:03 +05:30'],
    [-480, 'YYYY-MM-DD HH:mm ZZ', '2025-11-10 23:33 -0800'],
    [0, 'YYYY/MM/DD [at] HH', '2025/11/11 [at] 07']
  ])('offset %i, %s', (minutes, format, expected) => {
    expect(formatDate(instant, minutes, format)).toBe(expected)
  })
})

describe('slugify', () => {
  it.each([
    ['AI 推特日报', 'ai-推特日报'],
    ['Hello, World!', 'hello-world'],
    ['  --Trim--  ', 'trim'],
    ['Café crème brûlée', 'cafe-creme-brulee'],
    ['ＡＩ　全角', 'ai-全角'],
    ['日本語のかな', '日本語のかな'],
    ['한국어 제목', '한국어-제목'],
    ['!!!', 'post'],
    ['', 'post'],
    ['a/b\\c:d?e*f', 'a-b-c-d-e-f'],
    ['𠀀 ext-B', '𠀀-ext-b']
  ])('%j -> %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('caps length at 80 characters and 200 bytes, never ending in -', () => {
    expect(slugify('a'.repeat(100))).toHaveLength(80)
    expect(slugify(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79))
    const chinese = slugify('字'.repeat(100))
    expect(Buffer.byteLength(chinese)).toBeLessThanOrEqual(200)
    expect(chinese).toBe('字'.repeat(66))
  })
})
