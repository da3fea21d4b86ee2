import type { Stats } from 'node:fs'
import { PostcloudError } from '@shared/errors'
import { resolveInside } from './confine'
import { readFileOnce } from './read-file'
import { decodePost } from './text-decode'

/*
 * Reading a post's text without its front matter (no YAML parser loaded): what word counting
 * needs, and what a command line can do before the heavier modules load.
 */

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
export async function readDecoded(root: string, id: string): Promise<Decoded> {
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
