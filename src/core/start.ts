import { createAnalyzer } from './analysis'
import { createCoreApi } from './api'
import type { CoreApi } from './api'

export interface CorePaths {
  /** Bundled resources: templates, stopwords, sample posts. */
  resourcesDir: string
  /** The app's per-user data folder. */
  dataDir: string
  /** The analysis worker script (bundled `analysis-worker.js`, or the .ts source under tsx). */
  workerScript: string
  workerExecArgv?: string[]
}

/** Builds the back end every host (Electron main, web host, CLI) runs. */
export function startCore(paths: CorePaths): CoreApi {
  const analyzer = createAnalyzer({
    workerScript: paths.workerScript,
    workerExecArgv: paths.workerExecArgv,
    resourcesDir: paths.resourcesDir
  })
  return createCoreApi({ resourcesDir: paths.resourcesDir, dataDir: paths.dataDir, analyzer })
}
