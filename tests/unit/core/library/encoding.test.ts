import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodePost } from '@core/library/text-decode'
import type { Decoded } from '@core/library/text-decode'
import { codeOf, errorOf, openLibrary, useTempFolders } from './helpers'

useTempFolders()

const fixtures = fileURLToPath(new URL('../../../fixtures/encoding', import.meta.url))

/**
 * Each `<name>.md` was made once from `<name>.utf8.md` with `iconv -f UTF-8 -t GB18030` (or
 * `-t GBK`): the GB18030 one has CRLF line endings and characters GBK lacks (𠀀, 😀: four-byte
 * sequences), the GBK one LF endings.
 */
function fixture(name: string): { bytes: Buffer; utf8: Buffer } {
  return {
    bytes: readFileSync(join(fixtures, `${name}.md`)),
    utf8: readFileSync(join(fixtures, `${name}.utf8.md`))
  }
}

const gb18030 = fixture('gb18030-post')
const gbk = fixture('gbk-post')
const utf8Bom = Buffer.from('\ufeff---\ntitle: 带 BOM\n---\n正文\n')
/** GB18030's own BOM (U+FEFF as 84 31 95 33) before "中文" in GBK. */
const gbBom = Buffer.from([0x84, 0x31, 0x95, 0x33, 0xd6, 0xd0, 0xce, 0xc4, 0x0a])
/** 0xFF starts no sequence in UTF-8 nor in GB18030. */
const neither = Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0xff, 0x0a])
/** A UTF-8 BOM in front of GBK bytes: broken, not GBK. */
const bomThenGbk = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), gbk.bytes])

describe('decodePost', () => {
  const cases: Array<[string, Uint8Array, Decoded]> = [
    [
      'plain UTF-8',
      Buffer.from('中文\n'),
      { kind: 'text', text: '中文\n', bom: false, encoding: 'utf-8' }
    ],
    [
      'UTF-8 with BOM stays UTF-8',
      utf8Bom,
      { kind: 'text', text: utf8Bom.subarray(3).toString(), bom: true, encoding: 'utf-8' }
    ],
    [
      'GBK',
      gbk.bytes,
      { kind: 'text', text: gbk.utf8.toString(), bom: false, encoding: 'gb18030' }
    ],
    [
      'GB18030 with four-byte characters and CRLF',
      gb18030.bytes,
      { kind: 'text', text: gb18030.utf8.toString(), bom: false, encoding: 'gb18030' }
    ],
    ["GB18030's own BOM", gbBom, { kind: 'text', text: '中文\n', bom: true, encoding: 'gb18030' }],
    ['neither UTF-8 nor GB18030', neither, { kind: 'bad-encoding' }],
    ['UTF-8 BOM before GBK bytes', bomThenGbk, { kind: 'bad-encoding' }],
    ['NUL bytes', Buffer.from([0xd6, 0xd0, 0, 0]), { kind: 'binary' }]
  ]
  it.each(cases)('%s', (_name, bytes, expected) => {
    expect(decodePost(bytes)).toEqual(expected)
  })

  it('decodes the fixtures to exactly their UTF-8 counterparts, no replacement character', () => {
    for (const { bytes, utf8 } of [gbk, gb18030]) {
      const decoded = decodePost(bytes)
      expect(decoded.kind === 'text' && Buffer.from(decoded.text).equals(utf8)).toBe(true)
      expect(decoded.kind === 'text' && decoded.text.includes('\ufffd')).toBe(false)
    }
  })
})

describe('reading GBK/GB18030 posts', () => {
  it('opens them read-only, with their text, front matter, line endings and stamp', async () => {
    const { library } = await openLibrary({ 'gb.md': gb18030.bytes, 'gbk.md': gbk.bytes })
    const post = await library.read('gb.md')
    expect(post).toMatchObject({
      encoding: 'gb18030',
      readOnly: true,
      bom: false,
      lineEnding: 'crlf',
      frontMatterStatus: 'ok',
      frontMatter: { title: '周报：第十二周', tags: ['周报', '编码'] },
      raw: gb18030.utf8.toString()
    })
    expect(post.stamp.size).toBe(gb18030.bytes.length)
    expect(await library.read('gbk.md')).toMatchObject({
      encoding: 'gb18030',
      readOnly: true,
      lineEnding: 'lf',
      frontMatter: { title: '旧博客的一篇日报', layout: 'post' }
    })
  })

  it('keeps a BOM’d UTF-8 post UTF-8 and writable', async () => {
    const { library } = await openLibrary({ 'bom.md': utf8Bom })
    expect(await library.read('bom.md')).toMatchObject({
      encoding: 'utf-8',
      bom: true,
      readOnly: false
    })
  })

  it('refuses a file that is neither UTF-8 nor GB18030, saying so', async () => {
    const { library } = await openLibrary({ 'neither.md': neither, 'broken.md': bomThenGbk })
    for (const id of ['neither.md', 'broken.md']) {
      const error = await errorOf(library.read(id))
      expect(error.code).toBe('BAD_ENCODING')
      expect(error.message).toMatch(/neither UTF-8 nor GBK\/GB18030/)
    }
  })

  it('lists them by their decoded title, marked gb18030; lists the others as unreadable', async () => {
    const { library } = await openLibrary({
      'gb.md': gb18030.bytes,
      'neither.md': neither,
      'utf8.md': '# 标题\n'
    })
    const byId = new Map((await library.list()).map((post) => [post.id, post]))
    expect(byId.get('gb.md')).toMatchObject({ title: '周报：第十二周', encoding: 'gb18030' })
    expect(byId.get('gb.md')?.unreadable).toBeUndefined()
    expect(byId.get('neither.md')).toMatchObject({ unreadable: 'bad-encoding' })
    expect(byId.get('utf8.md')).not.toHaveProperty('encoding')
  })
})

describe('saving a GBK/GB18030 post before it is converted', () => {
  it('is refused with BAD_ENCODING and the file keeps every byte', async () => {
    const { dir, library } = await openLibrary({ 'gb.md': gb18030.bytes })
    const post = await library.read('gb.md')
    const error = await errorOf(library.save('gb.md', `${post.raw}多一行\r\n`, post.stamp))
    expect(error.code).toBe('BAD_ENCODING')
    expect(error.message).toMatch(/convert it to UTF-8 before saving/)
    expect((await readFile(join(dir, 'gb.md'))).equals(gb18030.bytes)).toBe(true)
  })

  it('refuses a front matter edit the same way', async () => {
    const { dir, library } = await openLibrary({ 'gbk.md': gbk.bytes })
    const post = await library.read('gbk.md')
    expect(await codeOf(library.updateFrontMatter('gbk.md', { title: '新' }, post.stamp))).toBe(
      'BAD_ENCODING'
    )
    expect((await readFile(join(dir, 'gbk.md'))).equals(gbk.bytes)).toBe(true)
  })

  it('still answers CONFLICT first when the file changed since it was read', async () => {
    const { library } = await openLibrary({ 'gbk.md': gbk.bytes, 'other.md': gb18030.bytes })
    const other = await library.read('other.md')
    expect(await codeOf(library.save('gbk.md', 'x', other.stamp))).toBe('CONFLICT')
  })
})
