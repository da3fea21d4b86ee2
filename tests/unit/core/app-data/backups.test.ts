import { randomUUID } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupStore } from '@core/app-data/backups'
import type { ProcessMark } from '@core/app-data/process-mark'
import type { FolderEvent } from '@shared/folder-events'
import { stubCore } from '../stub-core'
import { codeOf, coreOn, setup, tempFolder, useRecoveryTemps } from './helpers'

useRecoveryTemps()

const stamp = { mtimeMs: 1, size: 2, hash: 'a'.repeat(64) }

/** A store writing as a made-up process; `gone` decides which made-up processes have ended. */
function storeAs(dataDir: string, session: string, gone: Set<string>, now = Date.now): BackupStore {
  const mark: ProcessMark = { session, pid: 1_000_000 + session.length, started: session }
  return new BackupStore(dataDir, { mark, now, isGone: async (m) => gone.has(m.session) })
}

/** A window id as the window makes it, and the windows of these tests: none is open. */
const win = randomUUID()
const noWindowOpen = (): boolean => false

const onDisk = (texts: Record<string, string>) => async (id: string) => texts[id] ?? null

describe('BackupStore', () => {
  it('replaces a backup, lists it once its writer is gone, and forgets it on discard', async () => {
    const dataDir = await tempFolder()
    const gone = new Set<string>()
    const crashed = storeAs(dataDir, 'crashed', gone)
    const next = storeAs(dataDir, 'next', gone)
    await crashed.keep('/posts', 'a.md', 'first', null, win)
    await crashed.keep('/posts', 'a.md', 'second', stamp, win)
    expect(await next.recoverable('/posts', onDisk({}), noWindowOpen)).toEqual([])
    gone.add('crashed')
    const [buffer, ...more] = await next.recoverable('/posts', onDisk({}), noWindowOpen)
    expect(more).toEqual([])
    expect(buffer).toMatchObject({ id: 'a.md', text: 'second', base: stamp })
    expect(Date.parse(buffer.backedUpAt)).not.toBeNaN()
    await next.discard('/posts', 'a.md')
    expect(await next.recoverable('/posts', onDisk({}), noWindowOpen)).toEqual([])
    // No error for a backup that is not there.
    await next.discard('/posts', 'a.md')
  })

  it('collapses backups asked for while a write runs, and a discard after them wins', async () => {
    const dataDir = await tempFolder()
    const gone = new Set(['typing'])
    const typing = storeAs(dataDir, 'typing', gone)
    await Promise.all(
      ['a', 'ab', 'abc'].map((text) => typing.keep('/posts', 'a.md', text, null, win))
    )
    const texts = await storeAs(dataDir, 'later', gone).recoverable(
      '/posts',
      onDisk({}),
      noWindowOpen
    )
    expect(texts.map((b) => b.text)).toEqual(['abc'])
    void typing.keep('/posts', 'a.md', 'abcd', null, win)
    await typing.discard('/posts', 'a.md')
    expect(
      await storeAs(dataDir, 'later', gone).recoverable('/posts', onDisk({}), noWindowOpen)
    ).toEqual([])
  })

  it('lists its own backups only once their window is no longer open', async () => {
    const dataDir = await tempFolder()
    const store = storeAs(dataDir, 'me', new Set())
    const other = randomUUID()
    await store.keep('/posts', 'a.md', 'in the open window', null, win)
    await store.keep('/posts', 'b.md', 'in the crashed window', null, other)
    const open = (windowId: string): boolean => windowId === win
    expect((await store.recoverable('/posts', onDisk({}), open)).map((b) => b.text)).toEqual([
      'in the crashed window'
    ])
    expect(store.hasBackupsOf(win)).toBe(true)
    expect(store.hasBackupsOf(other)).toBe(true)
    // The open window took the buffer over: it is its own again.
    await store.keep('/posts', 'b.md', 'taken over', null, win)
    expect(store.hasBackupsOf(other)).toBe(false)
    expect(await store.recoverable('/posts', onDisk({}), open)).toEqual([])
    // Another process never takes a living process's buffers, whatever its windows.
    const elsewhere = storeAs(dataDir, 'elsewhere', new Set())
    expect(await elsewhere.recoverable('/posts', onDisk({}), noWindowOpen)).toEqual([])
  })

  it('refuses a window id the window did not make', async () => {
    const store = storeAs(await tempFolder(), 'me', new Set())
    for (const bad of ['', 'window-1', '../x', `${win}\n`]) {
      expect(await codeOf(store.keep('/posts', 'a.md', 'text', null, bad))).toBe('INVALID_ARGUMENT')
    }
  })

  it('keeps folders apart, also for posts with the same id', async () => {
    const dataDir = await tempFolder()
    const gone = new Set(['old'])
    const old = storeAs(dataDir, 'old', gone)
    await old.keep('/blog-a', '_posts/x.md', 'from a', null, win)
    await old.keep('/blog-b', '_posts/x.md', 'from b', null, win)
    const next = storeAs(dataDir, 'next', gone)
    expect(
      (await next.recoverable('/blog-a', onDisk({}), noWindowOpen)).map((b) => b.text)
    ).toEqual(['from a'])
    expect(
      (await next.recoverable('/blog-b', onDisk({}), noWindowOpen)).map((b) => b.text)
    ).toEqual(['from b'])
    await next.discard('/blog-a', '_posts/x.md')
    expect(
      (await next.recoverable('/blog-b', onDisk({}), noWindowOpen)).map((b) => b.text)
    ).toEqual(['from b'])
  })

  it('drops buffers equal to the post on disk instead of offering them', async () => {
    const dataDir = await tempFolder()
    const gone = new Set(['old'])
    const old = storeAs(dataDir, 'old', gone)
    await old.keep('/posts', 'same.md', 'saved text', null, win)
    await old.keep('/posts', 'changed.md', 'edited text', null, win)
    const next = storeAs(dataDir, 'next', gone)
    const disk = onDisk({ 'same.md': 'saved text', 'changed.md': 'saved text' })
    expect((await next.recoverable('/posts', disk, noWindowOpen)).map((b) => b.id)).toEqual([
      'changed.md'
    ])
    expect((await next.recoverable('/posts', onDisk({}), noWindowOpen)).map((b) => b.id)).toEqual([
      'changed.md'
    ])
  })

  it('prunes backups untouched for 30 days', async () => {
    const dataDir = await tempFolder()
    const gone = new Set(['old'])
    let now = Date.now()
    await storeAs(dataDir, 'old', gone).keep('/posts', 'a.md', 'text', null, win)
    const next = storeAs(dataDir, 'next', gone, () => now)
    now += 29 * 86_400_000
    expect(await next.recoverable('/posts', onDisk({}), noWindowOpen)).toHaveLength(1)
    now += 2 * 86_400_000
    expect(await next.recoverable('/posts', onDisk({}), noWindowOpen)).toEqual([])
    expect(await readdir(join(dataDir, 'backups'), { recursive: true })).toHaveLength(1)
  })

  it('ignores records it cannot trust', async () => {
    const dataDir = await tempFolder()
    const gone = new Set(['old'])
    await storeAs(dataDir, 'old', gone).keep('/posts', 'a.md', 'text', null, win)
    const [dir] = await readdir(join(dataDir, 'backups'))
    const [file] = await readdir(join(dataDir, 'backups', dir))
    const record = JSON.parse(await readFile(join(dataDir, 'backups', dir, file), 'utf8'))
    // The same record filed under another id's name, then a broken one.
    await writeFile(join(dataDir, 'backups', dir, file), JSON.stringify({ ...record, id: 'b.md' }))
    expect(
      await storeAs(dataDir, 'next', gone).recoverable('/posts', onDisk({}), noWindowOpen)
    ).toEqual([])
    await writeFile(join(dataDir, 'backups', dir, file), '{"id":')
    expect(
      await storeAs(dataDir, 'next', gone).recoverable('/posts', onDisk({}), noWindowOpen)
    ).toEqual([])
  })
})

describe('backups through the core api', () => {
  it.each([
    ['Chinese', '_posts/2024-05-01-周报.md'],
    ['spaces', 'drafts/my weekly report.md'],
    ['deep', 'a/b/c/d.markdown']
  ])('keeps buffers of posts with %s in their id', async (_kind, id) => {
    const { dataDir, folder, api } = await setup({ [id]: 'on disk' })
    api.attachWindow(win)
    await api.backupBuffer(id, '未保存的文字', null, win)
    expect(await api.listRecoverable()).toEqual([])
    const files = await readdir(join(dataDir, 'backups'), { recursive: true })
    // Nothing of the id is used as a path: one hashed folder, one hashed file.
    expect(files.every((name) => /^[0-9a-f]{32}([/\\][0-9a-f]{32}\.json)?$/.test(name))).toBe(true)
    expect(files).toHaveLength(2)
    const later = await coreOn(dataDir, folder)
    // The writer (this process) is still running, so even another launch sees nothing.
    expect(await later.listRecoverable()).toEqual([])
  })

  it.each([
    ['../outside.md', 'OUTSIDE_FOLDER'],
    ['a/../../b.md', 'OUTSIDE_FOLDER'],
    ['/etc/passwd.md', 'OUTSIDE_FOLDER'],
    ['a\\..\\b.md', 'OUTSIDE_FOLDER'],
    ['notes.txt', 'INVALID_ARGUMENT'],
    ['', 'INVALID_ARGUMENT']
  ])('refuses the id %j', async (id, code) => {
    const { dataDir, api } = await setup({ 'a.md': 'x' })
    expect(await codeOf(api.backupBuffer(id, 'text', null, win))).toBe(code)
    expect(await codeOf(api.discardBackup(id))).toBe(code)
    expect(await readdir(dataDir)).not.toContain('backups')
  })

  it('refuses a text that is not text and a base that is not a stamp', async () => {
    const { api } = await setup({ 'a.md': 'x' })
    const backup = api.backupBuffer as (...args: unknown[]) => Promise<void>
    expect(await codeOf(backup('a.md', 42, null))).toBe('INVALID_ARGUMENT')
    expect(await codeOf(backup('a.md', 'text', { hash: 'x' }))).toBe('INVALID_ARGUMENT')
  })

  it("offers a window's buffers once the window has gone, and tells the windows still open", async () => {
    const { api } = await setup({ 'a.md': 'on disk' })
    const events: FolderEvent[] = []
    api.onLibraryEvent((event) => events.push(event))
    const crashed = randomUUID()
    const detach = api.attachWindow(crashed)
    const survivor = randomUUID()
    api.attachWindow(survivor)
    await api.backupBuffer('a.md', '崩溃之前的文字', null, crashed)
    expect(await api.listRecoverable()).toEqual([])
    detach()
    // A stream that drops and comes back at once is still the same open window.
    const back = api.attachWindow(crashed)
    back()
    await expect
      .poll(() => events.filter((event) => event.kind === 'recoverable'), { timeout: 5_000 })
      .toStrictEqual([{ kind: 'recoverable' }])
    expect((await api.listRecoverable()).map((b) => b.text)).toEqual(['崩溃之前的文字'])
    // The window still open takes it over; then nobody else is offered it.
    await api.backupBuffer('a.md', '崩溃之前的文字', null, survivor)
    expect(await api.listRecoverable()).toEqual([])
  })

  it('says nothing when a window without unsaved buffers goes', async () => {
    const { api } = await setup({ 'a.md': 'on disk' })
    const events: FolderEvent[] = []
    api.onLibraryEvent((event) => events.push(event))
    const saved = randomUUID()
    const detach = api.attachWindow(saved)
    await api.backupBuffer('a.md', 'typed, then saved', null, saved)
    await api.discardBackup('a.md')
    detach()
    const other = randomUUID()
    api.attachWindow(other)()
    // The crashed-window case above shows the event comes within the grace; wait as long here.
    await expect.poll(() => api.listRecoverable(), { timeout: 3_000 }).toEqual([])
    expect(events).toEqual([])
  })

  it('refuses a window id that is not one', async () => {
    const { api } = await setup({ 'a.md': 'x' })
    expect(() => api.attachWindow('window-1')).toThrow(/window id/)
    expect(await codeOf(api.backupBuffer('a.md', 'x', null, 'window-1'))).toBe('INVALID_ARGUMENT')
  })

  it('needs an open folder', async () => {
    const api = stubCore(await tempFolder())
    expect(await codeOf(api.backupBuffer('a.md', 'x', null, win))).toBe('NO_FOLDER')
    expect(await codeOf(api.listRecoverable())).toBe('NO_FOLDER')
    await api.close()
  })
})
