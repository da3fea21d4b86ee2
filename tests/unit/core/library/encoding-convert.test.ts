import { readFileSync } from 'node:fs'
import { chmod, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { convertToUtf8 } from '@core/library/convert'
import { sha256Hex } from '@core/library/stamp'
import type { PostStamp } from '@shared/post'
import { stubCore } from '../stub-core'
import { codeOf, errorOf, openLibrary, tempFolder, useTempFolders } from './helpers'

useTempFolders()

const fixtures = fileURLToPath(new URL('../../../fixtures/encoding', import.meta.url))
const gb18030 = readFileSync(join(fixtures, 'gb18030-post.md'))
const gb18030Utf8 = readFileSync(join(fixtures, 'gb18030-post.utf8.md'))
const gbk = readFileSync(join(fixtures, 'gbk-post.md'))
const gbkUtf8 = readFileSync(join(fixtures, 'gbk-post.utf8.md'))

function stampOfBytes(bytes: Uint8Array): PostStamp {
  return { mtimeMs: 0, size: bytes.length, hash: sha256Hex(bytes) }
}

describe('convertToUtf8', () => {
  it.each([
    ['GB18030 with CRLF and four-byte characters', gb18030, gb18030Utf8],
    ['GBK with LF', gbk, gbkUtf8]
  ])('%s: the bytes on disk become the UTF-8 of the same text', async (_name, bytes, utf8) => {
    const { dir, library } = await openLibrary({ 'post.md': bytes })
    const before = await library.read('post.md')
    const after = await convertToUtf8(dir, 'post.md', before.stamp)
    const onDisk = await readFile(join(dir, 'post.md'))
    expect(onDisk.equals(utf8)).toBe(true)
    expect(after).toMatchObject({
      encoding: 'utf-8',
      readOnly: false,
      bom: false,
      raw: before.raw,
      lineEnding: before.lineEnding,
      frontMatter: before.frontMatter
    })
    expect(after.stamp.hash).toBe(sha256Hex(onDisk))
    // Writable now: a save with the returned stamp goes through.
    await library.save('post.md', `${after.raw}追加\n`, after.stamp)
    expect((await readFile(join(dir, 'post.md'), 'utf8')).endsWith('追加\n')).toBe(true)
  })

  it("keeps the file's mode and leaves no temp file", async () => {
    const { dir, library } = await openLibrary({ 'post.md': gbk })
    await chmod(join(dir, 'post.md'), 0o640)
    await convertToUtf8(dir, 'post.md', (await library.read('post.md')).stamp)
    expect((await stat(join(dir, 'post.md'))).mode & 0o7777).toBe(0o640)
    expect(await readdir(dir)).toEqual(['post.md'])
  })

  it('answers CONFLICT and writes nothing when the file changed since it was read', async () => {
    const { dir, library } = await openLibrary({ 'post.md': gbk })
    const stale = (await library.read('post.md')).stamp
    const theirs = Buffer.concat([gbk, Buffer.from([0xd6, 0xd0, 0x0a])])
    await writeFile(join(dir, 'post.md'), theirs)
    const error = await errorOf(convertToUtf8(dir, 'post.md', stale))
    expect(error.code).toBe('CONFLICT')
    expect((await readFile(join(dir, 'post.md'))).equals(theirs)).toBe(true)
  })

  it('turns GB18030’s own BOM into the UTF-8 BOM', async () => {
    const bytes = Buffer.from([0x84, 0x31, 0x95, 0x33, 0xd6, 0xd0, 0xce, 0xc4, 0x0a])
    const { dir, library } = await openLibrary({ 'bom.md': bytes })
    const post = await convertToUtf8(dir, 'bom.md', (await library.read('bom.md')).stamp)
    expect(post).toMatchObject({ bom: true, raw: '中文\n', encoding: 'utf-8' })
    expect((await readFile(join(dir, 'bom.md'))).equals(Buffer.from('\ufeff中文\n'))).toBe(true)
  })

  it('leaves a UTF-8 post as it is', async () => {
    const { dir, library } = await openLibrary({ 'u.md': '中文\r\n' })
    const before = await library.read('u.md')
    const after = await convertToUtf8(dir, 'u.md', before.stamp)
    expect(after.stamp).toEqual(before.stamp)
  })

  it('refuses a file that is neither UTF-8 nor GB18030, a binary file and bad arguments', async () => {
    const neither = Buffer.from([0x61, 0xff, 0x0a])
    const binary = Buffer.from([0x50, 0x4b, 0, 0, 0])
    const { dir } = await openLibrary({ 'n.md': neither, 'b.md': binary, 'g.txt': gbk })
    expect(await codeOf(convertToUtf8(dir, 'n.md', stampOfBytes(neither)))).toBe('BAD_ENCODING')
    expect(await codeOf(convertToUtf8(dir, 'b.md', stampOfBytes(binary)))).toBe('BAD_ENCODING')
    expect((await readFile(join(dir, 'n.md'))).equals(neither)).toBe(true)
    expect(await codeOf(convertToUtf8(dir, 'g.txt', stampOfBytes(gbk)))).toBe('INVALID_ARGUMENT')
    expect(await codeOf(convertToUtf8(dir, '../n.md', stampOfBytes(neither)))).toBe(
      'OUTSIDE_FOLDER'
    )
  })

  // The mode bits decide even for root: Postcloud never writes over a file marked read-only.
  it('refuses a read-only file with READ_ONLY and keeps it as it was', async () => {
    const { dir, library } = await openLibrary({ 'post.md': gbk })
    const stamp = (await library.read('post.md')).stamp
    await chmod(join(dir, 'post.md'), 0o444)
    expect(await codeOf(convertToUtf8(dir, 'post.md', stamp))).toBe('READ_ONLY')
    expect((await readFile(join(dir, 'post.md'))).equals(gbk)).toBe(true)
    expect((await stat(join(dir, 'post.md'))).mode & 0o777).toBe(0o444)
  })

  it('converts through a symlink inside the folder, keeping the link', async () => {
    const { dir, library } = await openLibrary({ 'real/post.md': gbk })
    await symlink(join(dir, 'real/post.md'), join(dir, 'link.md'))
    await convertToUtf8(dir, 'link.md', (await library.read('link.md')).stamp)
    expect((await readFile(join(dir, 'real/post.md'))).equals(gbkUtf8)).toBe(true)
    expect((await readdir(dir)).sort()).toEqual(['link.md', 'real'])
  })
})

describe('the core api', () => {
  it('reads a GBK post read-only, refuses its save and export, converts it, then saves', async () => {
    const { dir } = await openLibrary({ 'gbk.md': gbk })
    const api = stubCore(await tempFolder('postcloud-data-'))
    try {
      await api.openFolder(dir)
      const post = await api.readPost('gbk.md')
      expect(post).toMatchObject({ encoding: 'gb18030', readOnly: true })
      expect(await codeOf(api.savePost('gbk.md', post.raw, post.stamp))).toBe('BAD_ENCODING')
      // A cloud export would add its link to the post: refused before any image is written.
      const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]).toString('base64')
      expect(await codeOf(api.exportCloud('gbk.md', jpeg))).toBe('READ_ONLY')
      expect(await readdir(dir)).toEqual(['gbk.md'])
      const converted = await api.convertToUtf8('gbk.md', post.stamp)
      expect(converted).toMatchObject({ encoding: 'utf-8', readOnly: false })
      await api.savePost('gbk.md', `${converted.raw}完\n`, converted.stamp)
      expect(await readFile(join(dir, 'gbk.md'), 'utf8')).toBe(`${gbkUtf8.toString()}完\n`)
    } finally {
      await api.close()
    }
  })
})
