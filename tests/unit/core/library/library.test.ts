import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '@core/library'
import { codeOf, errorOf, fixtureFolder, tempFolder, useTempFolders, writeFiles } from './helpers'

useTempFolders()

const resourcesDir = '/nonexistent-resources'

describe('Library.open and info', () => {
  it('refuses a missing path, a file, and an empty path', async () => {
    const dir = await tempFolder()
    await writeFiles(dir, { 'file.md': 'x' })
    expect(await codeOf(Library.open(join(dir, 'missing'), { resourcesDir }))).toBe('NOT_FOUND')
    expect(await codeOf(Library.open(join(dir, 'file.md'), { resourcesDir }))).toBe('NOT_A_FOLDER')
    expect(await codeOf(Library.open('', { resourcesDir }))).toBe('INVALID_ARGUMENT')
  })

  it.each([
    ['a plain folder', {}, false, '', ''],
    [
      'a site with _config.yml',
      { '_config.yml': 'title: x\nbaseurl: "/reports"\nurl: "https://example.org"\n' },
      true,
      '/reports',
      'https://example.org'
    ],
    ['a site with only _posts/', { '_posts/a.md': 'a' }, true, '', ''],
    ['a config without baseurl', { '_config.yml': 'title: x\n' }, true, '', ''],
    [
      'a config whose baseurl and url are not strings',
      { '_config.yml': 'baseurl: [1]\nurl: 42\n' },
      true,
      '',
      ''
    ],
    [
      'a config with repeated keys',
      { '_config.yml': 'baseurl: /a\nbaseurl: /b\nurl: x\nurl: y\n' },
      true,
      '/b',
      'y'
    ],
    ['a broken config', { '_config.yml': 'baseurl: [\n' }, true, '', ''],
    ['a config that is a list', { '_config.yml': '- baseurl\n- url\n' }, true, '', ''],
    [
      'an alias bomb config',
      {
        '_config.yml':
          'a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\nbaseurl: /x\n'
      },
      true,
      '',
      ''
    ]
  ])('recognizes %s', async (_label, files, jekyll, baseurl, url) => {
    const dir = await tempFolder()
    await writeFiles(dir, files)
    const library = await Library.open(`${dir}/`, { resourcesDir })
    expect(library.info()).toEqual({
      path: dir,
      name: dir.split('/').pop(),
      jekyll,
      baseurl,
      url,
      timezone: null
    })
  })

  it.each([
    ['timezone: Asia/Shanghai\n', 'Asia/Shanghai'],
    ['timezone: ""\n', null],
    ['timezone: 8\n', null]
  ])('reads the zone of a config with %j', async (config, timezone) => {
    const dir = await tempFolder()
    await writeFiles(dir, { '_config.yml': config })
    const library = await Library.open(dir, { resourcesDir })
    expect(library.info().timezone).toBe(timezone)
  })
})

describe('Library.updateFrontMatter', () => {
  it('edits single keys losslessly, saves, and returns the new post', async () => {
    const { dir } = await fixtureFolder(['2025-11-11-normal-report.md'])
    const id = '2025-11-11-normal-report.md'
    const library = await Library.open(dir, { resourcesDir })
    const before = await readFile(join(dir, id), 'utf8')
    const post = await library.read(id)
    const updated = await library.updateFrontMatter(
      id,
      { title: '新标题', summary: null, draft: true },
      post.stamp
    )
    const after = await readFile(join(dir, id), 'utf8')
    expect(updated.raw).toBe(after)
    expect(updated.frontMatter).toMatchObject({
      title: '新标题',
      draft: true,
      date: '2025-11-11 15:33:03 +0800'
    })
    expect(updated.frontMatter?.summary).toBeUndefined()
    expect(after).toBe(
      before
        .replace('title: "AI 推特日报：多模态与智能体的一天"', 'title: "新标题"')
        .replace('summary: 多模态成为默认配置\n', 'draft: true\n')
    )
    expect((await library.read(id)).stamp).toEqual(updated.stamp)
  })

  it('keeps the BOM and CRLF of the file', async () => {
    const { dir } = await fixtureFolder(['bom.md', 'crlf.md'])
    const library = await Library.open(dir, { resourcesDir })
    for (const id of ['bom.md', 'crlf.md']) {
      const post = await library.read(id)
      await library.updateFrontMatter(id, { title: 'T' }, post.stamp)
    }
    expect((await readFile(join(dir, 'bom.md'))).subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf])
    )
    expect(await readFile(join(dir, 'crlf.md'), 'utf8')).toContain('title: "T"\r\ndate:')
  })

  it('is a CONFLICT on a stale stamp and FRONT_MATTER on a broken block, writing nothing', async () => {
    const { dir } = await fixtureFolder([
      'bom.md',
      'duplicate-keys.md',
      'unclosed.md',
      'js-fence.md'
    ])
    const library = await Library.open(dir, { resourcesDir })
    const post = await library.read('bom.md')
    await writeFile(join(dir, 'bom.md'), 'changed elsewhere')
    expect(await codeOf(library.updateFrontMatter('bom.md', { title: 'x' }, post.stamp))).toBe(
      'CONFLICT'
    )
    for (const id of ['duplicate-keys.md', 'unclosed.md', 'js-fence.md']) {
      const broken = await library.read(id)
      const error = await errorOf(library.updateFrontMatter(id, { title: 'x' }, broken.stamp))
      expect(error.code).toBe('FRONT_MATTER')
      expect(await readFile(join(dir, id), 'utf8')).toBe(broken.raw)
    }
  })

  it('adds a block to a post without one, and writes nothing when nothing changes', async () => {
    const { dir } = await fixtureFolder(['no-front-matter.md'])
    const library = await Library.open(dir, { resourcesDir })
    const post = await library.read('no-front-matter.md')
    const same = await library.updateFrontMatter('no-front-matter.md', { title: null }, post.stamp)
    expect(same.stamp).toEqual(post.stamp)
    const updated = await library.updateFrontMatter(
      'no-front-matter.md',
      { title: '标题' },
      post.stamp
    )
    expect(updated.frontMatterStatus).toBe('ok')
    expect(await readFile(join(dir, 'no-front-matter.md'), 'utf8')).toBe(
      `---\ntitle: "标题"\n---\n${post.raw}`
    )
  })
})

describe('Library.resolve', () => {
  it('gives confined absolute paths for other services', async () => {
    const { dir } = await fixtureFolder(['bom.md'])
    const library = await Library.open(dir, { resourcesDir })
    expect(await library.resolve('images/cloud.jpg')).toBe(join(dir, 'images', 'cloud.jpg'))
    expect(await codeOf(library.resolve('../x.jpg'))).toBe('OUTSIDE_FOLDER')
  })
})
