import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fstatSync,
  openSync,
  readSync,
  rename as renameCallback,
  writeFile as writeFileCallback
} from 'node:fs'
import { lstat, mkdir, rename, rm, utimes } from 'node:fs/promises'
import { dirname } from 'node:path'

/** An entry file's bytes and when it was last used (its mtime). */
export interface EntryFile {
  bytes: Buffer
  mtimeMs: number
}

/**
 * Reads an entry and its mtime in one open. Synchronous calls inside (as the folder scan makes
 * them): a warm count reads hundreds of entries, and each async call's thread-pool round trip
 * costs the main thread more than the call itself. Undefined when it cannot be read.
 */
export async function readEntryFile(path: string): Promise<EntryFile | undefined> {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const stats = fstatSync(fd)
    if (!stats.isFile()) return undefined
    const bytes = Buffer.allocUnsafe(stats.size)
    // A short read is a file being cut under us: the checksum would refuse it anyway.
    return readSync(fd, bytes, 0, bytes.length, 0) === bytes.length
      ? { bytes, mtimeMs: stats.mtimeMs }
      : undefined
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Temp names: this process's random prefix and a counter (unique without a random draw each). */
const tempPrefix = randomBytes(3).toString('hex')
let tempCount = 0

function tempName(path: string): string {
  tempCount = (tempCount + 1) % 0x1000000
  return `${path}.${tempPrefix}${tempCount.toString(16).padStart(6, '0')}.tmp`
}

/** fs.writeFile and fs.rename as promises, through the callback API (half the cost of fs/promises). */
function writeNew(path: string, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) =>
    writeFileCallback(path, bytes, { flag: 'wx' }, (error) => (error ? reject(error) : resolve()))
  )
}

function renameTo(from: string, to: string): Promise<void> {
  return new Promise((resolve, reject) =>
    renameCallback(from, to, (error) => (error ? reject(error) : resolve()))
  )
}

/**
 * Writes an entry so that a reader, another process or a crash only ever sees a whole file: the
 * bytes go to a temp file beside it, which is renamed over it. No fsync: after a power cut the
 * checksum refuses a file the disk did not finish, and a cold run would pay one flush a post.
 * Repairs what a damaged cache may hold in the way (a file for a shard folder, a folder for an
 * entry); throws when the cache folder itself cannot be written.
 */
export async function writeEntryFile(path: string, bytes: Uint8Array): Promise<void> {
  const temp = tempName(path)
  try {
    await writeNew(temp, bytes)
  } catch (error) {
    if (!isCode(error, 'ENOENT', 'ENOTDIR')) throw error
    await ensureFolder(dirname(path))
    await writeNew(temp, bytes)
  }
  try {
    await renameOverEntry(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** Temp files `writeEntryFile` makes, so pruning can sweep the ones a crash left behind. */
export const isEntryTempName = (name: string): boolean =>
  /^[0-9a-f]{62}\.[0-9a-f]{12}\.tmp$/.test(name)

/** Marks an entry as used now, for the least-recently-used bound; a vanished entry is no matter. */
export async function touchEntryFile(path: string, now: Date): Promise<void> {
  await utimes(path, now, now).catch(() => undefined)
}

async function renameOverEntry(temp: string, path: string): Promise<void> {
  try {
    await renameTo(temp, path)
  } catch (error) {
    if (!isCode(error, 'EISDIR', 'ENOTEMPTY', 'EEXIST', 'EPERM')) throw error
    if (!(await lstat(path)).isDirectory()) throw error
    await rm(path, { recursive: true, force: true })
    await rename(temp, path)
  }
}

/** Creates a shard folder, replacing a file that stands in its place (never above the shard). */
async function ensureFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true })
  } catch (error) {
    if (!isCode(error, 'EEXIST', 'ENOTDIR')) throw error
    if ((await lstat(folder)).isDirectory()) return
    await rm(folder, { force: true })
    await mkdir(folder)
  }
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return codes.includes((error as NodeJS.ErrnoException | undefined)?.code ?? '')
}
