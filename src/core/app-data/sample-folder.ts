import { cp, mkdir, readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { PostcloudError } from '@shared/errors'

/**
 * The sample posts a first launch opens. They are copied into the app's data folder so writers
 * can edit them freely: the bundled copy may be read-only (packaged app) or a git checkout.
 */
export async function ensureSampleFolder(resourcesDir: string, dataDir: string): Promise<string> {
  const target = join(dataDir, 'sample-posts')
  try {
    await stat(target)
  } catch {
    await copySamples(resourcesDir, target)
  }
  return target
}

/**
 * Writes a fresh copy of the bundled sample site into `target`, a new or empty folder (anything
 * else is refused: a copy must not mix with other files), and returns the files written,
 * `/`-separated and sorted.
 */
export async function writeSampleSite(resourcesDir: string, target: string): Promise<string[]> {
  let entries: string[] | null = null
  try {
    entries = await readdir(target)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOTDIR') {
      throw new PostcloudError('NOT_A_FOLDER', `${target} is a file, not a folder`)
    }
    if (code !== 'ENOENT') throw error
  }
  if (entries !== null && entries.length > 0) {
    throw new PostcloudError(
      'EXISTS',
      `${target} is not empty; the samples go into a new or empty folder`
    )
  }
  await mkdir(target, { recursive: true })
  await copySamples(resourcesDir, target)
  const files = await readdir(target, { recursive: true, withFileTypes: true })
  return files
    .filter((entry) => entry.isFile())
    .map((entry) => relative(target, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

function copySamples(resourcesDir: string, target: string): Promise<void> {
  return cp(join(resourcesDir, 'sample-posts'), target, { recursive: true, errorOnExist: false })
}
