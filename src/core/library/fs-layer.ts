import type { Stats } from 'node:fs'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'

/** The part of node's FileHandle that an atomic write uses. */
export interface WriteHandle {
  writeFile(data: Uint8Array | string): Promise<void>
  chmod(mode: number): Promise<void>
  chown(uid: number, gid: number): Promise<void>
  stat(): Promise<Stats>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * The file system calls through which a save changes the disk: creating the temp file, writing,
 * flushing and renaming it, removing it after a failure, creating a new post's folder. Tests hand
 * `writeFileAtomic` and `savePost` a layer that fails on cue (ENOSPC after N bytes, EIO on
 * rename…) to prove that every failure leaves the old file or the new one, never a mix.
 *
 * Passed as an optional argument defaulting to `nodeFileSystem`, not set module-wide: a faulty
 * layer then lives exactly as long as one call, so tests running side by side cannot leak it into
 * each other and production can never be left with one, and every existing caller stays as it is.
 * Reads that change nothing (the conflict check, confinement, permission checks) stay on node:fs.
 */
export interface SaveFileSystem {
  stat(path: string): Promise<Stats>
  open(path: string, flags: 'wx' | 'r', mode?: number): Promise<WriteHandle>
  rename(from: string, to: string): Promise<void>
  rm(path: string, options: { force: boolean }): Promise<void>
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
}

export const nodeFileSystem: SaveFileSystem = { stat, open, rename, rm, mkdir }
