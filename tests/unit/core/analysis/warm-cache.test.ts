import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalyzer } from '@core/analysis'
import { sourceWorker } from '../../../support/source-worker'
import { fixture } from './helpers'

const resourcesDir = resolve('resources')
const texts = ['ai-report.md', 'ev-weekly.md', 'reading-notes.md'].map(fixture)
let cacheDir: string

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'postcloud-warm-cache-'))
})
afterAll(() => rm(cacheDir, { recursive: true, force: true }))

describe('the analysis cache', () => {
  it('counts texts it has seen without starting a worker, with the same result', async () => {
    const cold = createAnalyzer({ ...sourceWorker, resourcesDir, cacheDir })
    const first = await cold.analyzeCorpus(texts)
    await cold.close()

    // A worker that cannot start: any segmentation at all would fail the call.
    const noWorker = { workerScript: resolve('tests/fixtures/workers/does-not-exist.js') }
    const warm = createAnalyzer({ ...noWorker, resourcesDir, cacheDir })
    try {
      const second = await warm.analyzeCorpus(texts)
      expect(second.words).toEqual(first.words)
      expect(second.tokens).toBe(first.tokens)
      await expect(warm.analyzeText('一段从未分析过的新文字。')).rejects.toMatchObject({
        code: 'INTERNAL'
      })
    } finally {
      await warm.close()
    }
  })

  it('never answers for other dictionaries: a new user dictionary segments again', async () => {
    const cold = createAnalyzer({ ...sourceWorker, resourcesDir, cacheDir })
    await cold.analyzeCorpus(texts)
    await cold.close()
    const dir = await mkdtemp(join(tmpdir(), 'postcloud-warm-dict-'))
    await mkdir(join(dir, '.postcloud'))
    await writeFile(join(dir, '.postcloud/userdict.txt'), '认知核心\n')
    const noWorker = { workerScript: resolve('tests/fixtures/workers/does-not-exist.js') }
    const other = createAnalyzer({ ...noWorker, resourcesDir, cacheDir })
    try {
      await other.setFolder(dir)
      await expect(other.analyzeCorpus(texts)).rejects.toMatchObject({ code: 'INTERNAL' })
    } finally {
      await other.close()
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('says when every text is answered or handed to a worker, before the work ends', async () => {
    const analyzer = createAnalyzer({ ...sourceWorker, resourcesDir, cacheDir })
    try {
      const events: string[] = []
      const fresh = `${texts[0]}\n\n一段只在这个测试里出现的新文字。\n`
      await analyzer.segment([texts[1], fresh], (index) => events.push(`post ${index}`), {
        onDispatched: () => events.push('dispatched')
      })
      events.push('done')
      // The cached text comes first; the new one is handed over before its answer arrives.
      expect(events).toEqual(['post 0', 'dispatched', 'post 1', 'done'])
    } finally {
      await analyzer.close()
    }
  })
})
