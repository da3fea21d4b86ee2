import { realpath } from 'node:fs/promises'
import { dirname } from 'node:path'
import { PostcloudError } from '../../shared/errors'
import type { PostStamp } from '../../shared/post'
import { writeFileAtomic } from './atomic-write'
import { resolveInside } from './confine'
import { withFileLock } from './file-lock'
import { errnoCode, fsError } from './fs-errors'
import { nodeFileSystem } from './fs-layer'
import type { SaveFileSystem } from './fs-layer'
import { readFileOnce } from './read-file'
import type { FileBytes } from './read-file'
import { isStamp, sha256Hex, stampOf } from './stamp'
import { assertUtf8Post, hasBom } from './text-decode'
import { queueWrite } from './write-queue'

const POST_FILE = /\.(?:md|markdown)$/i
const BOM = new Uint8Array([0xef, 0xbb, 0xbf])

export function isPostId(id: string): boolean {
  return POST_FILE.test(id)
}

/**
 * Saves a post's text atomically. `expected` is the stamp the editor loaded: the file on disk must
 * still hash the same (null: the file must not exist yet), else CONFLICT and nothing is written.
 * The BOM the file had is written back; line endings are written exactly as given.
 * `fs` is node's file system; tests pass one that fails on cue (see fs-layer.ts).
 */
export async function savePost(
  root: string,
  id: string,
  raw: string,
  expected: PostStamp | null,
  fs: SaveFileSystem = nodeFileSystem
): Promise<PostStamp> {
  if (typeof raw !== 'string')
    throw new PostcloudError('INVALID_ARGUMENT', 'savePost needs the text')
  if (expected !== null && !isStamp(expected)) {
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      'savePost needs the stamp the post was loaded with, or null'
    )
  }
  if (!isPostId(id)) {
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      `"${id}" is not a Markdown post (.md or .markdown)`
    )
  }
  // Queued before any await, so saves of one post run in the order they were asked for.
  return queueWrite(`${root}\0${id}`, async () => {
    const path = await resolveInside(root, id)
    // Write through a symlink to its (confined) target, so the link itself survives the rename.
    const target = await realpath(path).catch(() => path)
    // Held from the stamp check to the rename: another process's save of this file waits.
    return withFileLock(target, id, () => checkAndWrite(target, id, raw, expected, fs))
  })
}

async function checkAndWrite(
  target: string,
  id: string,
  raw: string,
  expected: PostStamp | null,
  fs: SaveFileSystem
): Promise<PostStamp> {
  const current = await currentFile(target, id)
  const text = new TextEncoder().encode(raw)
  const bytes =
    current && hasBom(current.bytes) && !raw.startsWith('\ufeff') ? concat(BOM, text) : text
  const onDisk = current ? stampOf(current.stats, current.bytes) : null
  // The disk changed, but into exactly this text (a rename that reported an error after taking
  // effect, another window saving the same words): nothing to write and no one's work to lose.
  const alreadyThere = current !== null && Buffer.compare(current.bytes, bytes) === 0
  if (onDisk && expected && onDisk.hash !== expected.hash && alreadyThere) return onDisk
  checkStamp(id, onDisk, expected)
  if (current) assertUtf8Post(id, current.bytes)
  try {
    if (!current) await fs.mkdir(dirname(target), { recursive: true })
    const written = await writeFileAtomic(target, bytes, { label: id, fs })
    return { mtimeMs: written.mtimeMs, size: bytes.length, hash: sha256Hex(bytes) }
  } catch (error) {
    throw fsError(error, id, 'save')
  }
}

async function currentFile(path: string, id: string): Promise<FileBytes | null> {
  try {
    return await readFileOnce(path, id)
  } catch (error) {
    if (error instanceof PostcloudError && error.code === 'NOT_FOUND') return null
    if (errnoCode(error) === 'ENOENT') return null
    throw error
  }
}

function checkStamp(id: string, current: PostStamp | null, expected: PostStamp | null): void {
  if (expected === null && current) {
    throw new PostcloudError(
      'CONFLICT',
      `"${id}" already exists on disk; open it instead of overwriting it`
    )
  }
  if (expected !== null && !current) {
    throw new PostcloudError('CONFLICT', `"${id}" was deleted or moved on disk since it was opened`)
  }
  if (expected !== null && current && current.hash !== expected.hash) {
    throw new PostcloudError('CONFLICT', `"${id}" changed on disk since it was opened`)
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}
