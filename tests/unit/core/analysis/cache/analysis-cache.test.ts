import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openAnalysisCache } from '@core/analysis/cache'
import {
  entryFile,
  fingerprint,
  notes,
  report,
  segmentation,
  tempFolder,
  useTempFolders,
  weekly
} from './helpers'

useTempFolders()
afterEach(() => vi.restoreAllMocks())

describe('analysis cache', () => {
  it('gives back exactly what was stored for the same text, from disk, in a new process', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const writer = openAnalysisCache({ dir, fingerprint })
    await writer.set(report, segmentation('report'))
    await writer.set(weekly, segmentation('weekly'))
    await writer.settle()
    const reader = openAnalysisCache({ dir, fingerprint })
    expect(await reader.get(report)).toEqual(segmentation('report'))
    expect(await reader.get(weekly)).toEqual(segmentation('weekly'))
    expect(await reader.get(notes)).toBeUndefined()
    expect(await reader.get(report + ' ')).toBeUndefined()
    expect(reader.problem).toBeUndefined()
    expect(existsSync(entryFile(dir, report))).toBe(true)
  })

  it('finds a text read as UTF-8 bytes without decoding, and tells a lone surrogate apart', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const cache = openAnalysisCache({ dir, fingerprint })
    await cache.set(report, segmentation('report'))
    expect(await cache.get({ utf8: Buffer.from(report, 'utf8') })).toEqual(segmentation('report'))
    expect(await cache.get({ utf8: Buffer.from(report + ' ', 'utf8') })).toBeUndefined()
    // UTF-8 spells a lone surrogate as U+FFFD: the two strings must not share an entry.
    const lone = report + '\ud800'
    await cache.set(lone, segmentation('lone'))
    expect(await cache.get(lone)).toEqual(segmentation('lone'))
    expect(await cache.get(report + '\ufffd')).toBeUndefined()
    expect(await cache.get({ utf8: Buffer.from(lone, 'utf8') })).toBeUndefined()
  })

  it('never returns an entry of another fingerprint (other dictionaries or code)', async () => {
    const dir = await tempFolder('postcloud-cache-')
    await openAnalysisCache({ dir, fingerprint }).set(report, segmentation('old'))
    const other = openAnalysisCache({ dir, fingerprint: fingerprint + '+userdict:2' })
    expect(await other.get(report)).toBeUndefined()
    await other.set(report, segmentation('new'))
    expect(await other.get(report)).toEqual(segmentation('new'))
    expect(await openAnalysisCache({ dir, fingerprint }).get(report)).toEqual(segmentation('old'))
  })

  it('refuses a fingerprint that would make keys ambiguous', () => {
    expect(() => openAnalysisCache({ dir: '/nowhere', fingerprint: 'a\0b' })).toThrow(/NUL/)
  })

  /** Ways an entry file can be found on disk, given its path and the cache folder. */
  const damages: Record<string, (path: string, dir: string) => Promise<void>> = {
    'cut short': async (path) => truncate(path, Math.floor((await readFile(path)).length / 2)),
    'a flipped body byte': async (path) => {
      const bytes = await readFile(path)
      bytes[bytes.length - 3] ^= 0x20
      await writeFile(path, bytes)
    },
    'a flipped header byte': async (path) => {
      const bytes = await readFile(path)
      bytes[bytes.indexOf(0x0a) - 1] ^= 0x01
      await writeFile(path, bytes)
    },
    garbage: (path) => writeFile(path, Buffer.from('\u0000\u00ff garbage \n'.repeat(500))),
    'empty file': (path) => writeFile(path, ''),
    'another format': (path) => writeFile(path, JSON.stringify(segmentation('old'))),
    'another post’s entry': async (path, dir) =>
      writeFile(path, await readFile(entryFile(dir, notes))),
    'a folder in its place': async (path) => {
      await rm(path)
      await mkdir(join(path, 'inside'), { recursive: true })
      await writeFile(join(path, 'inside', 'x'), 'x')
    }
  }

  for (const [damage, apply] of Object.entries(damages)) {
    it(`ignores an entry with ${damage}, and the next set replaces it`, async () => {
      const dir = await tempFolder('postcloud-cache-')
      const cache = openAnalysisCache({ dir, fingerprint })
      await cache.set(report, segmentation('old'))
      await cache.set(notes, segmentation('notes'))
      const path = entryFile(dir, report)
      await apply(path, dir)
      expect(await cache.get(report)).toBeUndefined()
      await cache.set(report, segmentation('new'))
      expect(await openAnalysisCache({ dir, fingerprint }).get(report)).toEqual(segmentation('new'))
      expect(cache.problem).toBeUndefined()
    })
  }

  it('repairs a shard folder that a file stands in for', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const shard = dirname(entryFile(dir, report))
    await mkdir(dirname(shard), { recursive: true })
    await writeFile(shard, 'not a folder')
    const cache = openAnalysisCache({ dir, fingerprint })
    expect(await cache.get(report)).toBeUndefined()
    await cache.set(report, segmentation())
    expect(await cache.get(report)).toEqual(segmentation())
  })

  it('costs nothing but misses when its folder cannot be written, and says so only in problem', async () => {
    const file = join(await tempFolder('postcloud-cache-'), 'a-file')
    await writeFile(file, 'the cache folder would be under this file')
    const stdout = vi.spyOn(process.stdout, 'write')
    const stderr = vi.spyOn(process.stderr, 'write')
    const cache = openAnalysisCache({ dir: join(file, 'cache'), fingerprint })
    expect(await cache.get(report)).toBeUndefined()
    await expect(cache.set(report, segmentation())).resolves.toBeUndefined()
    await expect(cache.set(notes, segmentation())).resolves.toBeUndefined()
    await expect(cache.settle()).resolves.toBeUndefined()
    expect(await cache.get(report)).toBeUndefined()
    expect(cache.problem).toMatchObject({ code: 'ENOTDIR' })
    expect(stdout).not.toHaveBeenCalled()
    expect(stderr).not.toHaveBeenCalled()
    expect(await readFile(file, 'utf8')).toBe('the cache folder would be under this file')
  })

  it('creates nothing on disk by reading', async () => {
    const dir = join(await tempFolder('postcloud-cache-'), 'not-yet')
    const cache = openAnalysisCache({ dir, fingerprint })
    expect(await cache.get(report)).toBeUndefined()
    await cache.settle()
    expect(existsSync(dir)).toBe(false)
  })

  it('leaves no temp files behind after its writes', async () => {
    const dir = await tempFolder('postcloud-cache-')
    const cache = openAnalysisCache({ dir, fingerprint })
    await Promise.all([report, weekly, notes].map((text) => cache.set(text, segmentation())))
    await cache.settle()
    const shard = dirname(entryFile(dir, report))
    expect((await readdir(shard)).every((name) => /^[0-9a-f]{62}$/.test(name))).toBe(true)
  })
})
