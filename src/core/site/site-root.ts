import { stat } from 'node:fs/promises'
import { basename, dirname } from 'node:path'

/**
 * The Jekyll site a file belongs to: the nearest folder above it with a `_config.yml`, else the
 * folder holding the `_posts/` or `_drafts/` it sits in; null when there is neither.
 */
export async function findSiteRoot(file: string): Promise<string | null> {
  let postsParent: string | null = null
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    if (await exists(`${folder}/_config.yml`)) return folder
    const name = basename(folder)
    if (postsParent === null && (name === '_posts' || name === '_drafts')) {
      postsParent = dirname(folder)
    }
    if (dirname(folder) === folder) return postsParent
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isFile(),
    () => false
  )
}
