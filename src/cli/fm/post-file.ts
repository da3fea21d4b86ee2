import { realpath } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { describeProblem } from '@core/lint'
import { fsError } from '@core/library/fs-errors'
import { readPost } from '@core/library/read'
import { PostcloudError } from '@shared/errors'
import type { Post } from '@shared/post'

export interface PostFile {
  post: Post
  /** The folder of the post's real file (through symbolic links) and its name there. */
  folder: string
  id: string
}

/**
 * Reads a post named on the command line the way the window reads it (BOM noted, strict UTF-8,
 * binary and huge files refused), from its real location, so a symbolic link is followed.
 */
export async function readPostFile(path: string): Promise<PostFile> {
  const absolute = resolve(path)
  let real: string
  try {
    real = await realpath(absolute)
  } catch (error) {
    throw fsError(error, absolute, 'read')
  }
  const folder = dirname(real)
  const id = basename(real)
  return { post: await readPost(folder, id), folder, id }
}

/** FRONT_MATTER, with the reason and its line and column, when the post's block cannot be read. */
export function requireReadableFrontMatter(post: Post, path: string): void {
  const status = post.frontMatterStatus
  if (status === 'ok' || status === 'none') return
  const problem = post.frontMatterProblem ?? { message: `the front matter is ${status}` }
  throw new PostcloudError(
    'FRONT_MATTER',
    `${path}: the front matter cannot be read: ${describeProblem(problem)}`
  )
}
