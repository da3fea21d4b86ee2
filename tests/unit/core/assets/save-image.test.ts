import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { saveImage } from '@core/assets'
import { encodePathSegments, pastedImageName, sniffImage } from '@core/assets/pasted-image'
import { Library } from '@core/library'
import { copyFixture, fakeJpeg, fakePng, resourcesDir, snapshot } from './helpers'
import { codeOf } from '../../../support/code-of'

const made: string[] = []
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function site(name: 'jekyll-site' | 'plain'): Promise<{ dir: string; library: Library }> {
  const { outer, dir } = await copyFixture(name)
  made.push(outer)
  return { dir, library: await Library.open(dir, { resourcesDir }) }
}

const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(16, 1)])
const webp = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x20, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(16, 2)
])
const b64 = (bytes: Buffer): string => bytes.toString('base64')
const at = new Date(2025, 10, 11, 9, 5, 7)
const jekyllPost = '_posts/2025-11-11-ai-daily.md'

describe('sniffImage', () => {
  it.each([
    ['png', fakePng()],
    ['jpeg', fakeJpeg()],
    ['gif', gif],
    ['gif', Buffer.concat([Buffer.from('GIF87a'), Buffer.alloc(4)])],
    ['webp', webp]
  ])('knows %s by its first bytes', (kind, bytes) => {
    expect(sniffImage(bytes)).toBe(kind)
  })

  it.each([
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ['HTML', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['a RIFF that is not WebP', Buffer.from('RIFF\0\0\0\0WAVEfmt ')],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e])],
    ['nothing', Buffer.alloc(0)]
  ])('refuses %s', (_label, bytes) => {
    expect(sniffImage(bytes)).toBeNull()
  })
})

describe('pastedImageName', () => {
  it.each([
    ['截图 示例.png', 'png', '截图-示例.png'],
    ['my photo (1).JPG', 'jpeg', 'my-photo-1.jpg'],
    ['scan.jpeg', 'jpeg', 'scan.jpeg'],
    // The bytes decide the extension, whatever the name says.
    ['diagram.png', 'jpeg', 'diagram.jpg'],
    ['notes.txt', 'gif', 'notes.gif'],
    ['no-extension', 'webp', 'no-extension.webp'],
    ['C:\\Users\\me\\Desktop\\图.png', 'png', '图.png'],
    ['../../etc/passwd', 'png', 'passwd.png'],
    ['.hidden.png', 'png', 'hidden.png'],
    ['_draft.png', 'png', 'draft.png'],
    ['a#b?c%d&e.png', 'png', 'a-b-c-d-e.png'],
    ['CON.png', 'png', 'CON_.png'],
    ['cafe\u0301.png', 'png', 'caf\u00e9.png'],
    ['', 'png', 'image-20251111-090507.png'],
    ['image.png', 'png', 'image-20251111-090507.png'],
    ['Screenshot.png', 'jpeg', 'image-20251111-090507.jpg'],
    ['image 2.png', 'png', 'image-20251111-090507.png'],
    ['!!!.png', 'png', 'image-20251111-090507.png']
  ] as const)('names %j (%s) %j', (given, kind, expected) => {
    expect(pastedImageName(given, kind, at)).toBe(expected)
  })

  it('keeps long names within the file system limit', () => {
    const name = pastedImageName(`${'图'.repeat(300)}.png`, 'png', at)
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200)
    expect(name.endsWith('.png')).toBe(true)
  })

  it('percent-encodes every path segment', () => {
    expect(encodePathSegments('assets/截图 (1)!.png')).toBe(
      'assets/%E6%88%AA%E5%9B%BE%20%281%29%21.png'
    )
  })
})

describe('saveImage', () => {
  it('saves under assets/ of a Jekyll site, linked with the baseurl', async () => {
    const { dir, library } = await site('jekyll-site')
    const saved = await saveImage(library, jekyllPost, b64(fakePng()), '截图.png', at)
    expect(saved).toEqual({
      path: 'assets/截图.png',
      link: '/reports/assets/%E6%88%AA%E5%9B%BE.png'
    })
    expect((await readFile(join(dir, 'assets/截图.png'))).equals(fakePng())).toBe(true)
  })

  it('links from the site root when the baseurl is empty', async () => {
    const { dir } = await site('jekyll-site')
    await writeFile(join(dir, '_config.yml'), 'title: x\n')
    const library = await Library.open(dir, { resourcesDir })
    const saved = await saveImage(library, jekyllPost, b64(fakeJpeg()), 'a.jpg', at)
    expect(saved.link).toBe('/assets/a.jpg')
  })

  it('saves beside the post in a plain folder, linked by its name', async () => {
    const { dir, library } = await site('plain')
    await mkdir(join(dir, 'notes'))
    await writeFile(join(dir, 'notes/周报.md'), '# 周报\n')
    const saved = await saveImage(library, 'notes/周报.md', b64(gif), '流程 图.gif', at)
    expect(saved).toEqual({ path: 'notes/流程-图.gif', link: '%E6%B5%81%E7%A8%8B-%E5%9B%BE.gif' })
    expect((await readFile(join(dir, 'notes/流程-图.gif'))).equals(gif)).toBe(true)
    const top = await saveImage(library, 'no-cloud.md', b64(webp), '', at)
    expect(top).toEqual({ path: 'image-20251111-090507.webp', link: 'image-20251111-090507.webp' })
  })

  it('never overwrites: a taken name gets -1, -2…', async () => {
    const { dir, library } = await site('plain')
    await writeFile(join(dir, 'x.png'), 'the writer’s own file')
    const first = await saveImage(library, 'no-cloud.md', b64(fakePng(1)), 'x.png', at)
    const second = await saveImage(library, 'no-cloud.md', b64(fakePng(2)), 'x.png', at)
    expect([first.path, second.path]).toEqual(['x-1.png', 'x-2.png'])
    expect(await readFile(join(dir, 'x.png'), 'utf8')).toBe('the writer’s own file')
    expect((await readFile(join(dir, 'x-2.png'))).equals(fakePng(2))).toBe(true)
  })

  it('gives two images pasted at once two names', async () => {
    const { library } = await site('plain')
    const saved = await Promise.all(
      [1, 2, 3].map((n) => saveImage(library, 'no-cloud.md', b64(fakePng(n)), '', at))
    )
    expect(new Set(saved.map((s) => s.path)).size).toBe(3)
  })

  it.each([
    ['an SVG', Buffer.from('<svg onload="alert(1)"/>').toString('base64'), 'INVALID_ARGUMENT'],
    ['HTML', Buffer.from('<html><script></script>').toString('base64'), 'INVALID_ARGUMENT'],
    ['a text file', Buffer.from('just text').toString('base64'), 'INVALID_ARGUMENT'],
    ['bad base64', '@@@@', 'INVALID_ARGUMENT'],
    ['an empty string', '', 'INVALID_ARGUMENT'],
    [
      'an image over 20 MB',
      b64(Buffer.concat([fakePng(), Buffer.alloc(20 * 1024 * 1024)])),
      'TOO_LARGE'
    ]
  ])('refuses %s and writes nothing', async (_label, data, code) => {
    const { dir, library } = await site('plain')
    const before = await snapshot(dir)
    expect(await codeOf(saveImage(library, 'no-cloud.md', data as string, 'x.png', at))).toBe(code)
    expect(await snapshot(dir)).toEqual(before)
  })

  it.each([
    ['a post outside the folder', '../x.md', 'OUTSIDE_FOLDER'],
    ['a missing post', 'missing.md', 'NOT_FOUND'],
    ['a file that is not a post', 'x.png', 'INVALID_ARGUMENT']
  ])('refuses %s', async (_label, id, code) => {
    const { library } = await site('plain')
    expect(await codeOf(saveImage(library, id, b64(fakePng()), 'x.png', at))).toBe(code)
  })

  it('refuses an assets folder that is a symlink out of the site', async () => {
    const { dir, library } = await site('jekyll-site')
    const outside = join(tmpdir(), `postcloud-outside-${process.pid}-${Date.now()}`)
    await mkdir(outside)
    made.push(outside)
    await symlink(outside, join(dir, 'assets'))
    expect(await codeOf(saveImage(library, jekyllPost, b64(fakePng()), 'a.png', at))).toBe(
      'OUTSIDE_FOLDER'
    )
    expect(await readdir(outside)).toEqual([])
  })
})
