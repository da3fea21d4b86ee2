import { randomBytes } from 'node:crypto'
import type { Stats } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { PostcloudError } from '@shared/errors'
import { errnoCode, fsError } from './fs-errors'
import { nodeFileSystem } from './fs-layer'
import type { SaveFileSystem, WriteHandle } from './fs-layer'
import { isReadOnlyFile } from './permissions'

export interface AtomicWriteOptions {
  /** Mode of the new file; by default the existing file's mode (or the umask default for a new one). */
  mode?: number
  /** How the file is named in error messages (a post id); the base name by default. */
  label?: string
  /** The file system to write through; node's by default (tests pass one that fails on cue). */
  fs?: SaveFileSystem
}

/**
 * Replaces a file so that a crash or a full disk leaves exactly the old or the new contents: the
 * bytes go to a temp file in the same folder (same file system, so rename is atomic), which is
 * flushed, given the old file's mode (and owner, when running as root) and renamed over the target.
 * A target without write permission is refused with READ_ONLY: Postcloud never changes a mode.
 *
 * Returns the new file's stats, taken from the temp file once flushed (a rename changes neither
 * bytes nor mtime): nothing after the rename can fail the write, so a write that rejects has left
 * the old file in place, unless the rename itself reports an error after taking effect.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {}
): Promise<Stats> {
  const fs = options.fs ?? nodeFileSystem
  const label = options.label ?? basename(target)
  const existing = await statOrNull(fs, target, label)
  if (existing?.isDirectory()) {
    throw new PostcloudError('INVALID_ARGUMENT', `"${label}" is a folder, not a file`)
  }
  if (existing && (await isReadOnlyFile(target, existing))) {
    throw new PostcloudError(
      'READ_ONLY',
      `"${label}" is read-only; Postcloud does not change file permissions. Make it writable and save again.`
    )
  }
  const mode = options.mode ?? (existing ? existing.mode & 0o7777 : undefined)
  const temp = tempPathFor(target)
  let handle: WriteHandle | undefined
  let written: Stats
  try {
    handle = await fs.open(temp, 'wx', mode ?? 0o666)
    await handle.writeFile(data)
    // open() applies the umask; the old file's mode must come back exactly.
    if (mode !== undefined) await handle.chmod(mode)
    if (existing) await keepOwner(handle, existing)
    await handle.sync()
    written = await handle.stat()
    await handle.close()
    handle = undefined
    await fs.rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw fsError(error, label, 'save')
  }
  await syncDirectory(fs, dirname(target))
  return written
}

const OWN_TEMP_NAME = /^\..+\.postcloud-[0-9a-f]{12}\.tmp$/s

/**
 * `.<name>.postcloud-<random>.tmp`: a dot-file, so scans, watchers and Jekyll all skip it, and
 * marked as ours, so a temp file left by a crash can be told from any file of the writer's.
 */
export function tempPathFor(target: string): string {
  // Long names (Chinese titles are 3 bytes a character) must stay under the 255-byte limit.
  const name = Array.from(basename(target)).slice(0, 40).join('')
  return join(dirname(target), `.${name}.postcloud-${randomBytes(6).toString('hex')}.tmp`)
}

/** True for the names `tempPathFor` makes, and only those. */
export function isOwnTempFileName(name: string): boolean {
  return OWN_TEMP_NAME.test(name)
}

async function statOrNull(fs: SaveFileSystem, path: string, label: string): Promise<Stats | null> {
  try {
    return await fs.stat(path)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null
    throw fsError(error, label, 'save')
  }
}

async function keepOwner(handle: WriteHandle, existing: Stats): Promise<void> {
  if (process.getuid?.() !== 0) return
  await handle.chown(existing.uid, existing.gid).catch(() => undefined)
}

/**
 * Flushes the rename itself. Some platforms cannot open or fsync a folder (Windows: EISDIR/EPERM);
 * the new contents are already in place then, so a failure here is not worth failing the save.
 */
async function syncDirectory(fs: SaveFileSystem, dir: string): Promise<void> {
  let handle: WriteHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch {
    // See above: nothing the writer could act on.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
