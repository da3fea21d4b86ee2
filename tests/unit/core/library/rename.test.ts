import { readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPostFileName, nameKey } from '@core/library/post-file-name'
import { codeOf, errorOf, tempFolder, useTempFolders, openLibrary } from './helpers'

useTempFolders()

const report = '---\ntitle: 周报\r\n---\r\n正文 with CRLF\r\n'

const open = openLibrary

describe('checkPostFileName', () => {
  it.each([
    ['中文 周报.md', '中文 周报.md'],
    ['notes.markdown', 'notes.markdown'],
    ['UPPER.MD', 'UPPER.MD'],
    ['a..b.md', 'a..b.md'],
    // NFD in, NFC out: the form Windows and Linux tools write.
    ['cafe\u0301.md', 'caf\u00e9.md']
  ])('accepts %j', (name, expected) => {
    expect(checkPostFileName(name)).toBe(expected)
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['a/b.md', '"/"'],
    ['a\\b.md', '"/"'],
    ['../b.md', '"/"'],
    ['..', 'dot'],
    ['.hidden.md', 'dot'],
    ['a<b.md', '<'],
    ['a>b.md', '>'],
    ['a:b.md', ':'],
    ['a"b.md', '"'],
    ['a|b.md', '|'],
    ['a?b.md', '?'],
    ['a*b.md', '*'],
    ['a\u0000b.md', 'control character'],
    ['a\tb.md', 'control character'],
    ['a\nb.md', 'control character'],
    ['a.md.', 'ends with a dot'],
    ['a.md ', 'space'],
    [' a.md', 'space'],
    ['notes.txt', '.md or .markdown'],
    ['notes', '.md or .markdown'],
    ['CON.md', 'device name'],
    ['lpt1.md', 'device name'],
    [`${'报'.repeat(85)}.md`, '255 bytes']
  ])('refuses %j with the reason', (name, reason) => {
    let message = ''
    try {
      checkPostFileName(name)
    } catch (error) {
      message = (error as Error).message
      expect((error as { code: string }).code).toBe('INVALID_ARGUMENT')
    }
    expect(message).toContain(reason)
  })

  it.each([
    ['', { reason: 'emptyName' }],
    ['a<b.md', { reason: 'reservedCharacter', name: 'a<b.md', character: '<' }],
    ['a\tb.md', { reason: 'controlCharacter', name: 'a?b.md', character: '\t' }],
    ['notes.txt', { reason: 'notMarkdownName', name: 'notes.txt' }],
    [`${'报'.repeat(85)}.md`, { reason: 'nameBytes', limit: '255' }]
  ])('tells the window why %j is refused, with the values its sentence names', (name, params) => {
    let caught: unknown
    try {
      checkPostFileName(name)
    } catch (error) {
      caught = error
    }
    expect((caught as { params?: unknown }).params).toEqual(params)
  })

  it('accepts a name of exactly 255 bytes', () => {
    const name = `${'报'.repeat(84)}.md`
    expect(Buffer.byteLength(name)).toBe(255)
    expect(checkPostFileName(name)).toBe(name)
  })

  it('gives one key to names one file on macOS or Windows', () => {
    expect(nameKey('Report.md')).toBe(nameKey('report.MD'))
    expect(nameKey('cafe\u0301.md')).toBe(nameKey('caf\u00e9.md'))
    expect(nameKey('周报.md')).not.toBe(nameKey('月报.md'))
  })
})

describe('Library.rename', () => {
  it('renames within the folder, keeping the bytes, mode and mtime, and returns the new stamp', async () => {
    const { dir, library } = await open({ 'sub/old.md': report })
    const before = await stat(join(dir, 'sub/old.md'))
    const post = await library.read('sub/old.md')
    const renamed = await library.rename('sub/old.md', '新 名字.md')
    expect(renamed.id).toBe('sub/新 名字.md')
    expect(renamed.stamp.hash).toBe(post.stamp.hash)
    expect(await readFile(join(dir, 'sub/新 名字.md'), 'utf8')).toBe(report)
    const after = await stat(join(dir, 'sub/新 名字.md'))
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(after.mode).toBe(before.mode)
    expect(await readdir(join(dir, 'sub'))).toEqual(['新 名字.md'])
  })

  it('keeps the post list consistent: the old id is gone, the new one listed', async () => {
    const { library } = await open({ '2025-01-01-old.md': '# 旧\n', 'b.md': 'b' })
    expect((await library.list()).map((p) => p.id)).toContain('2025-01-01-old.md')
    await library.rename('2025-01-01-old.md', '2025-02-03-new.md')
    const posts = await library.list()
    expect(posts.map((p) => p.id).sort()).toEqual(['2025-02-03-new.md', 'b.md'])
    expect(posts.find((p) => p.id === '2025-02-03-new.md')?.date).toBe('2025-02-03')
  })

  it('stores a name typed in NFD in NFC', async () => {
    const { dir, library } = await open({ 'a.md': 'a' })
    const renamed = await library.rename('a.md', 'cafe\u0301.md')
    expect(renamed.id).toBe('caf\u00e9.md')
    expect(await readdir(dir)).toEqual(['caf\u00e9.md'])
  })

  it('refuses a taken name, also one differing only in case or normalization', async () => {
    const { dir, library } = await open({
      'a.md': 'a',
      'Taken.md': 't',
      'caf\u00e9.md': 'c',
      'folder.md/x.txt': 'a folder named like a post'
    })
    for (const name of ['Taken.md', 'taken.md', 'TAKEN.MD', 'cafe\u0301.md', 'folder.md']) {
      const error = await errorOf(library.rename('a.md', name))
      expect(error.code).toBe('EXISTS')
      // The window says it in the writer's language from these, naming the file.
      expect(error.params).toEqual({ reason: 'name', path: name.normalize('NFC') })
    }
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toBe('a')
    expect(await readFile(join(dir, 'Taken.md'), 'utf8')).toBe('t')
  })

  it('allows changing only the case of the post’s own name', async () => {
    const { dir, library } = await open({ 'report.md': 'r' })
    const renamed = await library.rename('report.md', 'Report.md')
    expect(renamed.id).toBe('Report.md')
    expect(await readdir(dir)).toEqual(['Report.md'])
    expect(await readFile(join(dir, 'Report.md'), 'utf8')).toBe('r')
  })

  it('answers the same name with the current stamp and changes nothing', async () => {
    const { library } = await open({ 'same.md': 's' })
    const post = await library.read('same.md')
    expect(await library.rename('same.md', 'same.md')).toEqual({ id: 'same.md', stamp: post.stamp })
  })

  it.each([
    ['a missing post', 'missing.md', 'x.md', 'NOT_FOUND'],
    ['an id outside the folder', '../a.md', 'x.md', 'OUTSIDE_FOLDER'],
    ['a file that is not a post', 'notes.txt', 'x.md', 'INVALID_ARGUMENT'],
    ['a folder', 'dir.md', 'x.md', 'INVALID_ARGUMENT'],
    ['a name with a path', 'a.md', '../x.md', 'INVALID_ARGUMENT'],
    ['a name that is not a post', 'a.md', 'x.txt', 'INVALID_ARGUMENT']
  ])('refuses %s', async (_label, id, name, code) => {
    const { dir, library } = await open({ 'a.md': 'a', 'notes.txt': 'n', 'dir.md/x.md': 'x' })
    expect(await codeOf(library.rename(id, name as string))).toBe(code)
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toBe('a')
  })

  it('refuses to rename through a symlinked folder that leads outside', async () => {
    const outside = await tempFolder()
    await writeFile(join(outside, 'secret.md'), 's')
    const { dir, library } = await open({ 'a.md': 'a' })
    await symlink(outside, join(dir, 'out'))
    expect(await codeOf(library.rename('out/secret.md', 'x.md'))).toBe('OUTSIDE_FOLDER')
    expect(await readdir(outside)).toEqual(['secret.md'])
  })

  it('runs after a save of the same post that was asked for first', async () => {
    const { dir, library } = await open({ 'q.md': 'v1' })
    const post = await library.read('q.md')
    const [saved, renamed] = await Promise.all([
      library.save('q.md', 'v2', post.stamp),
      library.rename('q.md', 'r.md')
    ])
    expect(renamed.stamp.hash).toBe(saved.hash)
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toBe('v2')
  })
})
