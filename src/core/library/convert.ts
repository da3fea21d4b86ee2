import { PostcloudError } from '@shared/errors'
import type { Post, PostStamp } from '@shared/post'
import { writeFileAtomic } from './atomic-write'
import { readPost } from './read'
import { readFileOnce } from './read-file'
import { isPostId, lockedPostWrite } from './save'
import type { OnReplaced } from './save'
import { sha256Hex } from './stamp'
import { decodePost } from './text-decode'

/**
 * Rewrites a GBK/GB18030 post as UTF-8, the writer's explicit choice: the same text (line endings
 * untouched; a BOM only where the file had GB18030's own), written atomically with the file's
 * mode kept, after checking that the file is still the one the writer looked at (`expected`,
 * else CONFLICT). The decode is strict, so no character is replaced on the way. Returns the post
 * as read back: UTF-8 and writable. `onReplaced` gets the GBK bytes once they are replaced.
 */
export async function convertToUtf8(
  root: string,
  id: string,
  expected: PostStamp,
  onReplaced?: OnReplaced
): Promise<Post> {
  if (!isPostId(id)) {
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      `"${id}" is not a Markdown post (.md or .markdown)`
    )
  }
  // The same queue and lock as savePost: a save and a conversion of one post never interleave.
  await lockedPostWrite(root, id, (target) => writeAsUtf8(target, id, expected, onReplaced))
  return readPost(root, id)
}

async function writeAsUtf8(
  target: string,
  id: string,
  expected: PostStamp,
  onReplaced: OnReplaced | undefined
): Promise<void> {
  const { bytes } = await readFileOnce(target, id)
  if (sha256Hex(bytes) !== expected.hash) {
    throw new PostcloudError(
      'CONFLICT',
      `"${id}" changed on disk since it was opened; nothing was converted`
    )
  }
  const decoded = decodePost(bytes)
  if (decoded.kind !== 'text') {
    throw new PostcloudError(
      'BAD_ENCODING',
      `"${id}" is not GBK/GB18030 text; it cannot be converted without losing characters`
    )
  }
  // Already UTF-8 (never GBK, or the stamp was taken after a conversion): nothing to write.
  if (decoded.encoding === 'utf-8') return
  // GB18030's BOM becomes UTF-8's; a file without one gets none.
  const text = decoded.bom ? `\ufeff${decoded.text}` : decoded.text
  await writeFileAtomic(target, new TextEncoder().encode(text), { label: id })
  await onReplaced?.(bytes)
}
