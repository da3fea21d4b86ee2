import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportCloud, readManifest } from '@core/assets'
import {
  cloudStatus,
  cloudTextHash,
  readCloudSettings,
  updateCloudOptions,
  updateFolderCloudSettings
} from '@core/cloud'
import { checkCloudOptions, defaultCloudOptions } from '@shared/cloud/options'
import type { CloudOptions } from '@shared/cloud/options'
import { codeOf, fakeJpeg, openFixture, snapshot } from './helpers'
import type { Folder } from './helpers'

const now = (): Date => new Date('2025-12-24T04:00:00.000Z')
const b64 = (bytes: Buffer): string => bytes.toString('base64')
const options: CloudOptions = { ...defaultCloudOptions, seed: 7, palette: 'ocean' }
let f: Folder

afterEach(async () => {
  await f.dispose()
})

async function exportWith(
  id: string,
  cloud?: CloudOptions,
  seed = 1
): ReturnType<typeof exportCloud> {
  return exportCloud(f.store, id, b64(fakeJpeg(seed)), cloud ? { cloud } : {}, { now })
}

async function stateOf(id: string): Promise<[string, string | null]> {
  const status = await cloudStatus(f.store, id, { now: now() })
  return [status.state, status.reason]
}

async function edit(id: string, change: (raw: string) => string): Promise<void> {
  const post = await f.store.read(id)
  await f.store.save(id, change(post.raw), post.stamp)
}

describe('exporting with options', () => {
  it('remembers them for the post and records what the image was drawn from', async () => {
    f = await openFixture('plain')
    const result = await exportWith('weekly.md', options)
    expect(result.imagePath).toBe('wordcloud_团队周报.jpg')
    const manifest = await readManifest(await f.store.resolve('.postcloud/clouds.json'))
    const post = await f.store.read('weekly.md')
    expect(manifest.images['wordcloud_团队周报.jpg']).toMatchObject({
      post: 'weekly.md',
      source: {
        textHash: cloudTextHash(post.raw, post.raw.length - post.body.length),
        optionsHash: expect.stringMatching(/^[0-9a-f]{64}$/)
      }
    })
    const settings = await readCloudSettings(f.dir)
    expect(settings.optionsFor('weekly.md')).toEqual({ options, remembered: true })
  })

  it('names the image with the folder’s pattern (a Jekyll site, {date} and {slug})', async () => {
    f = await openFixture('site')
    await updateFolderCloudSettings(f.store, { pattern: '{date}_{slug}' })
    const result = await exportWith('_posts/2025-11-11-ai-daily.md', options)
    expect(result).toMatchObject({
      imagePath: 'assets/wordclouds/20251111_ai-daily.jpg',
      link: '/blog/assets/wordclouds/20251111_ai-daily.jpg'
    })
  })

  it('refuses bad options and a corrupt cloud.json before writing anything', async () => {
    f = await openFixture('plain')
    const before = await snapshot(f.dir)
    const bad = { ...options, rotation: 'wild' } as unknown as CloudOptions
    expect(await codeOf(exportWith('weekly.md', bad))).toBe('INVALID_ARGUMENT')
    expect(await snapshot(f.dir)).toEqual(before)

    await f.write('.postcloud/cloud.json', '{"version": 1, "posts": {')
    const corrupt = await snapshot(f.dir)
    expect(await codeOf(exportWith('weekly.md', options))).toBe('CONFLICT')
    expect(await codeOf(exportWith('weekly.md'))).toBe('CONFLICT')
    expect(await snapshot(f.dir)).toEqual(corrupt)
  })
})

describe('cloudStatus', () => {
  it('follows a post from missing to fresh, stale and fresh again', async () => {
    f = await openFixture('plain')
    const id = 'weekly.md'
    expect(await cloudStatus(f.store, id, { now: now() })).toEqual({
      state: 'missing',
      reason: 'no-image',
      imagePath: 'wordcloud_团队周报.jpg',
      linked: false
    })

    await exportWith(id, options)
    expect((await cloudStatus(f.store, id, { now: now() })).linked).toBe(true)
    expect(await stateOf(id)).toEqual(['fresh', null])

    await edit(id, (raw) => raw.replace('下周继续', '下周还要'))
    expect(await stateOf(id)).toEqual(['stale', 'text-changed'])
    await exportWith(id, options, 2)
    expect(await stateOf(id)).toEqual(['fresh', null])

    await updateCloudOptions(f.store, id, { seed: 8 })
    expect(await stateOf(id)).toEqual(['stale', 'options-changed'])
    // Options the caller is about to draw with count instead of the remembered ones.
    expect((await cloudStatus(f.store, id, { options, now: now() })).state).toBe('fresh')
    await exportWith(id, checkCloudOptions({ seed: 8 }, options), 3)
    expect(await stateOf(id)).toEqual(['fresh', null])

    await f.write('wordcloud_团队周报.jpg', fakeJpeg(99))
    expect(await stateOf(id)).toEqual(['stale', 'image-changed'])
  })

  it('says missing when the image is gone or not ours, stale when no source was recorded', async () => {
    f = await openFixture('plain')
    await exportWith('notes.md')
    expect(await stateOf('notes.md')).toEqual(['stale', 'no-source'])

    await exportWith('weekly.md', options)
    await rm(join(f.dir, 'wordcloud_团队周报.jpg'))
    expect(await stateOf('weekly.md')).toEqual(['missing', 'image-gone'])

    // A file the writer made where the cloud would go is not Postcloud's.
    await f.write('wordcloud_团队周报.jpg', fakeJpeg(5))
    await f.write('.postcloud/clouds.json', '{"version": 1, "images": {}}')
    expect(await stateOf('weekly.md')).toEqual(['missing', 'not-ours'])
  })

  it('a malformed source in the manifest counts as no source', async () => {
    f = await openFixture('plain')
    await exportWith('weekly.md', options)
    const manifest = JSON.parse(await f.text('.postcloud/clouds.json')) as {
      images: Record<string, { source: unknown }>
    }
    manifest.images['wordcloud_团队周报.jpg'].source = { textHash: 'x', optionsHash: 1 }
    await f.write('.postcloud/clouds.json', JSON.stringify(manifest))
    expect(await stateOf('weekly.md')).toEqual(['stale', 'no-source'])
  })
})
