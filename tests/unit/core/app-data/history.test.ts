import { chmod, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LocalHistory } from '@core/app-data/history'
import { historyMaxDays, historyMaxVersions } from '@core/app-data/history-index'
import { gbkBytes } from '../library/helpers'
import { codeOf, postPath, setup, tempFolder, useRecoveryTemps } from './helpers'

useRecoveryTemps()

const day = 86_400_000
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('LocalHistory', () => {
  it(`keeps the last ${historyMaxVersions} versions, newest first`, async () => {
    let now = Date.parse('2025-01-01T00:00:00Z')
    const history = new LocalHistory(await tempFolder(), () => now)
    for (let n = 0; n < historyMaxVersions + 5; n += 1) {
      now += 1000
      await history.keep('/posts', 'a.md', bytesOf(`version ${n}`))
    }
    const entries = await history.list('/posts', 'a.md')
    expect(entries).toHaveLength(historyMaxVersions)
    expect(await history.read('/posts', 'a.md', entries[0].version)).toBe('version 54')
    expect(await history.read('/posts', 'a.md', entries.at(-1)!.version)).toBe('version 5')
    const times = entries.map((e) => Date.parse(e.savedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it(`drops versions older than ${historyMaxDays} days, files and all`, async () => {
    const dataDir = await tempFolder()
    let now = Date.parse('2025-01-01T00:00:00Z')
    const history = new LocalHistory(dataDir, () => now)
    await history.keep('/posts', 'a.md', bytesOf('old'))
    now += 60 * day
    await history.keep('/posts', 'a.md', bytesOf('newer'))
    now += 31 * day
    expect((await history.list('/posts', 'a.md')).map((e) => e.size)).toEqual([5])
    await history.sweep('/posts')
    const files = await readdir(join(dataDir, 'history'), { recursive: true })
    expect(files.filter((f) => /-[0-9a-f]{8}$/.test(f))).toHaveLength(1)
    now += 90 * day
    await history.sweep('/posts')
    expect(await history.list('/posts', 'a.md')).toEqual([])
    expect(await readdir(join(dataDir, 'history'), { recursive: true })).toHaveLength(1)
  })

  it('adds nothing when the bytes equal the newest kept version', async () => {
    const history = new LocalHistory(await tempFolder())
    expect(await history.keep('/posts', 'a.md', bytesOf('same'))).not.toBeNull()
    expect(await history.keep('/posts', 'a.md', bytesOf('same'))).toBeNull()
    expect(await history.list('/posts', 'a.md')).toHaveLength(1)
  })

  it('refuses versions of other posts and of other folders, and malformed ones', async () => {
    const history = new LocalHistory(await tempFolder())
    const version = (await history.keep('/posts', 'a.md', bytesOf('a')))!
    await history.keep('/posts', 'b.md', bytesOf('b'))
    expect(await history.read('/posts', 'a.md', version)).toBe('a')
    expect(await codeOf(history.read('/posts', 'b.md', version))).toBe('NOT_FOUND')
    expect(await codeOf(history.read('/other', 'a.md', version))).toBe('NOT_FOUND')
    for (const bad of ['../index.json', 'index.json', '']) {
      expect(await codeOf(history.read('/posts', 'a.md', bad))).toBe('INVALID_ARGUMENT')
    }
    expect(await codeOf(history.list('/posts', '../a.md'))).toBe('OUTSIDE_FOLDER')
  })

  it('merges a moved history into the one already kept under the new id', async () => {
    let now = Date.parse('2025-01-01T00:00:00Z')
    const history = new LocalHistory(await tempFolder(), () => now)
    await history.keep('/posts', 'deleted.md', bytesOf('of the deleted post'))
    now += 1000
    await history.keep('/posts', 'a.md', bytesOf('a1'))
    now += 1000
    await history.keep('/posts', 'a.md', bytesOf('a2'))
    await history.move('/posts', 'a.md', 'deleted.md')
    const entries = await history.list('/posts', 'deleted.md')
    const texts = await Promise.all(
      entries.map((e) => history.read('/posts', 'deleted.md', e.version))
    )
    expect(texts).toEqual(['a2', 'a1', 'of the deleted post'])
    expect(await history.list('/posts', 'a.md')).toEqual([])
  })

  it('refuses a version whose file was damaged', async () => {
    const dataDir = await tempFolder()
    const history = new LocalHistory(dataDir)
    const version = (await history.keep('/posts', 'a.md', bytesOf('text')))!
    const file = (await readdir(join(dataDir, 'history'), { recursive: true })).find((f) =>
      f.endsWith(version)
    )!
    await writeFile(join(dataDir, 'history', file), 'changed')
    expect(await codeOf(history.read('/posts', 'a.md', version))).toBe('NOT_FOUND')
  })
})

const crlfBom = '\ufeff---\r\ntitle: 周报\r\n---\r\n正文\r\n没有结尾换行'

describe('the local history of saves', () => {
  it('keeps the exact bytes each save replaced, BOM and CRLF included', async () => {
    const { dataDir, folder, api } = await setup({ 'a.md': crlfBom })
    const post = await api.readPost('a.md')
    const first = await api.savePost('a.md', post.raw + '\r\n第二版', post.stamp)
    await api.savePost('a.md', post.raw + '\r\n第三版', first)
    const entries = await api.listHistory('a.md')
    expect(entries).toHaveLength(2)
    expect(await api.readHistoryVersion('a.md', entries[1].version)).toBe(post.raw)
    expect(await api.readHistoryVersion('a.md', entries[0].version)).toBe(post.raw + '\r\n第二版')
    expect(entries[1].size).toBe(Buffer.byteLength(crlfBom))
    // The kept file is byte for byte what was on disk, the BOM included.
    const kept = await historyFile(dataDir, entries[1].version)
    expect(kept.equals(Buffer.from(crlfBom))).toBe(true)
    expect(await readFile(postPath(folder, 'a.md'), 'utf8')).toBe(`${crlfBom}\r\n第三版`)
  })

  it('adds nothing for a save that changes nothing, and for a new post', async () => {
    const { api } = await setup({ 'a.md': 'text\n' })
    const post = await api.readPost('a.md')
    await api.savePost('a.md', post.raw, post.stamp)
    await api.savePost('new.md', 'new\n', null)
    expect(await api.listHistory('a.md')).toEqual([])
    expect(await api.listHistory('new.md')).toEqual([])
  })

  it('keeps the version a front matter edit replaced; an edit that changes nothing adds none', async () => {
    const { api } = await setup({ 'a.md': '---\ntitle: 旧\n# 注释\n---\n正文\n' })
    const post = await api.readPost('a.md')
    const same = await api.updateFrontMatter('a.md', { title: '旧' }, post.stamp)
    expect(await api.listHistory('a.md')).toEqual([])
    await api.updateFrontMatter('a.md', { title: '新' }, same.stamp)
    const [entry] = await api.listHistory('a.md')
    expect(await api.readHistoryVersion('a.md', entry.version)).toBe(post.raw)
  })

  it('leaves no version for a save that failed', async () => {
    const { folder, api } = await setup({ 'a.md': 'one\n' })
    const post = await api.readPost('a.md')
    await writeFile(postPath(folder, 'a.md'), 'changed elsewhere\n')
    expect(await codeOf(api.savePost('a.md', 'mine\n', post.stamp))).toBe('CONFLICT')
    expect(await api.listHistory('a.md')).toEqual([])
    const fresh = await api.readPost('a.md')
    await chmod(postPath(folder, 'a.md'), 0o444)
    expect(await codeOf(api.savePost('a.md', 'mine\n', fresh.stamp))).toBe('READ_ONLY')
    expect(await api.listHistory('a.md')).toEqual([])
  })

  it('saves even when the history cannot be written, and logs why', async () => {
    const { dataDir, api } = await setup({ 'a.md': 'one\n' })
    // A file where the history folder should be: every history write fails.
    await writeFile(join(dataDir, 'history'), 'in the way')
    const post = await api.readPost('a.md')
    const stamp = await api.savePost('a.md', 'two\n', post.stamp)
    expect((await api.readPost('a.md')).stamp).toEqual(stamp)
    expect(await readFile(join(dataDir, 'logs', 'recovery.log'), 'utf8')).toMatch(
      /ERROR Could not keep the previous version of "a\.md"/
    )
  })

  it('moves the history with a renamed post and keeps it for a deleted one', async () => {
    const { api } = await setup({ 'old name.md': 'one\n', 'b.md': 'b\n' })
    const post = await api.readPost('old name.md')
    await api.savePost('old name.md', 'two\n', post.stamp)
    const renamed = await api.renamePost('old name.md', '新名字.md')
    expect(await api.listHistory('old name.md')).toEqual([])
    const [entry] = await api.listHistory('新名字.md')
    expect(await api.readHistoryVersion('新名字.md', entry.version)).toBe('one\n')
    expect(renamed.id).toBe('新名字.md')
    await api.deletePost('新名字.md')
    expect(await api.listHistory('新名字.md')).toHaveLength(1)
  })

  it('keeps the GBK original of a post converted to UTF-8', async () => {
    const { api } = await setup({ 'gbk.md': gbkBytes })
    const post = await api.readPost('gbk.md')
    await api.convertToUtf8('gbk.md', post.stamp)
    const [entry, ...more] = await api.listHistory('gbk.md')
    expect(more).toEqual([])
    expect(entry.size).toBe(gbkBytes.length)
    expect(await api.readHistoryVersion('gbk.md', entry.version)).toBe(post.raw)
    expect(post.raw).toContain('中文报告')
  })

  it('keeps folders apart', async () => {
    const a = await setup({ '_posts/x.md': 'a1\n' })
    const post = await a.api.readPost('_posts/x.md')
    await a.api.savePost('_posts/x.md', 'a2\n', post.stamp)
    const b = await setup({ '_posts/x.md': 'b1\n' })
    expect(await b.api.listHistory('_posts/x.md')).toEqual([])
  })
})

/** The bytes of a kept version, found by its name in the data folder's history. */
async function historyFile(dataDir: string, version: string): Promise<Buffer> {
  const files = await readdir(join(dataDir, 'history'), { recursive: true })
  const file = files.find((name) => name.endsWith(version))
  if (!file) throw new Error(`no file for version ${version}`)
  return readFile(join(dataDir, 'history', file))
}
