import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreApi } from '@core/api'
import { invokeContract } from '@core/invoke'
import { startCore } from '@core/start'
import { codeOf } from '../../../support/code-of'
import { sourceWorker } from '../../../support/source-worker'
import { stubCore } from '../stub-core'

const samples = resolve('resources/sample-posts')
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])

describe('the authoring methods of the core api on the sample posts', () => {
  let temp: string
  let folder: string
  let api: CoreApi

  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'postcloud-authoring-'))
    folder = join(temp, 'posts')
    await cp(samples, folder, { recursive: true })
    api = stubCore(join(temp, 'data'))
  })
  afterAll(async () => {
    await api.close()
    await rm(temp, { recursive: true, force: true })
  })

  it('refuses folder methods until a folder is open, but has settings', async () => {
    const calls: Array<Promise<unknown>> = [
      api.renamePost('a.md', 'b.md'),
      api.deletePost('a.md'),
      api.listTrash(),
      api.restoreFromTrash('abc-0123456789ab'),
      api.searchPosts('AI'),
      api.saveImage('a.md', png.toString('base64'), 'x.png'),
      api.readAsset('x.png')
    ]
    for (const call of calls) expect(await codeOf(call)).toBe('NO_FOLDER')
    expect((await api.getSettings()).editorFontSize).toBe(15)
  })

  it('searches the samples in Chinese', async () => {
    await api.openFolder(folder)
    const hits = await api.searchPosts('智能体')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits[0].id).toBe('_posts/2025-11-11-twitter-ai-daily.md')
    expect(hits[0].snippet).toContain('智能体')
  })

  it('saves a pasted image under assets/ with the site’s baseurl and serves it back', async () => {
    const saved = await api.saveImage(
      '_posts/2025-11-11-twitter-ai-daily.md',
      `data:image/png;base64,${png.toString('base64')}`,
      '架构 图.png'
    )
    expect(saved).toEqual({
      path: 'assets/架构-图.png',
      link: `/reports/assets/${encodeURIComponent('架构-图.png')}`
    })
    const image = await api.readAsset(saved.path)
    expect(image.mime).toBe('image/png')
    expect(Buffer.from(image.bytes).equals(png)).toBe(true)
  })

  it('renames, deletes and restores a post', async () => {
    const id = '_posts/2025-11-14-open-source-weekly.md'
    const bytes = await readFile(join(folder, id))
    const renamed = await api.renamePost(id, '2025-11-14-开源周报.md')
    expect(renamed.id).toBe('_posts/2025-11-14-开源周报.md')
    const deleted = await api.deletePost(renamed.id)
    expect((await api.listPosts()).map((p) => p.id)).not.toContain(renamed.id)
    // The cloud Postcloud wrote for the post went into the post's trash entry, and comes back with it.
    const cloud = 'assets/wordclouds/wordcloud_open_source_20251108_20251114.jpg'
    const cloudBytes = await readFile(join(resolve('resources/sample-posts'), cloud))
    await expect(readFile(join(folder, cloud))).rejects.toThrow()
    expect((await api.listTrash()).map((e) => e.id)).toEqual([renamed.id])
    await api.restoreFromTrash(String(deleted.trashEntry))
    expect((await readFile(join(folder, renamed.id))).equals(bytes)).toBe(true)
    expect((await readFile(join(folder, cloud))).equals(cloudBytes)).toBe(true)
  })

  it('changes settings', async () => {
    expect(await api.updateSettings({ theme: 'dark' })).toMatchObject({ theme: 'dark' })
    // As a transport brings it: the argument table refuses it before the store is reached.
    expect(await invokeContract(api, 'updateSettings', [{ theme: 'neon' }])).toMatchObject({
      error: { code: 'INVALID_ARGUMENT' }
    })
    expect((await api.getSettings()).theme).toBe('dark')
  })
})

describe('startCore', () => {
  it('passes the host’s system trash through', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'postcloud-start-trash-'))
    const folder = join(temp, 'posts')
    await cp(samples, folder, { recursive: true })
    const trashed: string[] = []
    const api = startCore(
      { resourcesDir: resolve('resources'), dataDir: join(temp, 'data'), ...sourceWorker },
      { systemTrash: async (path) => void trashed.push(path) }
    )
    try {
      await api.openFolder(folder)
      const id = '_posts/2025-12-02-macro-daily.md'
      expect(await api.deletePost(id)).toEqual({ id, trashEntry: null })
      const cloud = 'assets/wordclouds/wordcloud_macro_20251202_20251202.jpg'
      expect(trashed).toEqual([join(folder, id), join(folder, cloud)])
    } finally {
      await api.close()
      await rm(temp, { recursive: true, force: true })
    }
  })
})
