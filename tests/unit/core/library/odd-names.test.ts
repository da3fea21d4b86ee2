import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorOf, openLibrary, useTempFolders } from './helpers'

// docs/BAD-INPUTS.md#bi-file-names

useTempFolders()

const nfd = 'cafe\u0301 周报.md' // as macOS writes names: é as e + combining accent
const longest = `${'报'.repeat(84)}.md` // exactly 255 bytes

// Names a writer's files may already have on disk (Linux keeps `:` and `?`; Windows would not).
const onDisk = [
  'with spaces  twice.md',
  '中文 周报.md',
  nfd,
  'caf\u00e9.md',
  ...(process.platform === 'win32' ? [] : ['a:b?c.md', 'C:notes.md']),
  longest,
  'sub folder/嵌套 文章.markdown'
]

describe('odd file names already in the folder', () => {
  it('are listed under their exact names, read, searched and saved back by that id', async () => {
    const files = Object.fromEntries(onDisk.map((id) => [id, `# ${id}\n正文 marker\n`]))
    const { dir, library } = await openLibrary(files)
    const ids = (await library.list()).map((post) => post.id).sort()
    expect(ids).toEqual([...onDisk].sort())
    // NFC and NFD spellings of one name are two files on Linux: both stay distinct.
    expect(ids).toContain('caf\u00e9.md')
    expect(ids).toContain(nfd)

    for (const id of onDisk) {
      const post = await library.read(id)
      expect(post.raw).toBe(`# ${id}\n正文 marker\n`)
      await library.save(id, `${post.raw}加一行\n`, post.stamp)
      expect(await readFile(join(dir, id), 'utf8')).toBe(`# ${id}\n正文 marker\n加一行\n`)
    }
    const hits = (await library.search('marker')).map((hit) => hit.id).sort()
    expect(hits).toEqual([...onDisk].sort())
  })

  it.skipIf(process.platform === 'win32')(
    'can be renamed to a name every system keeps, and found again',
    async () => {
      const { dir, library } = await openLibrary({ 'a:b?c.md': 'x\n', [nfd]: 'y\n' })
      const renamed = await library.rename('a:b?c.md', 'a-b-c 周报.md')
      expect(renamed.id).toBe('a-b-c 周报.md')
      const fromNfd = await library.rename(nfd, 'cafe\u0301 月报.md')
      expect(fromNfd.id).toBe('caf\u00e9 月报.md') // stored in NFC, the form Windows and Linux write
      expect((await readdir(dir)).sort()).toEqual(['a-b-c 周报.md', 'caf\u00e9 月报.md'])
      expect((await library.list()).map((post) => post.id).sort()).toEqual([
        'a-b-c 周报.md',
        'caf\u00e9 月报.md'
      ])
    }
  )
})

describe('odd names for new posts', () => {
  it('turns a title with `:`, `?`, `/` and Chinese into a name that is created and found again', async () => {
    const { dir, library } = await openLibrary({ '_config.yml': 'title: blog\n' })
    const created = await library.create({
      title: '问答：为什么? A/B 测试',
      now: '2025-12-01T08:00:00Z',
      utcOffsetMinutes: 480
    })
    expect(created.id).toMatch(/^_posts\/2025-12-01-[^:?/\\]+\.md$/)
    expect((await library.list()).map((post) => post.id)).toEqual([created.id])
    expect((await library.read(created.id)).frontMatter?.title).toBe('问答：为什么? A/B 测试')
    expect(await readdir(join(dir, '_posts'))).toEqual([created.id.slice('_posts/'.length)])
  })

  it('refuses a name over 255 bytes with the reason, writing nothing', async () => {
    const { dir, library } = await openLibrary({ 'a.md': 'a\n' })
    const tooLong = `${'报'.repeat(85)}.md`
    const rename = await errorOf(library.rename('a.md', tooLong))
    expect(rename.code).toBe('INVALID_ARGUMENT')
    expect(rename.message).toMatch(/longer than 255 bytes/)
    const save = await errorOf(library.save(tooLong, '新\n', null))
    expect(save.code).toBe('INVALID_ARGUMENT')
    expect(save.message).toMatch(/too long/)
    expect(await readdir(dir)).toEqual(['a.md'])
  })
})
