import { spawn } from 'node:child_process'
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, join } from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { Library } from '@core/library'
import { isOwnTempFileName } from '@core/library/atomic-write'
import { lockPathFor, staleLockMs } from '@core/library/file-lock'
import { noResources, tempFolder, useTempFolders } from './helpers'
import { bundledScript } from '../../../support/bundled-script'

// docs/BAD-INPUTS.md#bi-disk-race

useTempFolders()

const id = '2025-11-11-shared.md'
const rounds = 20

interface Outcome {
  ok: boolean
  code?: string
}

interface Saver {
  ready: Promise<void>
  go(): void
  outcome: Promise<Outcome>
}

function startSaver(script: string, args: string[]): Saver {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const lines: string[] = []
  const waiters: Array<() => void> = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line)
    for (const waiter of waiters.splice(0)) waiter()
  })
  const exited = new Promise<void>((done) => child.on('exit', () => done()))
  const nthLine = async (n: number): Promise<string> => {
    while (lines.length <= n) {
      const more = new Promise<void>((done) => waiters.push(done))
      await Promise.race([more, exited])
      if (lines.length <= n && child.exitCode !== null) {
        throw new Error(`the saver exited early: ${stderr}`)
      }
    }
    return lines[n]
  }
  return {
    ready: nthLine(0).then(() => undefined),
    go: () => child.stdin.end('go\n'),
    outcome: nthLine(1).then((line) => JSON.parse(line) as Outcome)
  }
}

describe('two processes saving one post with the same expected stamp', () => {
  it('lets exactly one win; the other gets CONFLICT and the file is one complete version', async () => {
    const dir = await tempFolder()
    const work = await tempFolder()
    const script = await bundledScript('tests/unit/core/library/workers/save-on-cue.ts', work)
    // Long versions widen the window between the stamp check and the rename.
    const versions = ['甲', '乙'].map(
      (name) => `---\ntitle: ${name}\n---\n${`${name}方写下的一段话。\n`.repeat(20_000)}`
    )
    const files = await Promise.all(
      versions.map(async (text, index) => {
        const file = join(work, `version-${index}.md`)
        await writeFile(file, text)
        return file
      })
    )
    await writeFile(join(dir, id), '---\ntitle: 原文\n---\n原来的正文。\n')
    const library = await Library.open(dir, { resourcesDir: noResources })

    for (let round = 0; round < rounds; round += 1) {
      const post = await library.read(id)
      const stamp = JSON.stringify(post.stamp)
      const savers = files.map((file) => startSaver(script, [dir, id, file, stamp]))
      await Promise.all(savers.map((saver) => saver.ready))
      for (const saver of savers) saver.go()
      const outcomes = await Promise.all(savers.map((saver) => saver.outcome))

      const winners = outcomes.flatMap((outcome, index) => (outcome.ok ? [index] : []))
      expect(winners, `round ${round}: ${JSON.stringify(outcomes)}`).toHaveLength(1)
      const loser = outcomes[1 - winners[0]]
      expect(loser.code).toBe('CONFLICT')
      expect(await readFile(join(dir, id), 'utf8')).toBe(versions[winners[0]])
      expect(await readdir(dir)).toEqual([id])
      // Back to the original for the next round, through the same path a writer takes.
      const now = await library.read(id)
      await library.save(id, '---\ntitle: 原文\n---\n原来的正文。\n', now.stamp)
    }
  }, 60_000)
})

describe('the lock between processes', () => {
  const original = '---\ntitle: 原文\n---\n原来的正文。\n'

  async function folderWithPost(): Promise<{ dir: string; library: Library; lock: string }> {
    const dir = await tempFolder()
    await writeFile(join(dir, id), original)
    const library = await Library.open(dir, { resourcesDir: noResources })
    return { dir, library, lock: lockPathFor(join(dir, id)) }
  }

  /** The pid of a process that has exited: a holder that died without letting go. */
  async function deadPid(): Promise<number> {
    const child = spawn(process.execPath, ['-e', ''])
    await new Promise((done) => child.on('exit', done))
    return child.pid as number
  }

  it('is gone after a save, and is named like our temp files (so a listing cleans it up)', async () => {
    const { dir, library, lock } = await folderWithPost()
    const post = await library.read(id)
    await library.save(id, '新的正文\n', post.stamp)
    expect(await readdir(dir)).toEqual([id])
    expect(isOwnTempFileName(basename(lock))).toBe(true)
  })

  it('is broken when the process holding it is gone', async () => {
    const { dir, library, lock } = await folderWithPost()
    await writeFile(lock, `${await deadPid()}\n${hostname()}\n`)
    const post = await library.read(id)
    await library.save(id, '新的正文\n', post.stamp)
    expect(await readFile(join(dir, id), 'utf8')).toBe('新的正文\n')
    expect(await readdir(dir)).toEqual([id])
  })

  it('is broken when it is older than a save could take, whoever holds it', async () => {
    const { dir, library, lock } = await folderWithPost()
    await writeFile(lock, `${process.pid}\nanother-machine\n`)
    const old = new Date(Date.now() - staleLockMs - 1000)
    await utimes(lock, old, old)
    const post = await library.read(id)
    await library.save(id, '新的正文\n', post.stamp)
    expect(await readFile(join(dir, id), 'utf8')).toBe('新的正文\n')
  })
})
