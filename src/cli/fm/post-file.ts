import { describeProblem } from '@core/lint/front-matter'
import { readPost } from '@core/library/read'
import { PostcloudError } from '@shared/errors'
import type { Post } from '@shared/post'
import { locatePost } from '../locate-post'

export interface PostFile {
  post: Post
  /**
   * The folder the window would open for the post's real file (through symbolic links), and the
   * post's id in it: the local history files the post's versions under the two.
   */
  folder: string
  id: string
}

/**
 * Reads a post named on the command line the way the window reads it (BOM noted, strict UTF-8,
 * binary and huge files refused), from its real location, so a symbolic link is followed.
 */
export async function readPostFile(path: string): Promise<PostFile> {
  const { folder, id } = await locatePost(path)
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
