import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { openAnalysisCache } from '@core/analysis/cache'
import type { SegmentedPost } from '@core/analysis/segmented'
import { bigSegmentation, fingerprint, tempFolder, useTempFolders } from './helpers'

useTempFolders()

const childScript = fileURLToPath(new URL('./cache-writer-child.ts', import.meta.url))
const children: ChildProcess[] = []

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

const keys = Array.from({ length: 12 }, (_, i) => `post ${i}`)
const parentValue = bigSegmentation('parent')
const childValue = bigSegmentation('child')

/** Neither writer's value: a miss (every key was written before), a torn or a mixed read. */
function isWrong(value: SegmentedPost | undefined): boolean {
  if (value === undefined) return true
  try {
    expect(value).toEqual(parentValue)
    return false
  } catch {
    try {
      expect(value).toEqual(childValue)
      return false
    } catch {
      return true
    }
  }
}

/** A process writing and reading the same keys; `ready` resolves once it has opened the cache. */
function startChild(dir: string, rounds: number): { ready: Promise<void>; done: Promise<string> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', childScript, dir, fingerprint, String(keys.length), String(rounds)],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  children.push(child)
  let out = ''
  child.stdout?.setEncoding('utf8')
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      out += chunk
      if (out.includes('ready\n')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`the writer exited (${code}) before starting`)))
  })
  const done = new Promise<string>((resolve) => child.once('exit', () => resolve(out)))
  return { ready, done }
}

describe('analysis cache shared by writers', () => {
  it('reads whole entries only while two caches and another process rewrite them', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const first = openAnalysisCache({ dir, fingerprint })
    const second = openAnalysisCache({ dir, fingerprint })
    // Once written, an entry is always there: a rewrite replaces it whole, it never removes it.
    await Promise.all(keys.map((key) => first.set(key, parentValue)))
    const child = startChild(dir, 15)
    await child.ready
    let childExited = false
    void child.done.then(() => (childExited = true))
    let wrong = 0
    let rounds = 0
    // Until the other process is done, and at least a few rounds in any case.
    while (!childExited || rounds < 3) {
      const [read] = await Promise.all([
        Promise.all(keys.map((key) => second.get(key))),
        ...keys.map((key) => first.set(key, parentValue)),
        ...keys.map((key) => second.set(key, parentValue))
      ])
      wrong += read.filter(isWrong).length
      rounds++
    }
    await Promise.all([first.settle(), second.settle()])
    const output = await child.done
    expect(output).toMatch(/done \n$/)
    expect(output).not.toMatch(/wrong|missing/)
    expect(wrong).toBe(0)
    expect(first.problem ?? second.problem).toBeUndefined()
    const reader = openAnalysisCache({ dir, fingerprint })
    for (const key of keys) expect(isWrong(await reader.get(key))).toBe(false)
    const shards = await readdir(join(dir, 'v1'))
    for (const shard of shards) {
      for (const name of await readdir(join(dir, 'v1', shard)))
        expect(name).toMatch(/^[0-9a-f]{62}$/)
    }
  }, 60_000)
})
