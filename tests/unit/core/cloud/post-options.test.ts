import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getCloudSettings, readCloudSettings, seedForPost, updateCloudOptions } from '@core/cloud'
import { defaultCloudOptions } from '@shared/cloud/options'
import { codeOf, messageOf, openFixture } from './helpers'
import type { Folder } from './helpers'

const settingsFile = '.postcloud/cloud.json'
let f: Folder

beforeEach(async () => {
  f = await openFixture('plain')
})
afterEach(async () => {
  await f.dispose()
})

describe('a post’s cloud options', () => {
  it('are the defaults with a seed of the post’s own while nothing is remembered', async () => {
    const settings = await getCloudSettings(f.store, 'weekly.md')
    expect(settings).toEqual({
      options: { ...defaultCloudOptions, seed: seedForPost('weekly.md') },
      remembered: false,
      folder: {
        pattern: 'wordcloud_{title}',
        edits: { merge: {}, rename: {} },
        rules: { split: [], boilerplate: true }
      }
    })
    // Stable across calls and machines, different per post, within the seed's range.
    expect(seedForPost('weekly.md')).toBe(seedForPost('weekly.md'))
    expect(seedForPost('notes.md')).not.toBe(seedForPost('weekly.md'))
    for (const id of ['a.md', '_posts/2025-11-11-x.md', '周报.md']) {
      expect(seedForPost(id)).toBeGreaterThanOrEqual(0)
      expect(seedForPost(id)).toBeLessThanOrEqual(2 ** 31 - 1)
    }
    expect(await f.exists(settingsFile)).toBe(false)
  })

  it('need the post to exist inside the folder', async () => {
    expect(await codeOf(getCloudSettings(f.store, 'missing.md'))).toBe('NOT_FOUND')
    expect(await codeOf(getCloudSettings(f.store, '../outside.md'))).toBe('OUTSIDE_FOLDER')
    expect(await codeOf(updateCloudOptions(f.store, 'missing.md', { seed: 3 }))).toBe('NOT_FOUND')
    expect(await f.exists(settingsFile)).toBe(false)
  })

  it('are merged with the changes, remembered under the post id and read back', async () => {
    const first = await updateCloudOptions(f.store, 'weekly.md', { maxWords: 120, seed: 7 })
    expect(first).toEqual({ ...defaultCloudOptions, maxWords: 120, seed: 7 })
    const second = await updateCloudOptions(f.store, 'weekly.md', { palette: 'ocean' })
    expect(second).toEqual({ ...first, palette: 'ocean' })
    expect(await getCloudSettings(f.store, 'weekly.md')).toMatchObject({
      options: second,
      remembered: true
    })
    const stored = JSON.parse(await f.text(settingsFile)) as Record<string, unknown>
    expect(stored).toEqual({
      version: 1,
      pattern: 'wordcloud_{title}',
      edits: { merge: {}, rename: {} },
      posts: { 'weekly.md': second }
    })
    // Another post is untouched by it.
    expect((await getCloudSettings(f.store, 'notes.md')).remembered).toBe(false)
    expect((await readCloudSettings(f.dir)).optionsFor('weekly.md').options).toEqual(second)
  })

  it.each([
    [{ width: 50 }, 'width'],
    [{ maxWords: 1.5 }, 'maxWords'],
    [{ palette: 'neon' }, 'palette'],
    [{ background: 'white' }, 'background'],
    [{ shape: 'mask' }, 'mask'],
    [{ colour: '#ffffff' }, 'colour'],
    [{ scale: 3 }, 'scale']
  ])('refuse %j, naming %s, and change nothing', async (changes, key) => {
    await updateCloudOptions(f.store, 'weekly.md', { seed: 5 })
    const before = await f.text(settingsFile)
    const message = await messageOf(updateCloudOptions(f.store, 'weekly.md', changes as never))
    expect(message).toContain(key)
    expect(await f.text(settingsFile)).toBe(before)
  })

  it('concurrent updates of different posts are all kept', async () => {
    await Promise.all([
      updateCloudOptions(f.store, 'weekly.md', { seed: 11 }),
      updateCloudOptions(f.store, 'notes.md', { seed: 12 }),
      updateCloudOptions(f.store, 'weekly.md', { maxWords: 50 })
    ])
    const view = await readCloudSettings(f.dir)
    expect(view.optionsFor('weekly.md').options).toMatchObject({ seed: 11, maxWords: 50 })
    expect(view.optionsFor('notes.md').options.seed).toBe(12)
  })
})

describe('a damaged .postcloud/cloud.json', () => {
  it.each([
    ['not JSON', '{ "version": 1, "posts": {'],
    ['a git merge conflict', '<<<<<<< HEAD\n{"version": 1}\n=======\n{}\n>>>>>>> theirs\n'],
    ['not an object', '[1, 2]'],
    ['a newer version', '{"version": 2, "posts": {}}'],
    ['posts not an object', '{"version": 1, "posts": []}']
  ])('(%s) reads as defaults and is never overwritten by an update', async (_, content) => {
    await f.write(settingsFile, content)
    const settings = await getCloudSettings(f.store, 'weekly.md')
    expect(settings.remembered).toBe(false)
    expect(settings.folder.pattern).toBe('wordcloud_{title}')
    expect((await readCloudSettings(f.dir)).problem).toEqual(expect.any(String))

    const update = updateCloudOptions(f.store, 'weekly.md', { seed: 3 })
    const message = await messageOf(update)
    expect(message).toContain('.postcloud/cloud.json')
    expect(await codeOf(updateCloudOptions(f.store, 'weekly.md', { seed: 3 }))).toBe('CONFLICT')
    expect(await f.text(settingsFile)).toBe(content)
  })

  it('a bad entry costs only its own post its options; the entry is kept as it was', async () => {
    const good = { ...defaultCloudOptions, seed: 42 }
    const bad = { ...defaultCloudOptions, width: 'wide' }
    await f.write(
      settingsFile,
      JSON.stringify({
        version: 1,
        pattern: 'cloud_{slug}',
        edits: { merge: { AI模型: '模型', '': 'x' }, rename: { ai: 'AI' } },
        posts: { 'weekly.md': bad, 'notes.md': good },
        team: { note: 'kept' }
      })
    )
    const weekly = await getCloudSettings(f.store, 'weekly.md')
    expect(weekly).toMatchObject({ remembered: false, options: { seed: seedForPost('weekly.md') } })
    expect(weekly.folder).toEqual({
      pattern: 'cloud_{slug}',
      edits: { merge: { AI模型: '模型' }, rename: { ai: 'AI' } },
      rules: { split: [], boilerplate: true }
    })
    expect(await getCloudSettings(f.store, 'notes.md')).toMatchObject({
      remembered: true,
      options: good
    })

    await updateCloudOptions(f.store, 'notes.md', { seed: 43 })
    const stored = JSON.parse(await f.text(settingsFile)) as Record<string, Record<string, unknown>>
    expect(stored.posts['weekly.md']).toEqual(bad)
    expect(stored.posts['notes.md']).toEqual({ ...good, seed: 43 })
    expect(stored.team).toEqual({ note: 'kept' })

    // The broken post's own update replaces its entry with a whole, valid one.
    await updateCloudOptions(f.store, 'weekly.md', { seed: 44 })
    expect((await getCloudSettings(f.store, 'weekly.md')).options).toEqual({
      ...defaultCloudOptions,
      seed: 44
    })
  })

  it('an invalid pattern in the file reads as the default', async () => {
    await f.write(settingsFile, JSON.stringify({ version: 1, pattern: '../{title}' }))
    expect((await getCloudSettings(f.store, 'weekly.md')).folder.pattern).toBe('wordcloud_{title}')
  })
})
