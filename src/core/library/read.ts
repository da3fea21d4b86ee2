import { dirname } from 'node:path'
import type { Post, PostEncoding, PostStamp } from '@shared/post'
import { parseFrontMatter } from '../frontmatter'
import { canWrite, isReadOnlyFile } from './permissions'
import { readDecoded } from './read-text'
import { stampOf } from './stamp'
import { detectLineEnding } from './text-decode'

/**
 * Reads one post: its text without the BOM, its front matter and the stamp a later save must
 * match. Binary files and files that are neither UTF-8 nor GB18030 are refused; a GB18030 post is
 * read-only (savePost refuses it), so a decode in another encoding can never be saved back.
 */
export async function readPost(root: string, id: string): Promise<Post> {
  const { path, stats, bytes, decoded } = await readDecoded(root, id)
  const readOnly =
    decoded.encoding !== 'utf-8' ||
    (await isReadOnlyFile(path, stats)) ||
    !(await canWrite(dirname(path)))
  return buildPost(id, decoded.text, decoded.bom, stampOf(stats, bytes), readOnly, decoded.encoding)
}

/** A Post from text already in hand (after a save, without reading the file again). */
export function buildPost(
  id: string,
  raw: string,
  bom: boolean,
  stamp: PostStamp,
  readOnly: boolean,
  encoding: PostEncoding = 'utf-8'
): Post {
  const parsed = parseFrontMatter(raw)
  const post: Post = {
    id,
    raw,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    frontMatter: parsed.data,
    frontMatterStatus: parsed.status,
    stamp,
    bom,
    lineEnding: detectLineEnding(raw),
    encoding,
    readOnly
  }
  if (parsed.problem) post.frontMatterProblem = parsed.problem
  return post
}
