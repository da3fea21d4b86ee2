import { existsSync } from 'node:fs'
import { stat, utimes, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openAnalysisCache } from '@core/analysis/cache'
import {
  entryFile,
  fingerprint,
  fixture,
  segmentation,
  tempFolder,
  useTempFolders
} from './helpers'

useTempFolders()

const minute = 60 * 1000
const texts = ['ai-report.md', 'ev-weekly.md', 'reading-notes.md'].map(fixture)
const [a, b, c] = texts
const d = texts[0] + '\n(edited)'

/** Sets a file's mtime (its "last used") to `minutesAgo` before now. */
async function lastUsed(path: string, minutesAgo: number): Promise<void> {
  const when = new Date(Date.now() - minutesAgo * minute)
  await utimes(path, when, when)
}

const sizeOf = async (path: string): Promise<number> => (await stat(path)).size

describe('analysis cache bound', () => {
  it('drops the least recently used entries, counting a read as a use', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const seed = openAnalysisCache({ dir, fingerprint })
    for (const text of [a, b, c]) await seed.set(text, segmentation())
    await lastUsed(entryFile(dir, a), 180)
    await lastUsed(entryFile(dir, b), 120)
    await lastUsed(entryFile(dir, c), 60)
    const size = await sizeOf(entryFile(dir, a))

    // Room for two entries: reading a makes b and c the least recently used.
    const cache = openAnalysisCache({ dir, fingerprint, maxBytes: 2 * size + size / 2 })
    expect(await cache.get(a)).toEqual(segmentation())
    await cache.set(d, segmentation())
    await cache.settle()

    expect(existsSync(entryFile(dir, a))).toBe(true)
    expect(existsSync(entryFile(dir, d))).toBe(true)
    expect(existsSync(entryFile(dir, b))).toBe(false)
    expect(existsSync(entryFile(dir, c))).toBe(false)
    expect(await cache.get(a)).toEqual(segmentation())
    expect(await cache.get(b)).toBeUndefined()
  })

  it('does not write on a read of an entry used in the last minutes', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const cache = openAnalysisCache({ dir, fingerprint })
    await cache.set(a, segmentation())
    await lastUsed(entryFile(dir, a), 5)
    const before = (await stat(entryFile(dir, a))).mtimeMs
    expect(await cache.get(a)).toEqual(segmentation())
    await cache.settle()
    expect((await stat(entryFile(dir, a))).mtimeMs).toBe(before)
  })

  it('prunes only after it wrote: a run that only reads lists nothing', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const seed = openAnalysisCache({ dir, fingerprint })
    for (const text of [a, b, c]) await seed.set(text, segmentation())
    const reader = openAnalysisCache({ dir, fingerprint, maxBytes: 1 })
    expect(await reader.get(a)).toEqual(segmentation())
    await reader.settle()
    for (const text of [a, b, c]) expect(existsSync(entryFile(dir, text))).toBe(true)
  })

  it('sweeps temp files a crash left, keeps young ones and files it did not make', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const seed = openAnalysisCache({ dir, fingerprint })
    await seed.set(a, segmentation())
    const shard = dirname(entryFile(dir, a))
    const name = entryFile(dir, a).slice(shard.length + 1)
    const crashed = join(shard, `${name}.0123456789ab.tmp`)
    const writing = join(shard, `${name}.ba9876543210.tmp`)
    const foreign = join(shard, 'notes.txt')
    for (const path of [crashed, writing, foreign]) await writeFile(path, 'partial')
    await lastUsed(crashed, 120)
    await lastUsed(foreign, 120)
    const cache = openAnalysisCache({ dir, fingerprint })
    await cache.set(b, segmentation())
    await cache.settle()
    expect(existsSync(crashed)).toBe(false)
    expect(existsSync(writing)).toBe(true)
    expect(existsSync(foreign)).toBe(true)
    expect(await cache.get(a)).toEqual(segmentation())
  })

  it('lists nothing after a run that filled an empty cache within the bound', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const cache = openAnalysisCache({ dir, fingerprint })
    await cache.set(a, segmentation())
    // Left by another process meanwhile: a prune would sweep it; this run does not list.
    const shard = dirname(entryFile(dir, a))
    const crashed = join(shard, `${entryFile(dir, a).slice(shard.length + 1)}.0123456789ab.tmp`)
    await writeFile(crashed, 'partial')
    await lastUsed(crashed, 120)
    await cache.set(b, segmentation())
    await cache.settle()
    expect(existsSync(crashed)).toBe(true)
    // The next run opens a cache with entries in it, and prunes as usual.
    const next = openAnalysisCache({ dir, fingerprint })
    await next.set(c, segmentation())
    await next.settle()
    expect(existsSync(crashed)).toBe(false)
  })

  it('still keeps the bound when a run writes more than it into an empty cache', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const cache = openAnalysisCache({ dir, fingerprint, maxBytes: 1 })
    for (const text of [a, b, c]) await cache.set(text, segmentation())
    await cache.settle()
    for (const text of [a, b, c]) expect(existsSync(entryFile(dir, text))).toBe(false)
  })
})
