import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '@core/analysis'
import { jiebaDictDir } from '@main/packaged-paths'
import { sourceWorker } from '../../../support/source-worker'
import { repoRoot } from '../../packaging/helpers'

const checkout = { packaged: false, resourcesPath: '/unused', checkoutRoot: repoRoot }

/** The analyzer as Electron's main starts it: jieba's dictionaries at an explicit folder. */
function analyzerWith(dictDir: string): ReturnType<typeof createAnalyzer> {
  return createAnalyzer({
    ...sourceWorker,
    resourcesDir: resolve(repoRoot, 'resources'),
    jiebaDictDir: dictDir,
    poolSize: 1
  })
}

describe('the analysis worker with jieba’s dictionaries at a given folder', () => {
  it('segments with the dictionaries found there', async () => {
    const analyzer = analyzerWith(jiebaDictDir(checkout))
    try {
      const result = await analyzer.analyzeText(
        '多模态模型的推理成本正在下降，多模态模型越来越多。'
      )
      expect(result.words.map((w) => w.word)).toEqual(expect.arrayContaining(['模型', '推理']))
    } finally {
      await analyzer.close()
    }
  })

  it('reads them only there: a folder without them fails the call, naming the file', async () => {
    const missing = join(repoRoot, 'tests', 'fixtures', 'no-such-dict-folder')
    const analyzer = analyzerWith(missing)
    try {
      await expect(analyzer.analyzeText('多模态模型')).rejects.toThrow(
        new RegExp(`cannot be read: ${missing}`)
      )
    } finally {
      await analyzer.close()
    }
  })
})
