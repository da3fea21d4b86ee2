import { randomBytes } from 'node:crypto'
import type { Stats } from 'node:fs'
import { open, rename, rm, stat } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { PostcloudError } from '../../shared/errors'
import { errnoCode, fsError } from './fs-errors'
import { isReadOnlyFile } from './permissions'

export interface AtomicWriteOptions {
  /** Mode of the new file; by default the existing file's mode (or the umask default for a new one). */
  mode?: number
  /** How the file is named in error messages (a post id); the base name by default. */
  label?: string
}

/**
 * Replaces a file so that a crash or a full disk leaves exactly the old or the new contents: the
 * bytes go to a temp file in the same folder (same file system, so rename is atomic), which is
 * flushed, given the old file's mode (and owner, when running as root) and renamed over the target.
 * A target without write permission is refused with READ_ONLY: Postcloud never changes a mode.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {}
): Promise<void> {
  const label = options.label ?? basename(target)
  const existing = await statOrNull(target, label)
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
  let handle: FileHandle | undefined
  try {
    handle = await open(temp, 'wx', mode ?? 0o666)
    await handle.writeFile(data)
    // open() applies the umask; the old file's mode must come back exactly.
    if (mode !== undefined) await handle.chmod(mode)
    if (existing) await keepOwner(handle, existing)
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temp, { force: true }).catch(() => undefined)
    throw fsError(error, label, 'save')
  }
  await syncDirectory(dirname(target))
}

/** `.<name>.<random>.tmp`: a dot-file, so scans, watchers and Jekyll all skip it. */
export function tempPathFor(target: string): string {
  // Long names (Chinese titles are 3 bytes a character) must stay under the 255-byte limit.
  const name = Array.from(basename(target)).slice(0, 40).join('')
  return join(dirname(target), `.${name}.${randomBytes(6).toString('hex')}.tmp`)
}

async function statOrNull(path: string, label: string): Promise<Stats | null> {
  try {
    return await stat(path)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null
    throw fsError(error, label, 'save')
  }
}

async function keepOwner(handle: FileHandle, existing: Stats): Promise<void> {
  if (process.getuid?.() !== 0) return
  await handle.chown(existing.uid, existing.gid).catch(() => undefined)
}

/**
 * Flushes the rename itself. Some platforms cannot open or fsync a folder (Windows: EISDIR/EPERM);
 * the new contents are already in place then, so a failure here is not worth failing the save.
 */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch {
    // See above: nothing the writer could act on.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
