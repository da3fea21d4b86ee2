import { lstat, rm } from 'node:fs/promises'

/**
 * How long a temp file of ours must have gone unwritten before it counts as left behind by a
 * crash. A save writes its temp file within seconds and renames it at once; ten minutes without a
 * byte written means no save (of this process or another) is still using it. Removing one too
 * early could only fail that save with an error (its rename finds no file), never lose text.
 */
export const staleTempAgeMs = 10 * 60 * 1000

/**
 * Removes the temp files among `paths` (named by `tempPathFor`, found by the folder scan) that
 * are older than `staleTempAgeMs`. Links and anything but plain files are left alone. Failures
 * are ignored: a file that cannot be removed now is tried again at the next listing.
 */
export async function removeStaleTempFiles(
  paths: readonly string[],
  now: number = Date.now()
): Promise<string[]> {
  const removed: string[] = []
  for (const path of paths) {
    try {
      const stats = await lstat(path)
      if (!stats.isFile() || now - stats.mtimeMs < staleTempAgeMs) continue
      await rm(path, { force: true })
      removed.push(path)
    } catch {
      // Gone already, or not ours to remove now: see above.
    }
  }
  return removed
}
