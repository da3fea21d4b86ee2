import { realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { CoreApi } from '@core/api'
import { stubCore } from '../stub-core'
import { tempFolder, useTempFolders, writeFiles } from '../library/helpers'

export { codeOf } from '../../../support/code-of'
export { tempFolder, writeFiles }

const cores: CoreApi[] = []

/** Temp folders and core apis of a test are removed and closed after it. Call once per file. */
export function useRecoveryTemps(): void {
  useTempFolders()
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close()
  })
}

export interface Setup {
  /** The POSTCLOUD data folder of the test. */
  dataDir: string
  /** The posts folder (real path) holding `files`. */
  folder: string
  /** A core api on `dataDir` with `folder` open. */
  api: CoreApi
}

/** A temp data folder and a temp posts folder holding `files`, opened in a core api. */
export async function setup(files: Record<string, string | Uint8Array>): Promise<Setup> {
  const dataDir = await tempFolder('postcloud-data-')
  const folder = await realpath(await tempFolder('postcloud-posts-'))
  await writeFiles(folder, files)
  const api = await coreOn(dataDir, folder)
  return { dataDir, folder, api }
}

/** Another core api (as another window or launch would have) on the same data and posts folders. */
export async function coreOn(dataDir: string, folder: string): Promise<CoreApi> {
  const api = stubCore(dataDir)
  cores.push(api)
  await api.openFolder(folder)
  return api
}

export function postPath(folder: string, id: string): string {
  return join(folder, ...id.split('/'))
}
