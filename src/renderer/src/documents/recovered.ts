import { lineEndingOf } from '@shared/editor/line-endings'
import { readFrontMatter } from '@shared/frontmatter/read-buffer'
import type { Post, PostStamp } from '@shared/post'
import type { RecoverableBuffer } from '@shared/recovery'
import type { OpenDoc } from './types'
import { docFromPost } from './types'

/** Matches no file: a save expecting it is a conflict, which the writer then settles. */
const noFile: PostStamp = { mtimeMs: 0, size: 0, hash: '' }

/**
 * What the window keeps about a post reopened from a backup. The buffer expects the file it was
 * based on, not the one on disk now: when the file changed after the backup (or appeared where
 * there was none), the first save is a conflict with a comparison, never a silent overwrite.
 * `post` is the file as it is now, null when it is gone.
 */
export function recoveredDoc(buffer: RecoverableBuffer, post: Post | null): OpenDoc {
  if (post) return { ...docFromPost(post), stamp: buffer.base ?? noFile }
  return {
    id: buffer.id,
    stamp: buffer.base ?? noFile,
    bom: false,
    lineEnding: lineEndingOf(buffer.text),
    readOnly: false,
    frontMatterStatus: readFrontMatter(buffer.text).status,
    saving: false,
    saveError: null,
    deleted: true
  }
}
