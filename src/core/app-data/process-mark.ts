import { randomBytes } from 'node:crypto'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'

/**
 * Who wrote a record in the app's data folder: a random session id (one per store), the process
 * id and that process's start time. The pid alone cannot tell a crashed writer from a living one,
 * because pids are reused (in a container the app may get the same pid at every launch).
 */
export interface ProcessMark {
  session: string
  pid: number
  /** An opaque start-time token of the process; null where the platform cannot tell. */
  started: string | null
}

const run = promisify(execFile)

let ownStart: Promise<string | null> | null = null

/** A new mark for a store of this process. */
export async function ownProcessMark(): Promise<ProcessMark> {
  ownStart ??= processStartToken(process.pid)
  return { session: randomBytes(8).toString('hex'), pid: process.pid, started: await ownStart }
}

/**
 * Whether the process that made `mark` has ended: its pid is gone, or is now another process
 * (a start time that differs). When the start time cannot be read, a living pid counts as the
 * writer, so a running editor's buffers are never offered to a second one.
 */
export async function isProcessGone(mark: ProcessMark): Promise<boolean> {
  if (!Number.isSafeInteger(mark.pid) || mark.pid <= 0) return true
  try {
    process.kill(mark.pid, 0)
  } catch {
    // ESRCH: no such process. EPERM: the pid belongs to another user, so it is not the writer
    // (records are written by this user's processes).
    return true
  }
  if (mark.started === null) return false
  const now = await processStartToken(mark.pid)
  return now !== null && now !== mark.started
}

/** The start-time token of a process, or null when unknown (gone, or no way to ask). */
export async function processStartToken(pid: number): Promise<string | null> {
  if (process.platform === 'linux') return linuxStartToken(pid)
  if (process.platform === 'win32') return null
  return psStartToken(pid)
}

/**
 * Field 22 of /proc/<pid>/stat is the start time in clock ticks since boot; the boot id makes it
 * unique across reboots. The command name (field 2) may hold spaces and parentheses, so fields
 * are counted from the last `)`.
 */
async function linuxStartToken(pid: number): Promise<string | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const startTicks = fields[19]
    if (!startTicks || !/^\d+$/.test(startTicks)) return null
    const boot = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => '')).trim()
    return `${boot}:${startTicks}`
  } catch {
    return null
  }
}

/** macOS and the BSDs have no /proc: `ps` prints the start time (to the second). */
async function psStartToken(pid: number): Promise<string | null> {
  try {
    const { stdout } = await run('ps', ['-o', 'lstart=', '-p', String(pid)], { timeout: 5000 })
    return stdout.trim() || null
  } catch {
    return null
  }
}
