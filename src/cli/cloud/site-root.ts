import { stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/**
 * The folder a post belongs to, as the window would open it: the nearest ancestor holding
 * `.postcloud/` or a Jekyll `_config.yml` (so a post in `_posts/` gets its site's settings,
 * `assets/wordclouds/` and `baseurl`), else the post's own folder.
 */
export async function siteRoot(postPath: string): Promise<string> {
  const start = dirname(postPath)
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
