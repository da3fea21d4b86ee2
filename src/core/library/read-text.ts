import type { Stats } from 'node:fs'
import { PostcloudError } from '@shared/errors'
import { resolveInside } from './confine'
import { readFileOnce } from './read-file'
import type { TextSource } from '@core/analysis/text-source'
import { decodePost, sniffPost } from './text-decode'

/*
 * Reading a post's text without its front matter (no YAML parser loaded): what word counting
 * needs, and what a command line can do before the heavier modules load.
 */

/**
 * Only a post's text, refused as readPost would: for word counting, which needs no front matter,
 * stamp or permissions (a folder's worth of those costs a warm analysis a tenth). A UTF-8 post
 * comes as its bytes, undecoded: the analysis cache finds its entry by them (see TextSource).
 */
export async function readPostSource(root: string, id: string): Promise<TextSource> {
  const path = await resolveInside(root, id)
  const { bytes } = await readFileOnce(path, id)
  const sniffed = sniffPost(bytes)
  if (sniffed.kind === 'utf-8') return { utf8: sniffed.content }
  if (sniffed.kind === 'gb18030') return sniffed.text
  throw refusal(id, sniffed.kind)
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
  if (decoded.kind !== 'text') throw refusal(id, decoded.kind)
  return { path, stats, bytes, decoded }
}

/** Why a post's bytes cannot be opened as text. */
function refusal(id: string, kind: 'binary' | 'bad-encoding'): PostcloudError {
  if (kind === 'binary') {
    return new PostcloudError(
      'BINARY_FILE',
      `"${id}" is a binary file, not text; it cannot be opened`
    )
  }
  return new PostcloudError(
    'BAD_ENCODING',
    `"${id}" is neither UTF-8 nor GBK/GB18030 text; convert it to UTF-8 to open it in Postcloud`
  )
}
