import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStartFolder } from '@core/app-data/start-folder'
import type { CoreApi } from '@core/api'
import { startCore } from '@core/start'
import { codeOf } from '../../../support/code-of'
import { sourceWorker } from '../../../support/source-worker'

const resourcesDir = resolve('resources')

function core(dataDir: string): CoreApi {
  return startCore({
    resourcesDir,
    dataDir,
    ...sourceWorker
  })
}

describe('the core api on the sample posts', () => {
  let temp: string
  let folder: string
  let api: CoreApi

  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'postcloud-core-'))
    folder = join(temp, 'posts')
    await cp(join(resourcesDir, 'sample-posts'), folder, { recursive: true })
    api = core(join(temp, 'data'))
  })
  afterAll(async () => {
    await api.close()
    await rm(temp, { recursive: true, force: true })
  })

  it('refuses post calls until a folder is open', async () => {
    expect(await codeOf(api.listPosts())).toBe('NO_FOLDER')
    expect(await api.currentFolder()).toBeNull()
  })

  it('opens a Jekyll folder, remembers it and lists its posts newest first', async () => {
    const info = await api.openFolder(folder)
    expect(info).toMatchObject({
      path: folder,
      jekyll: true,
      baseurl: '/reports',
      url: 'https://example.org'
    })
    expect(await api.recentFolders()).toEqual([folder])
    const posts = await api.listPosts()
    expect(posts.map((p) => p.id)).toEqual([
      '_drafts/2025-12-05-draft-weekly.md',
      '_posts/2025-12-02-macro-daily.md',
      '_posts/2025-11-30-reading-monthly.md',
      '_posts/2025-11-17-ev-market-weekly.md',
      '_posts/2025-11-14-open-source-weekly.md',
      '_posts/2025-11-11-twitter-ai-daily.md'
    ])
    expect(posts[0].draft).toBe(true)
    expect(posts[5]).toMatchObject({ title: 'AI 推特日报：多模态与智能体的一天', layout: 'post' })
    expect(posts[5].wordCount).toBeGreaterThan(1500)
  })

  it('reads and saves a post, and refuses a save over a changed file', async () => {
    const id = '_posts/2025-11-14-open-source-weekly.md'
    const post = await api.readPost(id)
    expect(post.frontMatter?.date).toBe('2025-11-14 20:10:45 +0800')
    const edited = post.raw + '\n补充一句。\n'
    const stamp = await api.savePost(id, edited, post.stamp)
    expect(await readFile(join(folder, id), 'utf8')).toBe(edited)
    expect(await codeOf(api.savePost(id, post.raw, post.stamp))).toBe('CONFLICT')
    await api.savePost(id, post.raw, stamp)
  })

  it('refuses ids that lead outside the folder', async () => {
    for (const id of ['../outside.md', '/etc/passwd', '%2e%2e%2fx.md']) {
      expect(await codeOf(api.readPost(id))).toBe('OUTSIDE_FOLDER')
    }
  })

  it('analyses text with the folder’s user dictionary', async () => {
    const post = await api.readPost('_posts/2025-11-11-twitter-ai-daily.md')
    const result = await api.analyzeText(post.raw, { top: 10 })
    expect(result.files).toBe(1)
    expect(result.words.map((w) => w.word)).toContain('多模态')
    expect(result.words.map((w) => w.word)).not.toContain('模态')
  })

  it('creates a post from the bundled report template under _posts/', async () => {
    const created = await api.createPost({
      title: '测试周报',
      now: '2025-11-20T02:00:00Z',
      utcOffsetMinutes: 480
    })
    expect(created.id).toBe('_posts/2025-11-20-测试周报.md')
    const text = await readFile(join(folder, created.id), 'utf8')
    expect(text).toContain('date: "2025-11-20 10:00:00 +0800"')
    expect(text).toContain('## 详细分析')
  })

  it('returns an unsubscribe function for library events', () => {
    const unsubscribe = api.onLibraryEvent(() => undefined)
    expect(typeof unsubscribe).toBe('function')
    unsubscribe()
  })
})

describe('the start folder', () => {
  it('copies the samples into the data folder on a first start, then reopens the last folder', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'postcloud-start-'))
    const dataDir = join(temp, 'data')
    const api = core(dataDir)
    try {
      const first = await openStartFolder(api, resourcesDir, dataDir)
      expect(first.path).toBe(join(dataDir, 'sample-posts'))
      await writeFile(join(first.path, 'mine.md'), '# 我的\n')
      const other = join(temp, 'other')
      await cp(join(resourcesDir, 'sample-posts'), other, { recursive: true })
      await api.openFolder(other)
      expect((await openStartFolder(api, resourcesDir, dataDir)).path).toBe(other)
      await rm(other, { recursive: true })
      // The last folder is gone: back to the samples copy, with the writer's file still there.
      const fallback = await openStartFolder(api, resourcesDir, dataDir)
      expect(fallback.path).toBe(first.path)
      expect((await api.listPosts()).map((p) => p.id)).toContain('mine.md')
    } finally {
      await api.close()
      await rm(temp, { recursive: true, force: true })
    }
  })
})
