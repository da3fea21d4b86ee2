import { mkdir, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppTrash, trashDays } from '@core/app-data/trash'
import type { CoreApi } from '@core/api'
import { stubCore } from '../stub-core'
import { codeOf, filesBelow, tempFolder, useTempFolders, writeFiles } from '../library/helpers'

useTempFolders()

const cores: CoreApi[] = []
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close()
})

/** A posts folder and a data folder side by side, and the core api with the folder open. */
async function setUp(
  files: Record<string, string | Uint8Array>,
  systemTrash?: (path: string) => Promise<void>
): Promise<{ folder: string; dataDir: string; api: CoreApi }> {
  const outer = await tempFolder('postcloud-trash-')
  const folder = join(outer, 'posts')
  const dataDir = join(outer, 'data')
  await writeFiles(folder, files)
  const api = stubCore(dataDir, systemTrash)
  cores.push(api)
  await api.openFolder(folder)
  return { folder, dataDir, api }
}

const bytes = Buffer.from('---\r\ntitle: 要删除的周报\r\n---\r\n\ufeff正文\r\n')

describe('deleting to the app trash', () => {
  it('round-trips: delete, list, restore, with identical bytes and mtime', async () => {
    const { folder, dataDir, api } = await setUp({ '_posts/2025-01-01-周报.md': bytes })
    const id = '_posts/2025-01-01-周报.md'
    const mtime = (await stat(join(folder, id))).mtimeMs
    const deleted = await api.deletePost(id)
    expect(deleted.id).toBe(id)
    expect(deleted.trashEntry).toMatch(/^[0-9a-z]+-[0-9a-f]{12}$/)
    expect(await filesBelow(folder)).toEqual([])
    expect(await filesBelow(join(dataDir, 'trash'))).toEqual([
      `${deleted.trashEntry}/2025-01-01-周报.md`,
      `${deleted.trashEntry}/entry.json`
    ])
    expect((await api.listPosts()).map((p) => p.id)).toEqual([])

    const [entry] = await api.listTrash()
    expect(entry).toMatchObject({ entry: deleted.trashEntry, id, folder: await realpath(folder) })
    expect(Date.parse(entry.deletedAt)).toBeGreaterThan(Date.now() - 60_000)

    const restored = await api.restoreFromTrash(entry.entry)
    expect(restored.id).toBe(id)
    expect((await readFile(join(folder, id))).equals(bytes)).toBe(true)
    expect((await stat(join(folder, id))).mtimeMs).toBe(mtime)
    expect(restored.stamp.hash).toBe((await api.readPost(id)).stamp.hash)
    expect(await api.listTrash()).toEqual([])
    expect(await readdir(join(dataDir, 'trash'))).toEqual([])
  })

  it('records the entry as the brief describes it', async () => {
    const { folder, dataDir, api } = await setUp({ 'a b.md': 'x' })
    const { trashEntry } = await api.deletePost('a b.md')
    const record = JSON.parse(
      await readFile(join(dataDir, 'trash', String(trashEntry), 'entry.json'), 'utf8')
    )
    expect(record).toEqual({
      id: 'a b.md',
      folder: await realpath(folder),
      deletedAt: expect.any(String),
      fileName: 'a b.md'
    })
  })

  it('lists newest first, and only the open folder’s entries', async () => {
    const { api, folder } = await setUp({ 'a.md': 'a', 'b.md': 'b' })
    const first = await api.deletePost('a.md')
    const second = await api.deletePost('b.md')
    const listed = (await api.listTrash()).map((e) => e.entry)
    expect(new Set(listed)).toEqual(new Set([first.trashEntry, second.trashEntry]))

    const other = join(folder, '..', 'other')
    await writeFiles(other, { 'c.md': 'c' })
    await api.openFolder(other)
    expect(await api.listTrash()).toEqual([])
    // Another folder's entry is refused, and stays in the trash.
    expect(await codeOf(api.restoreFromTrash(String(first.trashEntry)))).toBe('OUTSIDE_FOLDER')
    await api.openFolder(folder)
    expect(await api.listTrash()).toHaveLength(2)
  })

  it('refuses to restore over a post that took the name meanwhile', async () => {
    const { folder, api } = await setUp({ 'a.md': 'old' })
    const { trashEntry } = await api.deletePost('a.md')
    await writeFile(join(folder, 'a.md'), 'new')
    expect(await codeOf(api.restoreFromTrash(String(trashEntry)))).toBe('EXISTS')
    expect(await readFile(join(folder, 'a.md'), 'utf8')).toBe('new')
    expect(await api.listTrash()).toHaveLength(1)
  })

  it('recreates folders that were removed since, inside the folder', async () => {
    const { folder, api } = await setUp({ 'deep/er/a.md': 'a' })
    const { trashEntry } = await api.deletePost('deep/er/a.md')
    await rm(join(folder, 'deep'), { recursive: true })
    await api.restoreFromTrash(String(trashEntry))
    expect(await readFile(join(folder, 'deep/er/a.md'), 'utf8')).toBe('a')
  })

  it.each([
    ['a traversal', '../../etc', 'INVALID_ARGUMENT'],
    ['an absolute path', '/tmp/x', 'INVALID_ARGUMENT'],
    ['a name with a slash', 'abc-0123456789ab/../x', 'INVALID_ARGUMENT'],
    ['a non-string', 42, 'INVALID_ARGUMENT'],
    ['an unknown entry', 'zzz-0123456789ab', 'NOT_FOUND']
  ])('refuses to restore %s', async (_label, entry, code) => {
    const { api } = await setUp({ 'a.md': 'a' })
    expect(await codeOf(api.restoreFromTrash(entry as string))).toBe(code)
  })

  it.each([
    ['a missing post', 'missing.md', 'NOT_FOUND'],
    ['an id outside the folder', '../x.md', 'OUTSIDE_FOLDER'],
    ['a file that is not a post', 'notes.txt', 'INVALID_ARGUMENT'],
    ['a folder', 'dir.md', 'INVALID_ARGUMENT']
  ])('refuses to delete %s', async (_label, id, code) => {
    const { api } = await setUp({ 'a.md': 'a', 'notes.txt': 'n', 'dir.md/x.md': 'x' })
    expect(await codeOf(api.deletePost(id))).toBe(code)
    expect(await api.listTrash()).toEqual([])
  })

  it('never puts the trash inside the posts folder', async () => {
    // The writer opened a folder that holds the app's data folder.
    const outer = await tempFolder('postcloud-trash-')
    const dataDir = join(outer, 'data')
    await writeFiles(outer, { 'a.md': 'a' })
    const api = stubCore(dataDir)
    cores.push(api)
    await api.openFolder(outer)
    expect(await codeOf(api.deletePost('a.md'))).toBe('INVALID_ARGUMENT')
    expect(await readFile(join(outer, 'a.md'), 'utf8')).toBe('a')
    expect(await readdir(dataDir)).not.toContain('trash')
  })

  it('hands the file to the system trash when the host has one', async () => {
    const trashed: string[] = []
    const { folder, api, dataDir } = await setUp({ 'a.md': 'a' }, async (path) => {
      trashed.push(path)
      await rm(path)
    })
    expect(await api.deletePost('a.md')).toEqual({ id: 'a.md', trashEntry: null })
    expect(trashed).toEqual([join(folder, 'a.md')])
    expect(await readdir(dataDir)).not.toContain('trash')
  })

  it('reports a failing system trash and keeps the post', async () => {
    const { folder, api } = await setUp({ 'a.md': 'a' }, async () => {
      throw new Error('Trash is not available')
    })
    expect(await codeOf(api.deletePost('a.md'))).toBe('INTERNAL')
    expect(await readFile(join(folder, 'a.md'), 'utf8')).toBe('a')
  })
})

describe('AppTrash', () => {
  it(`prunes entries older than ${trashDays} days when listing, of any folder`, async () => {
    const dataDir = await tempFolder()
    const folder = await tempFolder()
    let now = Date.parse('2025-01-01T00:00:00Z')
    const trash = new AppTrash(dataDir, () => now)
    await writeFiles(folder, { 'a.md': 'a', 'b.md': 'b' })
    const old = await trash.put('/some/other/folder', 'a.md', join(folder, 'a.md'))
    now += 20 * 86_400_000
    const recent = await trash.put(folder, 'b.md', join(folder, 'b.md'))
    now += 11 * 86_400_000
    expect((await trash.list(folder)).map((e) => e.entry)).toEqual([recent])
    expect(await readdir(join(dataDir, 'trash'))).toEqual([recent])
    expect(old).not.toBe(recent)
  })

  it('skips entries whose record is missing or malformed, and leaves them alone', async () => {
    const dataDir = await tempFolder()
    const folder = await tempFolder()
    const trash = new AppTrash(dataDir)
    const bad = join(dataDir, 'trash', 'abc-0123456789ab')
    await mkdir(bad, { recursive: true })
    await writeFile(join(bad, 'entry.json'), '{"id": "../../x.md", "folder": 1}')
    const worse = join(dataDir, 'trash', 'abd-0123456789ab')
    await mkdir(worse, { recursive: true })
    await writeFile(join(worse, 'entry.json'), 'not json')
    expect(await trash.list(folder)).toEqual([])
    expect(await codeOf(trash.take('abc-0123456789ab', folder))).toBe('NOT_FOUND')
    expect((await readdir(join(dataDir, 'trash'))).sort()).toEqual([
      'abc-0123456789ab',
      'abd-0123456789ab'
    ])
  })
})
