import { createHash } from 'node:crypto'
import { PostcloudError } from '@shared/errors'
import { idSegments } from '../library/confine'
import { isPostId } from '../library/save'

/**
 * Names for what the app's data folder keeps per posts folder and per post. Post ids hold `/`,
 * spaces and Chinese, and come from callers: they are never turned into paths, only hashed, so
 * nothing an id says can lead out of the data folder or collide with another folder's posts.
 */

/** The subfolder name of a posts folder, from its real path (so a symlinked path maps the same). */
export function folderKey(realFolder: string): string {
  return shortHash(`folder\0${realFolder}`)
}

/** The file or folder name of one post's records inside its folder's subfolder. */
export function postKey(id: string): string {
  return shortHash(`post\0${id}`)
}

/** Folder and post keys as they appear on disk; anything else in the data folder is ignored. */
export const keyPattern = /^[0-9a-f]{32}$/

/**
 * Refuses ids that are not a post of a folder: not a string, a path leading outside (`../`,
 * absolute, drive letters), or not a `.md`/`.markdown` file. The same rule readPost applies.
 */
export function checkPostId(id: unknown): string {
  const segments = idSegments(id)
  const checked = segments.join('/')
  if (!isPostId(checked)) {
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      `"${checked}" is not a Markdown post (.md or .markdown)`
    )
  }
  return checked
}

// 128 bits: no two folders or posts of one writer will ever share a name.
function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32)
}
