import { stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/**
 * The folder whose `.postcloud/` settings (stopwords, user dictionary) apply to a path: the
 * nearest ancestor that has one, else the path itself. A post deep in `_posts/` thus uses its
 * site's settings, as it does in the window.
 */
export async function settingsRoot(start: string): Promise<string> {
  for (let dir = start; ; dir = dirname(dir)) {
    if (await isFolder(join(dir, '.postcloud'))) return dir
    if (dirname(dir) === dir) return start
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
