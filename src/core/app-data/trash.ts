import { randomBytes } from 'node:crypto'
import { lstat, mkdir, readdir, realpath, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { reasonedError } from '@shared/error-reasons'
import { PostcloudError } from '@shared/errors'
import type { TrashEntry } from '@shared/trash'
import { idSegments, isInside } from '../library/confine'
import { moveFile } from '../library/move-file'
import { readJsonFile, writeJsonFile } from './json-file'

/** Entries older than this are removed for good when the trash is listed. */
export const trashDays = 30

/** What `entry.json` records about a trashed post. */
interface EntryRecord {
  id: string
  /** Real path of the folder the post was deleted from. */
  folder: string
  deletedAt: string
  fileName: string
  /** Files that left the folder with the post (its cloud image), kept in `companions/`. */
  companions?: Companion[]
}

/** A file trashed together with a post: its id in the folder and its name under `companions/`. */
interface Companion {
  id: string
  stored: string
}

/** A trashed post ready to be put back: its id in the folder and where its file is now. */
export interface TrashedFile {
  id: string
  file: string
  /** Files trashed with it (its cloud image): id in the folder and where the file is now. */
  companions: Array<{ id: string; file: string }>
}

// `<time base36>-<12 hex>`: nothing in an entry name can climb out of the trash folder.
const ENTRY_NAME = /^[0-9a-z]{1,16}-[0-9a-f]{12}$/

/**
 * The app's own trash for deleted posts (web host and CLI; Electron uses the system trash):
 * `<dataDir>/trash/<entry>/` holds the file under its own name and `entry.json`. It lives in the
 * app's data folder, never in a posts folder, where Jekyll or git would pick it up.
 */
export class AppTrash {
  private readonly dir: string

  constructor(
    dataDir: string,
    private readonly now: () => number = Date.now
  ) {
    this.dir = join(dataDir, 'trash')
  }

  /** Moves the file at `path` (post `id` of the real folder `folder`) in; returns the entry. */
  async put(folder: string, id: string, path: string): Promise<string> {
    // Checked before the trash folder is made: not even an empty folder goes into the posts folder.
    if (isInside(folder, await realLocation(this.dir))) {
      throw reasonedError(
        'INVALID_ARGUMENT',
        'trashInFolder',
        'The app’s trash is inside the open folder, so a deleted post would stay in it; nothing was deleted.'
      )
    }
    const entry = `${this.now().toString(36)}-${randomBytes(6).toString('hex')}`
    const entryDir = join(this.dir, entry)
    const fileName = idSegments(id).at(-1) ?? id
    await mkdir(this.dir, { recursive: true })
    await mkdir(entryDir)
    try {
      // The record first: an entry without its file is never listed, a file is never unrecorded.
      const record: EntryRecord = {
        id,
        folder,
        deletedAt: new Date(this.now()).toISOString(),
        fileName
      }
      await writeJsonFile(join(entryDir, 'entry.json'), record)
      await moveFile(path, join(entryDir, fileName))
    } catch (error) {
      await rm(entryDir, { recursive: true, force: true }).catch(() => undefined)
      throw error
    }
    return entry
  }

  /**
   * Moves a file that goes with a trashed post (its cloud image) into the post's entry, so the
   * entry is listed once and restoring the post brings the file back too.
   */
  async attach(entry: string, id: string, path: string): Promise<void> {
    const record = ENTRY_NAME.test(entry) ? await this.record(entry) : null
    if (!record) {
      throw reasonedError('NOT_FOUND', 'trashEntry', 'The post is no longer in the trash.')
    }
    const companions = record.companions ?? []
    const stored = String(companions.length)
    await mkdir(join(this.dir, entry, 'companions'), { recursive: true })
    await moveFile(path, join(this.dir, entry, 'companions', stored))
    companions.push({ id, stored })
    await writeJsonFile(join(this.dir, entry, 'entry.json'), { ...record, companions })
  }

  /** Entries deleted from `folder` (a real path), newest first; prunes old entries of any folder. */
  async list(folder: string): Promise<TrashEntry[]> {
    const entries: TrashEntry[] = []
    for (const entry of await this.entryNames()) {
      const record = await this.record(entry)
      if (!record) continue
      if (this.now() - Date.parse(record.deletedAt) > trashDays * 86_400_000) {
        await rm(join(this.dir, entry), { recursive: true, force: true }).catch(() => undefined)
        continue
      }
      if (record.folder !== folder || !(await exists(join(this.dir, entry, record.fileName)))) {
        continue
      }
      entries.push({ entry, id: record.id, folder: record.folder, deletedAt: record.deletedAt })
    }
    return entries.sort((a, b) => Date.parse(b.deletedAt) - Date.parse(a.deletedAt))
  }

  /** The trashed post of `entry`, refused unless it was deleted from `folder` (a real path). */
  async take(entry: string, folder: string): Promise<TrashedFile> {
    if (!ENTRY_NAME.test(entry)) {
      throw new PostcloudError('INVALID_ARGUMENT', 'Not a trash entry.')
    }
    const record = await this.record(entry)
    const file = record ? join(this.dir, entry, record.fileName) : ''
    if (!record || !(await exists(file))) {
      throw reasonedError('NOT_FOUND', 'trashEntry', 'This post is no longer in the trash.')
    }
    if (record.folder !== folder) {
      throw reasonedError(
        'OUTSIDE_FOLDER',
        'otherFolder',
        `This post was deleted from another folder (${record.folder}); open that folder to restore it.`,
        { folder: record.folder }
      )
    }
    const companions = (record.companions ?? []).map((c) => ({
      id: c.id,
      file: join(this.dir, entry, 'companions', c.stored)
    }))
    return { id: record.id, file, companions }
  }

  /** Removes an entry (after its post was restored). */
  async discard(entry: string): Promise<void> {
    if (!ENTRY_NAME.test(entry)) return
    await rm(join(this.dir, entry), { recursive: true, force: true })
  }

  private async entryNames(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((name) => ENTRY_NAME.test(name))
    } catch {
      return []
    }
  }

  /** The entry's record, or null when missing or malformed (the trash folder is not trusted). */
  private async record(entry: string): Promise<EntryRecord | null> {
    const data = await readJsonFile<unknown>(join(this.dir, entry, 'entry.json'), null)
    if (!data || typeof data !== 'object') return null
    const { id, folder, deletedAt, fileName } = data as Record<string, unknown>
    if (typeof id !== 'string' || typeof folder !== 'string') return null
    if (typeof deletedAt !== 'string' || Number.isNaN(Date.parse(deletedAt))) return null
    try {
      if (idSegments(id).pop() !== fileName) return null
    } catch {
      return null
    }
    return { id, folder, deletedAt, fileName: fileName as string, companions: companionsOf(data) }
  }
}

/** The companion list of a record; malformed items are dropped (the trash folder is not trusted). */
function companionsOf(data: object): Companion[] {
  const list = (data as { companions?: unknown }).companions
  if (!Array.isArray(list)) return []
  return list.filter(
    (c): c is Companion =>
      typeof c === 'object' &&
      c !== null &&
      typeof (c as Companion).id === 'string' &&
      typeof (c as Companion).stored === 'string' &&
      /^\d{1,4}$/.test((c as Companion).stored)
  )
}

/** The real path of `path`, which may not exist yet: its deepest existing ancestor, resolved. */
async function realLocation(path: string): Promise<string> {
  const missing: string[] = []
  for (let current = path; ; current = dirname(current)) {
    try {
      return join(await realpath(current), ...missing.reverse())
    } catch {
      if (dirname(current) === current) return path
      missing.push(basename(current))
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}
