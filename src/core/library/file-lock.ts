import { createHash } from 'node:crypto'
import { link, lstat, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { PostcloudError } from '@shared/errors'
import { tempPathFor } from './atomic-write'
import { errnoCode, fsError } from './fs-errors'

/** A holder that has not let go for this long has died on another machine (or hung). */
export const staleLockMs = 30_000
/** How long a save waits for another process's save of the same file before giving up. */
const waitLimitMs = 10_000

/**
 * Runs `task` while holding the lock of `target` across processes. The in-process write queue
 * orders the saves of one process; a second process (another window's back end, the CLI, a web
 * host) would otherwise pass the same stamp check at the same moment and both renames would land,
 * the second silently replacing the first. With the lock, the second save runs after the first
 * and its stamp check sees the new file: CONFLICT, not a lost update.
 *
 * The lock is a dot-file beside the target, made atomically and complete (written to a temp
 * file, then hard-linked into place, which fails when the lock exists). A lock whose process is
 * gone (same host) or that is older than `staleLockMs` is broken. Where the folder cannot hold
 * the lock file (read-only or missing folder), the task runs unlocked and meets the same refusal
 * (or creates the folder) itself.
 */
export async function withFileLock<T>(
  target: string,
  label: string,
  task: () => Promise<T>
): Promise<T> {
  const lock = lockPathFor(target)
  const held = await acquire(lock, label)
  try {
    return await task()
  } finally {
    if (held) await rm(lock, { force: true }).catch(() => undefined)
  }
}

/**
 * `.<name>.postcloud-<hash of the name>.tmp`: one lock per file name, shaped like our temp
 * files, so scans, watchers and Jekyll skip it and the listing's clean-up of stale temp files
 * also removes a lock that a killed process left behind.
 */
export function lockPathFor(target: string): string {
  const name = basename(target)
  const hash = createHash('sha256').update(`lock\0${name}`).digest('hex').slice(0, 12)
  const short = Array.from(name).slice(0, 40).join('')
  return join(dirname(target), `.${short}.postcloud-${hash}.tmp`)
}

/** True once the lock is ours; false when the folder cannot hold a lock file at all. */
async function acquire(lock: string, label: string): Promise<boolean> {
  const owner = `${process.pid}\n${hostname()}\n`
  const deadline = Date.now() + waitLimitMs
  let pause = 2
  for (;;) {
    const outcome = await tryCreate(lock, owner)
    if (outcome !== 'taken') return outcome === 'created'
    if (await breakIfStale(lock)) continue
    if (Date.now() > deadline) {
      throw new PostcloudError(
        'BUSY',
        `"${label}" is being saved by another program; nothing was written. Try again.`
      )
    }
    await new Promise((done) => setTimeout(done, pause))
    pause = Math.min(pause * 2, 50)
  }
}

async function tryCreate(lock: string, owner: string): Promise<'created' | 'taken' | 'no-lock'> {
  const temp = tempPathFor(lock)
  return (await writeOwner(temp, owner)) ? linkInPlace(temp, lock, owner) : 'no-lock'
}

/**
 * Writes the owner into a new temp file; false when the folder cannot take files, or does not
 * exist yet (a new post in a new folder: nothing there to race over, and creating the folder is
 * the save's own business, with its own error handling).
 */
async function writeOwner(temp: string, owner: string): Promise<boolean> {
  try {
    await writeFile(temp, owner, { flag: 'wx' })
    return true
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return false
    throw fsError(error, basename(temp), 'lock')
  }
}

async function linkInPlace(
  temp: string,
  lock: string,
  owner: string
): Promise<'created' | 'taken' | 'no-lock'> {
  try {
    await link(temp, lock)
    return 'created'
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'EEXIST') return 'taken'
    // File systems without hard links (FAT, exFAT): an exclusive create, briefly empty.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') {
      return writeFile(lock, owner, { flag: 'wx' }).then(
        () => 'created' as const,
        (failure: unknown) => (errnoCode(failure) === 'EEXIST' ? 'taken' : 'no-lock')
      )
    }
    return 'no-lock'
  } finally {
    await rm(temp, { force: true }).catch(() => undefined)
  }
}

/** Removes the lock when its holder is gone; true when the caller should try again at once. */
async function breakIfStale(lock: string): Promise<boolean> {
  let seen: string
  let age: number
  try {
    seen = await readFile(lock, 'utf8')
    age = Date.now() - (await lstat(lock)).mtimeMs
  } catch (error) {
    // Released between our attempt and this look.
    return errnoCode(error) === 'ENOENT'
  }
  if (age < staleLockMs && !holderIsGone(seen)) return false
  // Read again right before removing, so a lock just re-taken by someone else is left alone.
  const now = await readFile(lock, 'utf8').catch(() => null)
  if (now === seen) await rm(lock, { force: true }).catch(() => undefined)
  return true
}

function holderIsGone(owner: string): boolean {
  const [pidText, host] = owner.split('\n')
  const pid = Number(pidText)
  // A process on another machine (a shared folder) cannot be asked; only age breaks its lock.
  if (!Number.isInteger(pid) || pid <= 0 || host !== hostname()) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return errnoCode(error) === 'ESRCH'
  }
}
