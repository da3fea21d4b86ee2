import { nodeFileSystem } from '@core/library/fs-layer'
import type { SaveFileSystem, WriteHandle } from '@core/library/fs-layer'

/** Where a fault strikes: the temp file's calls, the rename, or the folder flush after it. */
export type FaultPoint =
  'open' | 'write' | 'chmod' | 'sync' | 'close' | 'rename' | 'mkdir' | 'folder-sync'

export interface Fault {
  at: FaultPoint
  /** The errno code the call fails with, as node reports it (`ENOSPC`, `EIO`…). */
  code: string
  /** For `write`: how many bytes reach the disk before it fails (a disk filling up mid-file). */
  afterBytes?: number
  /** For `rename`: it takes effect and then reports the error (as network file systems may). */
  afterEffect?: boolean
}

/** A layer over node's file system that fails once, at the fault's point (`hits` is then 1). */
export interface FaultyFileSystem extends SaveFileSystem {
  readonly hits: number
}

export function errnoError(code: string, syscall: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected fault, ${syscall}`)
  error.code = code
  error.syscall = syscall
  return error
}

export function faultyFileSystem(fault: Fault): FaultyFileSystem {
  let hits = 0
  const strike = (at: FaultPoint): void => {
    if (at !== fault.at || hits > 0) return
    hits += 1
    throw errnoError(fault.code, at)
  }
  const wrap = (real: WriteHandle, isFolder: boolean): WriteHandle => ({
    async writeFile(data) {
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
      if (fault.at === 'write') {
        const reached = Math.min(fault.afterBytes ?? 0, bytes.length)
        if (reached > 0) await real.writeFile(bytes.subarray(0, reached))
        strike('write')
      }
      await real.writeFile(bytes)
    },
    async chmod(mode) {
      strike('chmod')
      await real.chmod(mode)
    },
    chown: (uid, gid) => real.chown(uid, gid),
    stat: () => real.stat(),
    async sync() {
      strike(isFolder ? 'folder-sync' : 'sync')
      await real.sync()
    },
    async close() {
      await real.close()
      // A close that fails still releases the descriptor (POSIX), so the real one is closed first.
      if (!isFolder) strike('close')
    }
  })
  return {
    get hits() {
      return hits
    },
    stat: (path) => nodeFileSystem.stat(path),
    async open(path, flags, mode) {
      if (flags === 'wx') strike('open')
      return wrap(await nodeFileSystem.open(path, flags, mode), flags === 'r')
    },
    async rename(from, to) {
      if (fault.at === 'rename' && fault.afterEffect) {
        await nodeFileSystem.rename(from, to)
        strike('rename')
      }
      strike('rename')
      await nodeFileSystem.rename(from, to)
    },
    rm: (path, options) => nodeFileSystem.rm(path, options),
    async mkdir(path, options) {
      strike('mkdir')
      return nodeFileSystem.mkdir(path, options)
    }
  }
}
