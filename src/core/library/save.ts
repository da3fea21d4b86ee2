import { realpath } from 'node:fs/promises'
import { dirname } from 'node:path'
import { reasonedError } from '@shared/error-reasons'
import { PostcloudError } from '@shared/errors'
import type { PostStamp } from '@shared/post'
import { writeFileAtomic } from './atomic-write'
import { resolveInside } from './confine'
import { withFileLock } from './file-lock'
import { errnoCode, fsError } from './fs-errors'
import { nodeFileSystem } from './fs-layer'
import type { SaveFileSystem } from './fs-layer'
import { readFileOnce } from './read-file'
import type { FileBytes } from './read-file'
import { sha256Hex, stampOf } from './stamp'
import { assertUtf8Post, hasBom } from './text-decode'
import { queueWrite } from './write-queue'

const POST_FILE = /\.(?:md|markdown)$/i
const BOM = new Uint8Array([0xef, 0xbb, 0xbf])

export function isPostId(id: string): boolean {
  return POST_FILE.test(id)
}

/** Called with a post's previous bytes once a save has replaced them (the local history keeps them). */
export type OnReplaced = (previous: Uint8Array) => Promise<void>

export interface SaveOptions {
  /** Node's file system unless given; tests pass one that fails on cue (see fs-layer.ts). */
  fs?: SaveFileSystem
  /**
   * Runs after the new bytes are in place, still under the post's lock, with the old bytes. It
   * handles its own failures: the save has happened whatever it does.
   */
  onReplaced?: OnReplaced
}

/**
 * Saves a post's text atomically. `expected` is the stamp the editor loaded: the file on disk must
 * still hash the same (null: the file must not exist yet), else CONFLICT and nothing is written.
 * The BOM the file had is written back; line endings are written exactly as given.
 */
export async function savePost(
  root: string,
  id: string,
  raw: string,
  expected: PostStamp | null,
  options: SaveOptions = {}
): Promise<PostStamp> {
  if (!isPostId(id)) {
    throw reasonedError(
      'INVALID_ARGUMENT',
      'notPost',
      `"${id}" is not a Markdown post (.md or .markdown)`,
      { path: id }
    )
  }
  return lockedPostWrite(root, id, (target) =>
    checkAndWrite(target, id, raw, expected, options.fs ?? nodeFileSystem, options.onReplaced)
  )
}

/**
 * Runs `task` on the real file of post `id` (through a symlink to its confined target, so the link
 * survives the rename) in this process's queue for the post, queued before any await so writes run
 * in the order asked, and under the file's cross-process lock, held from the stamp check to the
 * rename: another process's write of this file waits.
 */
export function lockedPostWrite<T>(
  root: string,
  id: string,
  task: (target: string) => Promise<T>
): Promise<T> {
  return queueWrite(`${root}\0${id}`, async () => {
    const path = await resolveInside(root, id)
    const target = await realpath(path).catch(() => path)
    return withFileLock(target, id, () => task(target))
  })
}

async function checkAndWrite(
  target: string,
  id: string,
  raw: string,
  expected: PostStamp | null,
  fs: SaveFileSystem,
  onReplaced: OnReplaced | undefined
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
  let written: { mtimeMs: number }
  try {
    if (!current) await fs.mkdir(dirname(target), { recursive: true })
    written = await writeFileAtomic(target, bytes, { label: id, fs })
  } catch (error) {
    throw fsError(error, id, 'save')
  }
  if (current && !alreadyThere) await onReplaced?.(current.bytes)
  return { mtimeMs: written.mtimeMs, size: bytes.length, hash: sha256Hex(bytes) }
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
    const message = `"${id}" already exists on disk; open it instead of overwriting it`
    throw reasonedError('CONFLICT', 'created', message, { path: id })
  }
  if (expected !== null && !current) {
    const message = `"${id}" was deleted or moved on disk since it was opened`
    throw reasonedError('CONFLICT', 'deleted', message, { path: id })
  }
  if (expected !== null && current && current.hash !== expected.hash) {
    const message = `"${id}" changed on disk since it was opened`
    throw reasonedError('CONFLICT', 'changed', message, { path: id })
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}
