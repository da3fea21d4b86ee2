import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CoreApi } from '@core/api'
import { readManifest } from '@core/assets'
import { cloudStatus, readCloudSettings } from '@core/cloud'
import { defaultCloudOptions } from '@shared/cloud/options'
import { stubCore } from '../stub-core'
import { fakeJpeg, openFixture, snapshot } from './helpers'
import type { Folder } from './helpers'

const b64 = (bytes: Buffer): string => bytes.toString('base64')
const cloud = { ...defaultCloudOptions, seed: 9 }

let f: Folder
let api: CoreApi
let trashed: string[]

async function open(name: 'plain' | 'site', systemTrash = false): Promise<void> {
  f = await openFixture(name)
  trashed = []
  const trash = async (path: string): Promise<void> => void trashed.push(path)
  api = stubCore(resolve(f.dir, '..', 'data'), systemTrash ? trash : undefined)
  await api.openFolder(f.dir)
}

afterEach(async () => {
  await api.close()
  await f.dispose()
})

async function manifestImages(): Promise<Record<string, { post: string }>> {
  return (await readManifest(join(f.dir, '.postcloud/clouds.json'))).images
}

async function rememberedPosts(): Promise<string[]> {
  const file = JSON.parse(await f.text('.postcloud/cloud.json')) as { posts: object }
  return Object.keys(file.posts)
}

describe('renaming a post', () => {
  it('moves a cloud named by the pattern, with its link, records and options', async () => {
    await open('site')
    await api.updateFolderCloudSettings({ pattern: '{date}_{slug}' })
    const oldId = '_posts/2025-11-11-ai-daily.md'
    await api.exportCloud(oldId, b64(fakeJpeg()), { cloud })
    const renamed = await api.renamePost(oldId, '2025-11-11-ai-news.md')

    expect(renamed.id).toBe('_posts/2025-11-11-ai-news.md')
    expect(await f.exists('assets/wordclouds/20251111_ai-daily.jpg')).toBe(false)
    expect((await f.bytes('assets/wordclouds/20251111_ai-news.jpg')).equals(fakeJpeg())).toBe(true)
    const post = await api.readPost(renamed.id)
    expect(post.raw).toContain('![词云图](/blog/assets/wordclouds/20251111_ai-news.jpg)')
    expect(post.raw).not.toContain('ai-daily')
    // The answer's stamp is the file's, so the window's next save is no conflict.
    expect(renamed.stamp).toEqual(post.stamp)
    expect(await manifestImages()).toEqual({
      'assets/wordclouds/20251111_ai-news.jpg': expect.objectContaining({ post: renamed.id })
    })
    expect(await rememberedPosts()).toEqual([renamed.id])
    expect((await api.getCloudSettings(renamed.id)).options).toEqual(cloud)
    expect((await cloudStatus(f.store, renamed.id)).state).toBe('fresh')
  })

  it('keeps a {title} cloud where it is (the title did not change) and follows with the records', async () => {
    await open('plain')
    await api.exportCloud('weekly.md', b64(fakeJpeg()), { cloud })
    const before = await f.text('weekly.md')
    const renamed = await api.renamePost('weekly.md', 'weekly-2025-12-01.md')
    expect(await f.text(renamed.id)).toBe(before)
    expect(await f.exists('wordcloud_团队周报.jpg')).toBe(true)
    expect(await manifestImages()).toEqual({
      'wordcloud_团队周报.jpg': expect.objectContaining({ post: renamed.id })
    })
    expect(await rememberedPosts()).toEqual([renamed.id])
    expect((await cloudStatus(f.store, renamed.id)).state).toBe('fresh')
  })

  it('uses the export day for {date} of an undated post', async () => {
    await open('plain')
    await api.updateFolderCloudSettings({ pattern: 'cloud_{date}_{slug}' })
    const exported = await api.exportCloud('notes.md', b64(fakeJpeg()), { cloud })
    const day = /cloud_(\d{8})_notes\.jpg/.exec(exported.imagePath)?.[1]
    expect(day).toBeDefined()
    await api.renamePost('notes.md', 'jottings.md')
    expect(await f.exists(`cloud_${day}_jottings.jpg`)).toBe(true)
    expect(await f.text('jottings.md')).toContain(`![词云图](cloud_${day}_jottings.jpg)`)
  })

  it.each([
    [
      'the writer changed the image',
      async () => f.write('assets/wordclouds/20251111_ai-daily.jpg', fakeJpeg(7))
    ],
    [
      'the new name is taken',
      async () => f.write('assets/wordclouds/20251111_ai-news.jpg', fakeJpeg(8))
    ],
    [
      'the name no longer follows the pattern',
      async () => {
        await api.updateFolderCloudSettings({ pattern: 'wc_{slug}' })
      }
    ]
  ])('leaves the cloud and the link alone when %s', async (_, change) => {
    await open('site')
    await api.updateFolderCloudSettings({ pattern: '{date}_{slug}' })
    await api.exportCloud('_posts/2025-11-11-ai-daily.md', b64(fakeJpeg()), { cloud })
    await change()
    const images = await snapshot(join(f.dir, 'assets'))
    const before = await f.text('_posts/2025-11-11-ai-daily.md')
    const renamed = await api.renamePost('_posts/2025-11-11-ai-daily.md', '2025-11-11-ai-news.md')
    expect(await snapshot(join(f.dir, 'assets'))).toEqual(images)
    expect(await f.text(renamed.id)).toBe(before)
    expect(renamed.stamp).toEqual((await api.readPost(renamed.id)).stamp)
  })
})

describe('deleting a post', () => {
  it("sends the cloud Postcloud wrote to the post's trash entry; restoring the post brings both back", async () => {
    await open('plain')
    await api.exportCloud('weekly.md', b64(fakeJpeg()), { cloud })
    await api.exportCloud('notes.md', b64(fakeJpeg(2)), { cloud })
    const deleted = await api.deletePost('weekly.md')
    expect(await f.exists('weekly.md')).toBe(false)
    expect(await f.exists('wordcloud_团队周报.jpg')).toBe(false)
    // The records stay, so a restored post's image is still Postcloud's own, and its seed too.
    expect(Object.keys(await manifestImages()).sort()).toEqual(
      ['wordcloud_notes.jpg', 'wordcloud_团队周报.jpg'].sort()
    )
    expect((await rememberedPosts()).sort()).toEqual(['notes.md', 'weekly.md'])

    expect((await api.listTrash()).map((e) => e.id)).toEqual(['weekly.md'])
    await api.restoreFromTrash(String(deleted.trashEntry))
    expect((await f.bytes('wordcloud_团队周报.jpg')).equals(fakeJpeg())).toBe(true)
    expect(await api.listTrash()).toEqual([])
    // Exporting again replaces the restored image: it is still recorded as Postcloud's.
    await api.exportCloud('weekly.md', b64(fakeJpeg(4)), { cloud })
    expect((await f.bytes('wordcloud_团队周报.jpg')).equals(fakeJpeg(4))).toBe(true)
  })

  it('hands the cloud to the system trash when the host has one', async () => {
    await open('site', true)
    const id = '_posts/2025-11-11-ai-daily.md'
    const { imagePath } = await api.exportCloud(id, b64(fakeJpeg()), { cloud })
    await api.deletePost(id)
    expect(trashed).toEqual([join(f.dir, id), join(f.dir, imagePath)])
  })

  it('leaves an image the writer changed since, and a corrupt cloud.json, in place', async () => {
    await open('plain', true)
    await api.exportCloud('weekly.md', b64(fakeJpeg()), { cloud })
    await f.write('wordcloud_团队周报.jpg', fakeJpeg(3))
    await f.write('.postcloud/cloud.json', '{ broken')
    await api.deletePost('weekly.md')
    expect(trashed).toEqual([join(f.dir, 'weekly.md')])
    expect((await f.bytes('wordcloud_团队周报.jpg')).equals(fakeJpeg(3))).toBe(true)
    expect(await f.text('.postcloud/cloud.json')).toBe('{ broken')
    expect((await readCloudSettings(f.dir)).problem).toContain('JSON')
  })
})
