import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCanvas } from '@napi-rs/canvas'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportCloud, readManifest } from '@core/assets'
import type { PostStore } from '@core/assets'
import type { ExportCloudOptions } from '@shared/cloud/export-types'
import { codeOf, copyFixture, fakeJpeg, fakePng, openStore, snapshot } from './helpers'
import type { Sandbox } from './helpers'

const now = (): Date => new Date('2025-12-24T04:00:00.000Z')
const b64 = (bytes: Buffer): string => bytes.toString('base64')

let box: Sandbox
let store: PostStore

async function run(
  id: string,
  bytes: Buffer = fakeJpeg(),
  options: ExportCloudOptions = {}
): ReturnType<typeof exportCloud> {
  return exportCloud(store, id, b64(bytes), options, { now })
}

const text = (rel: string): Promise<string> => readFile(join(box.dir, rel), 'utf8')
const bytesOf = (rel: string): Promise<Buffer> => readFile(join(box.dir, rel))

afterEach(async () => {
  await rm(box.outer, { recursive: true, force: true })
})

describe('exportCloud in a plain folder', () => {
  beforeEach(async () => {
    box = await copyFixture('plain')
    store = await openStore(box.dir)
  })

  it('inserts the section when the post has no cloud link, exactly once', async () => {
    const before = await text('no-cloud.md')
    const name = 'wordcloud_阅读月报_十一月书单.jpg'
    const result = await run('no-cloud.md')
    expect(result).toMatchObject({ imagePath: name, link: name, postChanged: true })
    expect(await text('no-cloud.md')).toBe(`${before}\n## 词云分析\n\n![词云图](${name})\n`)
    expect(await bytesOf(name)).toEqual(fakeJpeg())
    expect(result.stamp).toEqual((await store.read('no-cloud.md')).stamp)

    // A second export (new image) overwrites our own file and never adds a second section.
    const again = await run('no-cloud.md', fakeJpeg(2))
    expect(again).toMatchObject({ imagePath: name, postChanged: false, stamp: result.stamp })
    const after = await text('no-cloud.md')
    expect(after.match(/## 词云分析/g)).toHaveLength(1)
    expect(after.match(/!\[词云图\]/g)).toHaveLength(2) // the real one and the one in a code block
    expect(after).toContain('![词云图](example_in_code.jpg)')
    expect(await bytesOf(name)).toEqual(fakeJpeg(2))
  })

  it('keeps CRLF line endings of a file without a trailing newline', async () => {
    const before = await text('crlf-no-newline.md')
    expect(before).toContain('\r\n')
    expect(before.endsWith('\n')).toBe(false)
    const result = await run('crlf-no-newline.md')
    const link = 'wordcloud_宏观经济日报.jpg'
    expect(await text('crlf-no-newline.md')).toBe(
      `${before}\r\n\r\n## 词云分析\r\n\r\n![词云图](${link})\r\n`
    )
    expect(result.link).toBe(link)
  })

  it('keeps a BOM', async () => {
    await writeFile(join(box.dir, 'bom.md'), '\ufeff# 标题\n\n正文\n')
    await run('bom.md')
    expect(await text('bom.md')).toBe(
      '\ufeff# 标题\n\n正文\n\n## 词云分析\n\n![词云图](wordcloud_bom.jpg)\n'
    )
  })

  it('writes where an existing link points and leaves the post untouched', async () => {
    const before = await snapshot(box.dir)
    const result = await run('with-cloud.md')
    expect(result).toMatchObject({
      imagePath: 'wordcloud_open_source_20251114.jpg',
      link: 'wordcloud_open_source_20251114.jpg',
      postChanged: false
    })
    expect(await bytesOf('with-cloud.md')).toEqual(Buffer.from(before['with-cloud.md'], 'base64'))
    expect(result.stamp).toEqual((await store.read('with-cloud.md')).stamp)
  })

  it('puts the image beside a post in a subfolder', async () => {
    await mkdir(join(box.dir, 'notes'))
    await writeFile(join(box.dir, 'notes/a.md'), '# 笔记\n\n正文\n')
    const result = await run('notes/a.md')
    expect(result).toMatchObject({ imagePath: 'notes/wordcloud_a.jpg', link: 'wordcloud_a.jpg' })
    expect(existsSync(join(box.dir, 'notes/wordcloud_a.jpg'))).toBe(true)
  })

  it('adds the image to an existing 词云分析 heading instead of a second section', async () => {
    const raw = '---\ntitle: 模板\n---\n\n## 概要\n\n文字\n\n## 词云分析\n\n<!-- 说明 -->\n'
    await writeFile(join(box.dir, 'template.md'), raw)
    await run('template.md')
    expect(await text('template.md')).toBe(`${raw}\n![词云图](wordcloud_模板.jpg)\n`)
  })

  describe('an image file already at the target', () => {
    const target = 'wordcloud_open_source_20251114.jpg'
    const foreign = Buffer.from('the writer’s own picture')

    beforeEach(async () => {
      await writeFile(join(box.dir, target), foreign)
    })

    it('is refused by default, naming the file and the choices, and left byte-identical', async () => {
      const before = await snapshot(box.outer)
      const error = await run('with-cloud.md').catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'EXISTS' })
      expect((error as Error).message).toContain(target)
      expect((error as Error).message).toMatch(/replace.*rename/)
      expect(await snapshot(box.outer)).toEqual(before)
    })

    it('is overwritten with onExisting: replace', async () => {
      const result = await run('with-cloud.md', fakeJpeg(), { onExisting: 'replace' })
      expect(result).toMatchObject({ imagePath: target, postChanged: false })
      expect(await bytesOf(target)).toEqual(fakeJpeg())
      const manifest = await readManifest(join(box.dir, '.postcloud/clouds.json'))
      expect(manifest.images[target]).toMatchObject({ post: 'with-cloud.md' })
    })

    it('is kept with onExisting: rename, which takes the first free name and relinks', async () => {
      await writeFile(join(box.dir, 'wordcloud_open_source_20251114-2.jpg'), foreign)
      const before = await text('with-cloud.md')
      const result = await run('with-cloud.md', fakeJpeg(), { onExisting: 'rename' })
      const renamed = 'wordcloud_open_source_20251114-3.jpg'
      expect(result).toMatchObject({ imagePath: renamed, link: renamed, postChanged: true })
      expect(await bytesOf(target)).toEqual(foreign)
      expect(await bytesOf('wordcloud_open_source_20251114-2.jpg')).toEqual(foreign)
      expect(await bytesOf(renamed)).toEqual(fakeJpeg())
      expect(await text('with-cloud.md')).toBe(before.replace(target, renamed))
    })

    it('is a folder: refused even with replace', async () => {
      await rm(join(box.dir, target))
      await mkdir(join(box.dir, target))
      expect(await codeOf(run('with-cloud.md', fakeJpeg(), { onExisting: 'replace' }))).toBe(
        'EXISTS'
      )
    })
  })

  it('overwrites its own image only while nobody changed it', async () => {
    const name = 'wordcloud_open_source_20251114.jpg'
    await run('with-cloud.md', fakeJpeg(1))
    await run('with-cloud.md', fakeJpeg(2))
    expect(await bytesOf(name)).toEqual(fakeJpeg(2))
    const manifest = await readManifest(join(box.dir, '.postcloud/clouds.json'))
    expect(manifest.images[name]).toEqual({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      post: 'with-cloud.md',
      writtenAt: '2025-12-24T04:00:00.000Z'
    })
    // The writer edits the image by hand: it is theirs now.
    await writeFile(join(box.dir, name), fakeJpeg(9))
    expect(await codeOf(run('with-cloud.md', fakeJpeg(3)))).toBe('EXISTS')
    expect(await bytesOf(name)).toEqual(fakeJpeg(9))
  })

  it('does not overwrite a cloud it wrote for another post', async () => {
    const same = '---\ntitle: "同名"\n---\n\n正文\n'
    await writeFile(join(box.dir, 'one.md'), same)
    await writeFile(join(box.dir, 'two.md'), same)
    await run('one.md', fakeJpeg(1))
    expect(await codeOf(run('two.md', fakeJpeg(2)))).toBe('EXISTS')
    expect(await bytesOf('wordcloud_同名.jpg')).toEqual(fakeJpeg(1))
    const renamed = await run('two.md', fakeJpeg(2), { onExisting: 'rename' })
    expect(renamed.imagePath).toBe('wordcloud_同名-2.jpg')
  })

  it('survives a corrupt manifest and rewrites it whole', async () => {
    await mkdir(join(box.dir, '.postcloud'))
    await writeFile(join(box.dir, '.postcloud/clouds.json'), '{"version": 1, "images": {')
    await run('no-cloud.md')
    const manifest = JSON.parse(await text('.postcloud/clouds.json')) as {
      images: Record<string, unknown>
    }
    expect(Object.keys(manifest.images)).toEqual(['wordcloud_阅读月报_十一月书单.jpg'])
  })

  it('treats every image as foreign when the manifest is corrupt', async () => {
    await run('with-cloud.md', fakeJpeg(1))
    await writeFile(join(box.dir, '.postcloud/clouds.json'), 'null')
    expect(await codeOf(run('with-cloud.md', fakeJpeg(2)))).toBe('EXISTS')
  })

  it('refuses a link that climbs out of the folder and writes nothing', async () => {
    const before = await snapshot(box.outer)
    const error = await run('traversal.md').catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'OUTSIDE_FOLDER' })
    expect(existsSync(join(box.outer, 'etc'))).toBe(false)
    expect(await snapshot(box.outer)).toEqual(before)
  })

  const badLinks: Array<[string, string, string]> = [
    ['encoded ..', '%2e%2e/%2e%2e/wordcloud.jpg', 'OUTSIDE_FOLDER'],
    ['backslashes', '..\\\\..\\\\wordcloud.jpg', 'OUTSIDE_FOLDER'],
    ['encoded backslashes', '..%5c..%5cwordcloud.jpg', 'OUTSIDE_FOLDER'],
    ['double encoding', '%252e%252e/wordcloud.jpg', 'OUTSIDE_FOLDER'],
    ['root-relative climbing', '/../wordcloud.jpg', 'OUTSIDE_FOLDER'],
    ['drive letter', 'C:\\Windows\\wordcloud.jpg', 'OUTSIDE_FOLDER'],
    ['symlink out of the folder', 'out/wordcloud.jpg', 'OUTSIDE_FOLDER'],
    ['remote https', 'https://example.org/wordcloud.jpg', 'INVALID_ARGUMENT'],
    ['protocol-relative', '//example.org/wordcloud.jpg', 'INVALID_ARGUMENT'],
    ['file URL', 'file:///tmp/wordcloud.jpg', 'INVALID_ARGUMENT'],
    ['not an image name', 'wordcloud.md', 'WRONG_IMAGE_TYPE']
  ]
  it.each(badLinks)('refuses a cloud link with %s', async (_name, link, code) => {
    await symlink(box.outer, join(box.dir, 'out'))
    await writeFile(join(box.dir, 'bad.md'), `# 标题\n\n![词云图](${link})\n`)
    const before = await snapshot(box.outer)
    expect(await codeOf(run('bad.md'))).toBe(code)
    expect(await snapshot(box.outer)).toEqual(before)
  })

  it('reads a root-relative link as relative to the folder, never to the disk root', async () => {
    await writeFile(join(box.dir, 'root.md'), '# 标题\n\n![词云图](/etc/wordcloud.jpg)\n')
    const result = await run('root.md')
    expect(result).toMatchObject({ imagePath: 'etc/wordcloud.jpg', postChanged: false })
    expect(await bytesOf('etc/wordcloud.jpg')).toEqual(fakeJpeg())
  })

  it('refuses bytes that are not the asked format and writes nothing', async () => {
    const before = await snapshot(box.dir)
    expect(await codeOf(run('no-cloud.md', fakePng()))).toBe('INVALID_ARGUMENT')
    expect(await codeOf(run('no-cloud.md', Buffer.from('GIF89a not a cloud')))).toBe(
      'INVALID_ARGUMENT'
    )
    expect(await snapshot(box.dir)).toEqual(before)
  })

  it('exports a PNG when asked, and refuses a PNG into a .jpg link', async () => {
    const result = await run('no-cloud.md', fakePng(), { format: 'png' })
    expect(result.imagePath).toBe('wordcloud_阅读月报_十一月书单.png')
    const refused = await run('with-cloud.md', fakePng(), { format: 'png' }).catch(
      (e: unknown) => e
    )
    // Its own code and params, so the window says it in the writer's language and offers a copy.
    expect(refused).toMatchObject({
      code: 'WRONG_IMAGE_TYPE',
      params: { name: expect.stringMatching(/\.jpg$/), kind: 'PNG' }
    })
  })

  it('writes nothing when the expected stamp is stale', async () => {
    const stale = (await store.read('no-cloud.md')).stamp
    await writeFile(join(box.dir, 'no-cloud.md'), `${await text('no-cloud.md')}另一个窗口的修改\n`)
    const before = await snapshot(box.dir)
    expect(await codeOf(run('no-cloud.md', fakeJpeg(), { expected: stale }))).toBe('CONFLICT')
    expect(await snapshot(box.dir)).toEqual(before)
  })

  it('accepts the current stamp', async () => {
    const { stamp } = await store.read('no-cloud.md')
    expect((await run('no-cloud.md', fakeJpeg(), { expected: stamp })).postChanged).toBe(true)
  })

  it('writes nothing for a read-only post that needs a link', async () => {
    const readOnly: PostStore = {
      ...store,
      info: () => store.info(),
      resolve: (id) => store.resolve(id),
      save: (id, raw, expected) => store.save(id, raw, expected),
      read: async (id) => ({ ...(await store.read(id)), readOnly: true })
    }
    const before = await snapshot(box.dir)
    expect(await codeOf(exportCloud(readOnly, 'no-cloud.md', b64(fakeJpeg())))).toBe('READ_ONLY')
    expect(await snapshot(box.dir)).toEqual(before)
  })

  it('serialises two exports of one post: one section, one manifest entry', async () => {
    const results = await Promise.all([
      run('no-cloud.md', fakeJpeg(1)),
      run('no-cloud.md', fakeJpeg(2))
    ])
    expect(results.map((r) => r.postChanged)).toEqual([true, false])
    expect((await text('no-cloud.md')).match(/## 词云分析/g)).toHaveLength(1)
    expect(await bytesOf('wordcloud_阅读月报_十一月书单.jpg')).toEqual(fakeJpeg(2))
  })

  it('writes a real JPEG rendered with @napi-rs/canvas', async () => {
    const canvas = createCanvas(320, 200)
    const ctx = canvas.getContext('2d')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, 320, 200)
    ctx.fillStyle = '#c0392b'
    ctx.font = '48px sans-serif'
    ctx.fillText('cloud', 40, 110)
    const jpeg = Buffer.from(await canvas.encode('jpeg', 92))
    const result = await run('no-cloud.md', jpeg)
    const written = await bytesOf(result.imagePath)
    expect(written).toEqual(jpeg)
    expect([...written.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    expect([...written.subarray(-2)]).toEqual([0xff, 0xd9])
  })
})

describe('exportCloud in a Jekyll site', () => {
  beforeEach(async () => {
    box = await copyFixture('jekyll-site')
    store = await openStore(box.dir)
  })

  it('writes into assets/wordclouds/ with a root-relative link under the baseurl', async () => {
    const id = '_posts/2025-11-11-ai-daily.md'
    const before = await text(id)
    const name = 'wordcloud_AI_推特日报_多模态与智能体.jpg'
    const result = await run(id)
    expect(result).toMatchObject({
      imagePath: `assets/wordclouds/${name}`,
      link: `/reports/assets/wordclouds/${name}`,
      postChanged: true
    })
    expect(await text(id)).toBe(
      `${before}\n## 词云分析\n\n![词云图](/reports/assets/wordclouds/${name})\n`
    )
    expect(await bytesOf(`assets/wordclouds/${name}`)).toEqual(fakeJpeg())
    expect(existsSync(join(box.dir, '_posts', name))).toBe(false)
  })

  it('reports a file in the way of assets/wordclouds/ without naming the disk path', async () => {
    await writeFile(join(box.dir, 'assets'), 'not a folder')
    const before = await snapshot(box.dir)
    const error = await run('_posts/2025-11-11-ai-daily.md').catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'EXISTS' })
    expect((error as Error).message).toContain('assets/wordclouds')
    expect((error as Error).message).not.toContain(box.dir)
    expect(await snapshot(box.dir)).toEqual(before)
  })

  it('keeps a root-relative link as written and writes where it points', async () => {
    const id = '_posts/2025-11-17-root-link.md'
    const before = await text(id)
    const result = await run(id)
    expect(result).toMatchObject({
      imagePath: 'assets/wordclouds/wordcloud_ev_20251117.jpg',
      link: '/reports/assets/wordclouds/wordcloud_ev_20251117.jpg',
      postChanged: false
    })
    expect(await text(id)).toBe(before)
  })

  // docs/BAD-INPUTS.md#bi-img-unpublished
  describe('with a link the published site would not resolve', () => {
    const id = '_posts/2025-11-14-relative-link.md'
    const name = 'wordcloud_open_source_20251114.jpg'
    const rule = 'assets/wordclouds/wordcloud_开源周报.jpg'

    it('is refused by default, naming the URL the site would request, and writes nothing', async () => {
      const before = await snapshot(box.dir)
      const error = await run(id).catch((e: unknown) => e)
      expect(error).toMatchObject({
        code: 'UNPUBLISHED_LINK',
        params: {
          link: name,
          url: `/reports/2025/11/14/relative-link/${name}`,
          rule
        }
      })
      expect((error as Error).message).toContain(`/reports/2025/11/14/relative-link/${name}`)
      expect(await snapshot(box.dir)).toEqual(before)
    })

    it("moves the link to the folder's rule with link: move", async () => {
      const before = await text(id)
      const result = await run(id, fakeJpeg(), { link: 'move' })
      expect(result).toMatchObject({
        imagePath: rule,
        link: `/reports/${rule}`,
        postChanged: true,
        movedFrom: name
      })
      expect(await text(id)).toBe(before.replace(`(${name})`, `(/reports/${rule})`))
      expect(await bytesOf(rule)).toEqual(fakeJpeg())
      expect(existsSync(join(box.dir, '_posts', name))).toBe(false)
    })

    it('writes where the link points with link: keep and leaves the post untouched', async () => {
      const before = await text(id)
      const result = await run(id, fakeJpeg(), { link: 'keep' })
      expect(result).toMatchObject({ imagePath: `_posts/${name}`, link: name, postChanged: false })
      expect(result.movedFrom).toBeUndefined()
      expect(await text(id)).toBe(before)
      expect(existsSync(join(box.dir, '_posts', name))).toBe(true)
    })

    it('moves a link that names a PNG when a JPEG is exported, instead of refusing the type', async () => {
      await writeFile(join(box.dir, id), (await text(id)).replace(name, 'wordcloud_x.png'))
      const result = await run(id, fakeJpeg(), { link: 'move' })
      expect(result).toMatchObject({ imagePath: rule, movedFrom: 'wordcloud_x.png' })
    })
  })

  it('follows a link written with Liquid as before: it is not judged', async () => {
    const id = '_posts/2025-11-17-root-link.md'
    const link = '{{site.baseurl}}/assets/wordclouds/x.jpg'
    await writeFile(
      join(box.dir, id),
      (await text(id)).replace('/reports/assets/wordclouds/wordcloud_ev_20251117.jpg', link)
    )
    const result = await run(id)
    expect(result).toMatchObject({ link, postChanged: false })
  })
})
