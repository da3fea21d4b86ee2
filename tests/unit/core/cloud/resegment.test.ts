import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalyzer } from '@core/analysis'
import { createCoreApi } from '@core/api'
import type { CoreApi } from '@core/api'
import { sourceWorker } from '../../../support/source-worker'
import { openFixture } from './helpers'
import type { Folder } from './helpers'

/** The real analyzer behind the core api: what the window's word list sees. */
describe('words added from the word list', () => {
  let f: Folder
  let api: CoreApi

  beforeAll(async () => {
    f = await openFixture('plain')
    const resourcesDir = resolve('resources')
    api = createCoreApi({
      resourcesDir,
      dataDir: resolve(f.dir, '..', 'data'),
      analyzer: createAnalyzer({ ...sourceWorker, resourcesDir, poolSize: 1 })
    })
    await api.openFolder(f.dir)
  })
  afterAll(async () => {
    await api.close()
    await f.dispose()
  })

  const words = async (): Promise<string[]> => {
    const post = await api.readPost('weekly.md')
    return (await api.analyzeText(post.raw)).words.map((w) => w.word)
  }

  it('a user dictionary word comes out whole in the next analysis', async () => {
    const before = await words()
    expect(before).not.toContain('云图引擎')
    expect(before).toContain('引擎')
    await api.addFolderWords('userdict', ['云图引擎'])
    const after = await words()
    expect(after).toContain('云图引擎')
    expect(after).not.toContain('引擎')
  })

  it('a stopword leaves the next analysis', async () => {
    expect(await words()).toContain('优化')
    await api.addFolderWords('stopwords', ['优化'])
    expect(await words()).not.toContain('优化')
  })
})
