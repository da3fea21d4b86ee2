import { mkdir, stat } from 'node:fs/promises'
import { dirname, posix } from 'node:path'
import { reasonedError } from '@shared/error-reasons'
import { PostcloudError } from '@shared/errors'
import type { SavedImage } from '@shared/saved-image'
import { createFileExclusive } from '../library/new-file'
import { errnoCode, fsError } from '../library/fs-errors'
import { isPostId } from '../library/save'
import { baseUrl } from './cloud-target'
import { decodeBase64Image } from './image-bytes'
import { encodePathSegments, numberedName, pastedImageName, sniffImage } from './pasted-image'
import type { PostStore } from './post-store'

/** A pasted image larger than this is refused; a full-screen screenshot is a few MB. */
export const maxPastedImageBytes = 20 * 1024 * 1024
/** Where a Jekyll site keeps pasted images: published as is, unlike `_posts/`. */
export const jekyllImageDir = 'assets'
const maxNumber = 999

/**
 * Saves an image pasted or dropped into a post and returns the link to insert. In a Jekyll site
 * it goes to `assets/` at the site's root, linked root-relative with the `baseurl`; in a plain
 * folder beside the post, linked by its name. Only PNG, JPEG, GIF and WebP bytes are taken, and an
 * existing file is never replaced: a taken name gets `-1`, `-2`…
 */
export async function saveImage(
  store: Pick<PostStore, 'info' | 'resolve'>,
  postId: string,
  imageBase64: string,
  fileName: string,
  now: Date = new Date()
): Promise<SavedImage> {
  const info = store.info()
  if (!isPostId(postId)) {
    throw new PostcloudError('INVALID_ARGUMENT', 'saveImage needs the id of a Markdown post.')
  }
  await checkPostExists(await store.resolve(postId), postId)
  const bytes = decodeBase64Image(imageBase64, maxPastedImageBytes, 'The image')
  const kind = sniffImage(bytes)
  if (!kind) {
    throw reasonedError(
      'INVALID_ARGUMENT',
      'imageType',
      'Only PNG, JPEG, GIF and WebP images can be put into a post.'
    )
  }
  const folder = info.jekyll ? jekyllImageDir : posix.dirname(postId)
  const name = pastedImageName(fileName, kind, now)
  for (let n = 0; n <= maxNumber; n += 1) {
    const candidate = n === 0 ? name : numberedName(name, n)
    const path = folder === '.' ? candidate : `${folder}/${candidate}`
    const target = await store.resolve(path)
    await makeFolderFor(target, folder)
    if (await createFileExclusive(target, bytes, path)) {
      const link = info.jekyll
        ? `${baseUrl(info)}/${encodePathSegments(path)}`
        : encodePathSegments(candidate)
      return { path, link }
    }
  }
  const message = `No free name like "${name}" is left in "${folder}".`
  throw reasonedError('EXISTS', 'noFreeName', message, { name })
}

async function checkPostExists(path: string, id: string): Promise<void> {
  try {
    await stat(path)
  } catch (error) {
    throw fsError(error, id, 'find')
  }
}

async function makeFolderFor(target: string, folder: string): Promise<void> {
  try {
    await mkdir(dirname(target), { recursive: true })
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      const message = `A file is in the way of the folder "${folder}".`
      throw reasonedError('EXISTS', 'fileInTheWay', message, { path: folder })
    }
    throw fsError(error, folder, 'create the folder')
  }
}
