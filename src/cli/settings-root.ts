import { stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/**
 * The folder a path belongs to, as the window would open it: the nearest ancestor (or the path
 * itself) holding `.postcloud/` or a Jekyll `_config.yml`, else the path itself. A post deep in
 * `_posts/` thus gets its site's stopwords, user dictionary and cloud settings, and its clouds
 * go under the site's `assets/wordclouds/` with its `baseurl`.
 */
export async function settingsRoot(start: string): Promise<string> {
  for (let dir = start; ; dir = dirname(dir)) {
    if ((await exists(join(dir, '.postcloud'))) || (await exists(join(dir, '_config.yml')))) {
      return dir
    }
    if (dirname(dir) === dir) return start
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
