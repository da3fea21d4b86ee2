import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { BackupStore } from '@core/app-data/backups'
import { isProcessGone, ownProcessMark, processStartToken } from '@core/app-data/process-mark'
import { coreOn, postPath, setup, useRecoveryTemps } from './helpers'

useRecoveryTemps()

const childScript = fileURLToPath(new URL('./backup-child.ts', import.meta.url))
const children: ChildProcess[] = []

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

/** An editor process that backs up `text` for post `id` and waits; resolves once it has. */
async function editorThatBacksUp(
  dataDir: string,
  folder: string,
  id: string,
  text: string
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', childScript, dataDir, folder, id, text],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  children.push(child)
  let out = ''
  child.stdout?.setEncoding('utf8')
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      out += chunk
      if (out.includes('ready\n')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`the child exited (${code}) before backing up`)))
  })
  return child
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit')
  child.kill('SIGKILL')
  await exited
}

describe('recovery after a crash', () => {
  it('offers the buffers of an editor killed with kill -9, and not before', async () => {
    const { dataDir, folder, api } = await setup({ '_posts/周报.md': 'saved\n', 'b.md': 'b\n' })
    const child = await editorThatBacksUp(dataDir, folder, '_posts/周报.md', '未保存 unsaved')
    const window = randomUUID()
    api.attachWindow(window)
    await api.backupBuffer('b.md', 'mine, still open', null, window)
    // The other editor still runs: its buffer is not for us to take.
    expect(await api.listRecoverable()).toEqual([])
    await killHard(child)
    const recovered = await api.listRecoverable()
    expect(recovered).toEqual([
      expect.objectContaining({ id: '_posts/周报.md', text: '未保存 unsaved', base: null })
    ])
    // A launch after this one sees the same, never this process's own buffer of b.md.
    const next = await coreOn(dataDir, folder)
    expect((await next.listRecoverable()).map((b) => b.id)).toEqual(['_posts/周报.md'])
    await next.discardBackup('_posts/周报.md')
    expect(await api.listRecoverable()).toEqual([])
  }, 60_000)

  it('drops a crashed buffer that equals the post on disk', async () => {
    const { dataDir, folder, api } = await setup({ 'a.md': 'old\n' })
    const child = await editorThatBacksUp(dataDir, folder, 'a.md', 'new\n')
    await killHard(child)
    await writeFile(postPath(folder, 'a.md'), 'new\n')
    expect(await api.listRecoverable()).toEqual([])
    await writeFile(postPath(folder, 'a.md'), 'newer\n')
    // Dropped for good: its backup is gone, not only hidden.
    expect(await api.listRecoverable()).toEqual([])
  }, 60_000)

  it.skipIf(process.platform === 'win32')(
    'offers the buffer of a crashed process whose pid a running process has taken since',
    async () => {
      const { dataDir, folder, api } = await setup({ 'a.md': 'saved\n' })
      const own = await ownProcessMark()
      // Written by "an earlier process" with this very pid but another start time.
      const earlier = { session: 'earlier', pid: process.pid, started: `${own.started}-earlier` }
      await new BackupStore(dataDir, { mark: earlier }).keep(
        folder,
        'a.md',
        'lost work\n',
        null,
        randomUUID()
      )
      expect((await api.listRecoverable()).map((b) => b.text)).toEqual(['lost work\n'])
    }
  )
})

describe('isProcessGone', () => {
  // Windows has no start time to read (the pid alone decides there).
  it.skipIf(process.platform === 'win32')(
    'tells a running process from one killed with kill -9',
    async () => {
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], {
        stdio: 'ignore'
      })
      children.push(child)
      await once(child, 'spawn')
      const mark = { session: 's', pid: child.pid!, started: await processStartToken(child.pid!) }
      expect(mark.started).not.toBeNull()
      expect(await isProcessGone(mark)).toBe(false)
      await killHard(child)
      expect(await isProcessGone(mark)).toBe(true)
    }
  )

  it.skipIf(process.platform === 'win32')(
    'sees a reused pid: alive, but started at another time',
    async () => {
      const own = await ownProcessMark()
      expect(await isProcessGone(own)).toBe(false)
      expect(await isProcessGone({ ...own, started: `${own.started}-earlier` })).toBe(true)
    }
  )

  it.each([0, -1, 1.5, Number.NaN])('counts the malformed pid %s as gone', async (pid) => {
    expect(await isProcessGone({ session: 's', pid, started: null })).toBe(true)
  })
})
