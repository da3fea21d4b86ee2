import { cp, stat } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The sample posts a first launch opens. They are copied into the app's data folder so writers
 * can edit them freely: the bundled copy may be read-only (packaged app) or a git checkout.
 */
export async function ensureSampleFolder(resourcesDir: string, dataDir: string): Promise<string> {
  const target = join(dataDir, 'sample-posts')
  try {
    await stat(target)
  } catch {
    await cp(join(resourcesDir, 'sample-posts'), target, { recursive: true, errorOnExist: false })
  }
  return target
}
