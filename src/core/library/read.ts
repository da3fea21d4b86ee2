import type { Stats } from 'node:fs'
import { dirname } from 'node:path'
import { PostcloudError } from '@shared/errors'
import type { Post, PostEncoding, PostStamp } from '@shared/post'
import { parseFrontMatter } from '../frontmatter'
import { resolveInside } from './confine'
import { canWrite, isReadOnlyFile } from './permissions'
import { readFileOnce } from './read-file'
import { stampOf } from './stamp'
import { decodePost, detectLineEnding } from './text-decode'

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

/**
 * Only a post's text, decoded and refused as readPost would: for word counting, which needs no
 * front matter, stamp or permissions (a folder's worth of those costs a warm analysis a tenth).
 */
export async function readPostText(root: string, id: string): Promise<string> {
  return (await readDecoded(root, id)).decoded.text
}

interface Decoded {
  path: string
  stats: Stats
  bytes: Uint8Array
  decoded: Extract<ReturnType<typeof decodePost>, { kind: 'text' }>
}

/** The post's file read once and decoded; BINARY_FILE or BAD_ENCODING when it is not text. */
async function readDecoded(root: string, id: string): Promise<Decoded> {
  const path = await resolveInside(root, id)
  const { bytes, stats } = await readFileOnce(path, id)
  const decoded = decodePost(bytes)
  if (decoded.kind === 'binary') {
    throw new PostcloudError(
      'BINARY_FILE',
      `"${id}" is a binary file, not text; it cannot be opened`
    )
  }
  if (decoded.kind === 'bad-encoding') {
    throw new PostcloudError(
      'BAD_ENCODING',
      `"${id}" is neither UTF-8 nor GBK/GB18030 text; convert it to UTF-8 to open it in Postcloud`
    )
  }
  return { path, stats, bytes, decoded }
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
