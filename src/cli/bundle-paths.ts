import { join } from 'node:path'
import type { CorePaths } from '@core/start'
import { defaultDataDir } from '@core/app-data/data-dir'

/**
 * Paths of the pieces the command line needs, relative to its bundle in `out/main/`, where the
 * build also puts the analysis worker.
 */
export function bundlePaths(): CorePaths & { rendererDir: string; cloudWorkerScript: string } {
  return {
    resourcesDir: join(__dirname, '..', '..', 'resources'),
    dataDir: defaultDataDir(),
    workerScript: join(__dirname, 'analysis-worker.js'),
    cloudWorkerScript: join(__dirname, 'cloud-worker.js'),
    rendererDir: join(__dirname, '..', 'renderer')
  }
}
