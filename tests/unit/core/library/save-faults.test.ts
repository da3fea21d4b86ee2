import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '@core/library/atomic-write'
import { savePost } from '@core/library/save'
import { stampOf } from '@core/library/stamp'
import type { PostStamp } from '@shared/post'
import { faultyFileSystem } from './fault-fs'
import type { Fault } from './fault-fs'
import { errorOf, tempFolder, useTempFolders } from './helpers'

useTempFolders()

const id = '2025-11-11-日报.md'
const oldText =
  '---\r\ntitle: "旧的日报"\r\ndate: 2025-11-11 15:33:03 +0800\r\n---\r\n' +
  '今天的进展：模型评测完成。\r\n'.repeat(40)
const newText =
  '---\ntitle: 新的日报\ntags:\n  - 周报\n---\n' + '全新的正文，另一种内容。\n'.repeat(1500)
const newBytes = Buffer.from(newText)

/** A folder holding the old post, and the stamp an editor would have loaded it with. */
async function folderWithPost(): Promise<{ dir: string; path: string; stamp: PostStamp }> {
  const dir = await tempFolder('postcloud-faults-')
  const path = join(dir, id)
  await writeFile(path, oldText)
  return { dir, path, stamp: stampOf(await stat(path), Buffer.from(oldText)) }
}

type Case = [label: string, fault: Fault, code: string, message: RegExp]

const beforeRename: Case[] = [
  [
    'ENOSPC before the first byte',
    { at: 'write', code: 'ENOSPC', afterBytes: 0 },
    'DISK_FULL',
    /disk is full/
  ],
  [
    'ENOSPC after 1 byte',
    { at: 'write', code: 'ENOSPC', afterBytes: 1 },
    'DISK_FULL',
    /disk is full/
  ],
  [
    'ENOSPC mid-character',
    { at: 'write', code: 'ENOSPC', afterBytes: 50 },
    'DISK_FULL',
    /disk is full/
  ],
  [
    'ENOSPC mid-file',
    { at: 'write', code: 'ENOSPC', afterBytes: 16_384 },
    'DISK_FULL',
    /disk is full/
  ],
  [
    'ENOSPC one byte short',
    { at: 'write', code: 'ENOSPC', afterBytes: newBytes.length - 1 },
    'DISK_FULL',
    /disk is full/
  ],
  [
    'ENOSPC at the flush (delayed allocation)',
    { at: 'sync', code: 'ENOSPC' },
    'DISK_FULL',
    /disk is full/
  ],
  ['EDQUOT at close', { at: 'close', code: 'EDQUOT' }, 'DISK_FULL', /disk is full/],
  [
    'EPERM creating the temp file',
    { at: 'open', code: 'EPERM' },
    'PERMISSION',
    /permission denied/
  ],
  [
    'EACCES creating the temp file',
    { at: 'open', code: 'EACCES' },
    'PERMISSION',
    /permission denied/
  ],
  ['EPERM restoring the mode', { at: 'chmod', code: 'EPERM' }, 'PERMISSION', /permission denied/],
  [
    'EBUSY creating the temp file',
    { at: 'open', code: 'EBUSY' },
    'BUSY',
    /in use by another program/
  ],
  [
    'EBUSY on rename (a locked target)',
    { at: 'rename', code: 'EBUSY' },
    'BUSY',
    /in use by another program/
  ],
  [
    'EIO mid-write',
    { at: 'write', code: 'EIO', afterBytes: 4096 },
    'IO_ERROR',
    /input\/output error/
  ],
  ['EIO on fsync', { at: 'sync', code: 'EIO' }, 'IO_ERROR', /input\/output error/],
  ['EIO on rename', { at: 'rename', code: 'EIO' }, 'IO_ERROR', /input\/output error/]
]

describe('a save that fails before its rename', () => {
  it.each(beforeRename)(
    '%s: the old file, byte for byte, and no temp file',
    async (_label, fault, code, message) => {
      const { dir, path, stamp } = await folderWithPost()
      const fs = faultyFileSystem(fault)
      const error = await errorOf(savePost(dir, id, newText, stamp, { fs }))
      expect(fs.hits).toBe(1)
      expect(error.code).toBe(code)
      expect(error.message).toMatch(message)
      expect(error.message).toContain(id)
      expect(error.message).not.toContain(dir) // the web host must not reveal absolute paths
      expect((await readFile(path)).equals(Buffer.from(oldText))).toBe(true)
      expect(await readdir(dir)).toEqual([id])
      // The window keeps the buffer dirty; saving it again once the fault is gone just works.
      await savePost(dir, id, newText, stamp)
      expect((await readFile(path)).equals(newBytes)).toBe(true)
    }
  )

  it('ENOSPC creating the folder of a new post: nothing is created', async () => {
    const dir = await tempFolder('postcloud-faults-')
    const fs = faultyFileSystem({ at: 'mkdir', code: 'ENOSPC' })
    const error = await errorOf(savePost(dir, 'drafts/新文章.md', newText, null, { fs }))
    expect(error.code).toBe('DISK_FULL')
    expect(await readdir(dir)).toEqual([])
  })

  it('ENOSPC mid-file for a new post: no post and no temp file', async () => {
    const dir = await tempFolder('postcloud-faults-')
    const fs = faultyFileSystem({ at: 'write', code: 'ENOSPC', afterBytes: 1000 })
    expect((await errorOf(savePost(dir, id, newText, null, { fs }))).code).toBe('DISK_FULL')
    expect(await readdir(dir)).toEqual([])
  })

  it('writeFileAtomic itself (images, settings) keeps the old file and no temp file', async () => {
    const { dir, path } = await folderWithPost()
    const fs = faultyFileSystem({ at: 'write', code: 'ENOSPC', afterBytes: 10 })
    const error = await errorOf(writeFileAtomic(path, newBytes, { label: id, fs }))
    expect(error.code).toBe('DISK_FULL')
    expect(await readFile(path, 'utf8')).toBe(oldText)
    expect(await readdir(dir)).toEqual([id])
  })
})

describe('a fault after the rename', () => {
  it('a rename that reports EIO after taking effect: rejected, the new file, no temp file', async () => {
    const { dir, path, stamp } = await folderWithPost()
    const fs = faultyFileSystem({ at: 'rename', code: 'EIO', afterEffect: true })
    const error = await errorOf(savePost(dir, id, newText, stamp, { fs }))
    expect(error.code).toBe('IO_ERROR')
    expect((await readFile(path)).equals(newBytes)).toBe(true)
    expect(await readdir(dir)).toEqual([id])
    // The window still holds the old stamp and a dirty buffer: saving the same text again is
    // no conflict, because the disk already holds exactly that text.
    const again = await savePost(dir, id, newText, stamp)
    expect(again.hash).toBe(stampOf(await stat(path), newBytes).hash)
    // A different text over the old stamp is still a conflict.
    expect((await errorOf(savePost(dir, id, 'other', stamp))).code).toBe('CONFLICT')
  })

  it('a folder flush that fails is not a failed save: the new file, resolved', async () => {
    const { dir, path, stamp } = await folderWithPost()
    const fs = faultyFileSystem({ at: 'folder-sync', code: 'EIO' })
    const saved = await savePost(dir, id, newText, stamp, { fs })
    expect(fs.hits).toBe(1)
    expect(saved).toEqual(stampOf(await stat(path), newBytes))
    expect((await readFile(path)).equals(newBytes)).toBe(true)
    expect(await readdir(dir)).toEqual([id])
  })
})
