import { spawn } from 'node:child_process'
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { Library } from '@core/library'
import { isOwnTempFileName } from '@core/library/atomic-write'
import { staleTempAgeMs } from '@core/library/stale-temp-files'
import { seededRandom } from '@shared/cloud/seeded-random'
import { noResources, tempFolder, useTempFolders } from './helpers'
import { bundledScript } from '../../../support/bundled-script'

useTempFolders()

const kills = 200
const seed = 20251111
const id = '2025-11-11-kill.md'

// Two very different versions: ~200 KB of CRLF Chinese text, and a few LF lines.
const versionA =
  '---\r\ntitle: "长篇日报"\r\ndate: 2025-11-11 15:33:03 +0800\r\ntags:\r\n  - 评测\r\n---\r\n' +
  Array.from({ length: 2000 }, (_, i) => `第${i}段：模型评测、数据清洗与部署进展。\r\n`).join('')
const versionB = '---\ntitle: short\n---\nA short English post.\n'

interface Saver {
  /** Resolves once the child has reported `count` finished saves; rejects if it exits first. */
  saved(count: number): Promise<void>
  /** Milliseconds between the child's consecutive progress messages so far. */
  intervals: number[]
  kill(): Promise<NodeJS.Signals | null>
}

function startSaver(script: string, args: string[]): Saver {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<NodeJS.Signals | null>((done) =>
    child.on('exit', (_code, signal) => done(signal))
  )
  const died = exited.then((signal) => {
    throw new Error(`the saver exited by itself (${signal}): ${stderr}`)
  })
  died.catch(() => undefined)
  let saves = -1 // until 'ready'
  let last = 0
  const intervals: number[] = []
  const waiters: Array<{ count: number; done: () => void }> = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    const now = performance.now()
    if (saves >= 0) intervals.push(now - last)
    last = now
    saves = line === 'ready' ? 0 : saves + 1
    for (const waiter of waiters.filter((each) => saves >= each.count)) waiter.done()
  })
  return {
    saved: (count) =>
      Promise.race([
        new Promise<void>((done) => {
          if (saves >= count) done()
          else waiters.push({ count, done })
        }),
        died
      ]),
    intervals,
    kill: () => {
      child.kill('SIGKILL')
      return exited
    }
  }
}

function mean(values: number[]): number {
  const recent = values.slice(-100)
  return recent.length === 0 ? 0 : recent.reduce((sum, value) => sum + value, 0) / recent.length
}

async function ownTempFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter(isOwnTempFileName)
}

describe('kill -9 during saves', () => {
  it(`leaves a complete version after each of ${kills} kills; the next listing cleans up`, async () => {
    const outer = await tempFolder('postcloud-kill-')
    const dir = await tempFolder('postcloud-kill-posts-')
    const script = await bundledScript('tests/fixtures/workers/save-loop.ts', outer)
    const [fileA, fileB] = [join(outer, 'a.txt'), join(outer, 'b.txt')]
    await writeFile(fileA, versionA)
    await writeFile(fileB, versionB)
    const path = join(dir, id)
    await writeFile(path, versionA)
    const complete = new Map([
      [Buffer.from(versionA).toString('base64'), 'A'],
      [Buffer.from(versionB).toString('base64'), 'B']
    ])

    const random = seededRandom(seed)
    const intervals: number[] = []
    const seen = { A: 0, B: 0 }
    for (let kill = 0; kill < kills; kill += 1) {
      const saver = startSaver(script, [dir, id, fileA, fileB])
      // A random point in the child's progress, in saves: wait for the whole ones, then for a
      // fraction of the time one save has been taking.
      const point = random() * 3
      await saver.saved(Math.floor(point))
      intervals.push(...saver.intervals)
      const fraction = (point % 1) * mean(intervals)
      await new Promise((done) => setTimeout(done, fraction))
      expect(await saver.kill()).toBe('SIGKILL')

      const version = complete.get((await readFile(path)).toString('base64'))
      expect(version, `after kill ${kill} the post is neither version`).toBeDefined()
      seen[version as 'A' | 'B'] += 1
    }
    // The kills landed all over the cycle: on both versions, and in the middle of writes.
    expect(seen.A).toBeGreaterThan(0)
    expect(seen.B).toBeGreaterThan(0)
    const leftovers = await ownTempFiles(dir)
    expect(leftovers.length).toBeGreaterThan(0)

    // The next launch, later: the leftovers are old by then, and listing the folder removes them.
    const later = new Date(Date.now() - staleTempAgeMs - 60_000)
    for (const name of leftovers) await utimes(join(dir, name), later, later)
    const library = await Library.open(dir, { resourcesDir: noResources })
    expect((await library.list()).map((post) => post.id)).toEqual([id])
    expect(await readdir(dir)).toEqual([id])
    await library.close()
  }, 120_000)
})
