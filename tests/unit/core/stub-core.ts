import type { Analyzer } from '@core/analysis'
import { createCoreApi } from '@core/api'
import type { CoreApi, CoreOptions } from '@core/api'

/** An analyzer for tests that never analyse: no worker threads, no jieba. */
export const idleAnalyzer: Analyzer = {
  setFolder: async () => undefined,
  analyzeText: async () => {
    throw new Error('not used in these tests')
  },
  analyzeCorpus: async () => {
    throw new Error('not used in these tests')
  },
  segment: async () => {
    throw new Error('not used in these tests')
  },
  countRules: async () => {
    throw new Error('not used in these tests')
  },
  resultMemo: async () => undefined,
  idf: () => {
    throw new Error('not used in these tests')
  },
  warmUp: async () => undefined,
  close: async () => undefined
}

/** The core api on a data folder, without analysis workers. */
export function stubCore(dataDir: string, systemTrash?: CoreOptions['systemTrash']): CoreApi {
  return createCoreApi({
    resourcesDir: '/nonexistent-resources',
    dataDir,
    analyzer: idleAnalyzer,
    systemTrash
  })
}
