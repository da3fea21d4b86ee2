import { createAnalyzer } from './analysis'
import { createCoreApi } from './api'
import type { CoreApi, CoreOptions } from './api'

export interface CorePaths {
  /** Bundled resources: templates, stopwords, sample posts. */
  resourcesDir: string
  /** The app's per-user data folder. */
  dataDir: string
  /** The analysis worker script (bundled `analysis-worker.js`, or the .ts source under tsx). */
  workerScript: string
  workerExecArgv?: string[]
  /** jieba's dictionaries outside app.asar (Electron, packaged); others use nodejieba's own. */
  jiebaDictDir?: string
}

/**
 * What only some hosts can offer the back end. Electron passes `systemTrash`
 * (`(path) => shell.trashItem(path)`), so deleted posts go to the system trash; the web host and
 * the CLI pass nothing, and deleted posts go to the app's own trash in the data folder.
 */
export type CoreHost = Pick<CoreOptions, 'systemTrash'>

/** Builds the back end every host (Electron main, web host, CLI) runs. */
export function startCore(paths: CorePaths, host: CoreHost = {}): CoreApi {
  const analyzer = createAnalyzer({
    workerScript: paths.workerScript,
    workerExecArgv: paths.workerExecArgv,
    resourcesDir: paths.resourcesDir,
    jiebaDictDir: paths.jiebaDictDir
  })
  return createCoreApi({
    resourcesDir: paths.resourcesDir,
    dataDir: paths.dataDir,
    analyzer,
    systemTrash: host.systemTrash
  })
}
