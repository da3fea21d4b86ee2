import { Buffer } from 'node:buffer'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { reasonedError } from '@shared/error-reasons'
import type { PostStamp } from '@shared/post'
import type { RecoverableBuffer } from '@shared/recovery'
import { writeFileAtomic } from '../library/atomic-write'
import { isStamp } from '../library/stamp'
import { maxPostBytes } from '../library/text-decode'
import { queueWrite } from '../library/write-queue'
import { checkPostId, folderKey, postKey, keyPattern } from './data-keys'
import { checkWindowId } from './live-windows'
import { isProcessGone, ownProcessMark } from './process-mark'
import type { ProcessMark } from './process-mark'

/** Backups nobody touched for this long are deleted: a crash a month ago is not coming back. */
export const backupDays = 30

/** The process that wrote a backup, and the window of that process the buffer was open in. */
interface BackupOwner extends ProcessMark {
  window: string
}

/** `<postKey>.json` in a folder's backup subfolder. */
interface BackupRecord {
  id: string
  text: string
  backedUpAt: string
  base: PostStamp | null
  owner: BackupOwner
}

export interface BackupStoreOptions {
  now?: () => number
  /** Whose backups this store writes; this process, with a new session id, by default. */
  mark?: ProcessMark
  /** Whether a writer has ended; tests replace it to decide for made-up marks. */
  isGone?: (mark: ProcessMark) => Promise<boolean>
}

/**
 * Unsaved buffers kept in the app's data folder: `<dataDir>/backups/<folderKey>/<postKey>.json`,
 * one small file per buffer, replaced atomically at each backup. Each record names the process
 * and the window that wrote it, so only buffers whose editor is gone are offered back: those of a
 * process that ended (a crash of the whole app), and those of a window of this process that is no
 * longer open (a crashed or reloaded window while the back end lives on).
 */
export class BackupStore {
  private readonly dir: string
  private readonly now: () => number
  private readonly mark: Promise<ProcessMark>
  private readonly isGone: (mark: ProcessMark) => Promise<boolean>
  /** The newest text per file not yet written: backups while typing collapse into one write. */
  private readonly pending = new Map<string, Omit<BackupRecord, 'owner'> & { window: string }>()
  /** Which window of this process each backup file was last kept for. */
  private readonly windowOf = new Map<string, string>()

  constructor(dataDir: string, options: BackupStoreOptions = {}) {
    this.dir = join(dataDir, 'backups')
    this.now = options.now ?? Date.now
    this.mark = options.mark ? Promise.resolve(options.mark) : ownProcessMark()
    this.isGone = options.isGone ?? isProcessGone
  }

  /**
   * Keeps (replaces) the backup of post `id` of the posts folder `folder` (a real path), open in
   * the window `window`.
   */
  async keep(
    folder: string,
    id: string,
    text: string,
    base: PostStamp | null,
    window: string
  ): Promise<void> {
    const checked = checkPostId(id)
    const windowId = checkWindowId(window)
    if (Buffer.byteLength(text) > maxPostBytes) {
      const message = `The buffer of "${checked}" is too large to back up.`
      throw reasonedError('TOO_LARGE', 'backup', message, { path: checked })
    }
    const file = this.fileOf(folder, checked)
    // Set before anything is awaited (an async function runs synchronously up to its first
    // await), so a discard asked for after this call always wins.
    this.pending.set(file, {
      id: checked,
      text,
      backedUpAt: new Date(this.now()).toISOString(),
      base,
      window: windowId
    })
    this.windowOf.set(file, windowId)
    await queueWrite(file, () => this.flush(folder, file))
  }

  /** Forgets the backup of post `id`; nothing happens when there is none. */
  async discard(folder: string, id: unknown): Promise<void> {
    const file = this.fileOf(folder, checkPostId(id))
    this.pending.delete(file)
    this.windowOf.delete(file)
    await queueWrite(file, () => rm(file, { force: true }))
  }

  /** Whether this process keeps a backup for the window (there is something to offer when it goes). */
  hasBackupsOf(windowId: string): boolean {
    return [...this.windowOf.values()].includes(windowId)
  }

  /**
   * Backups of `folder` left by processes that have ended or by windows of this process that are
   * no longer open (`isWindowLive`), newest first. A buffer whose text equals the post on disk
   * (`currentText`, null when it cannot be read) is deleted, not offered.
   */
  async recoverable(
    folder: string,
    currentText: (id: string) => Promise<string | null>,
    isWindowLive: (windowId: string) => boolean
  ): Promise<RecoverableBuffer[]> {
    await this.pruneOld()
    const own = await this.mark
    const found: RecoverableBuffer[] = []
    const dir = join(this.dir, folderKey(folder))
    for (const name of await namesIn(dir)) {
      const file = join(dir, name)
      const record = await readRecord(file)
      if (!record) continue
      if (record.owner.session === own.session) {
        if (isWindowLive(record.owner.window)) continue
      } else if (!(await this.isGone(record.owner))) continue
      if ((await currentText(record.id)) === record.text) {
        await this.dropOrphan(file, record.owner)
        continue
      }
      const { id, text, backedUpAt, base } = record
      found.push({ id, text, backedUpAt, base })
    }
    return found.sort((a, b) => Date.parse(b.backedUpAt) - Date.parse(a.backedUpAt))
  }

  private async flush(folder: string, file: string): Promise<void> {
    const pending = this.pending.get(file)
    if (!pending) return
    this.pending.delete(file)
    const { window, ...record } = pending
    const owner: BackupOwner = { ...(await this.mark), window }
    await mkdir(join(this.dir, folderKey(folder)), { recursive: true })
    await writeFileAtomic(file, JSON.stringify({ ...record, owner }), { mode: 0o600 })
  }

  /** Deletes an orphan's record, unless a window has backed the post up over it meanwhile. */
  private dropOrphan(file: string, owner: BackupOwner): Promise<void> {
    return queueWrite(file, async () => {
      const now = (await readRecord(file))?.owner
      if (now?.session === owner.session && now.window === owner.window) {
        await rm(file, { force: true })
      }
    })
  }

  /** Deletes backups of any folder untouched for `backupDays`, except this store's own. */
  private async pruneOld(): Promise<void> {
    const own = await this.mark
    for (const key of await namesIn(this.dir, keyPattern)) {
      const dir = join(this.dir, key)
      for (const name of await namesIn(dir)) {
        const file = join(dir, name)
        const changed = await stat(file).then(
          (s) => s.mtimeMs,
          () => null
        )
        if (changed === null || this.now() - changed <= backupDays * 86_400_000) continue
        if ((await readRecord(file))?.owner.session === own.session) continue
        await queueWrite(file, () => rm(file, { force: true }))
      }
    }
  }

  private fileOf(folder: string, id: string): string {
    return join(this.dir, folderKey(folder), `${postKey(id)}.json`)
  }
}

async function namesIn(dir: string, pattern = /^[0-9a-f]{32}\.json$/): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => pattern.test(name))
  } catch {
    return []
  }
}

/** A record, or null when missing or malformed (the data folder is not trusted). */
async function readRecord(file: string): Promise<BackupRecord | null> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return null
  }
  if (!data || typeof data !== 'object') return null
  const { id, text, backedUpAt, base, owner } = data as Record<string, unknown>
  if (typeof text !== 'string' || typeof backedUpAt !== 'string') return null
  if (Number.isNaN(Date.parse(backedUpAt)) || (base !== null && !isStamp(base))) return null
  if (!isOwner(owner)) return null
  try {
    // A record filed under another post's name is not that post's buffer.
    if (`${postKey(checkPostId(id))}.json` !== basename(file)) return null
  } catch {
    return null
  }
  return { id: id as string, text, backedUpAt, base, owner }
}

function isOwner(value: unknown): value is BackupOwner {
  if (!value || typeof value !== 'object') return false
  const { session, pid, started, window } = value as Record<string, unknown>
  return (
    typeof session === 'string' &&
    typeof pid === 'number' &&
    (started === null || typeof started === 'string') &&
    typeof window === 'string'
  )
}
