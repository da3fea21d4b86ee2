import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { reasonedError } from '@shared/error-reasons'
import { PostcloudError } from '@shared/errors'
import type { HistoryEntry } from '@shared/recovery'
import { writeFileAtomic } from '../library/atomic-write'
import { sha256Hex } from '../library/stamp'
import { decodePost } from '../library/text-decode'
import { queueWrite } from '../library/write-queue'
import { checkPostId, folderKey, keyPattern, postKey } from './data-keys'
import {
  entriesToKeep,
  indexName,
  newestFirst,
  newVersionName,
  readHistoryIndex,
  versionPattern,
  writeHistoryIndex
} from './history-index'
import type { HistoryIndex, VersionRecord } from './history-index'

/** Files in a post's history folder that no index lists (a crash between two writes) go after a day. */
const strayAgeMs = 86_400_000

/**
 * The local history: the bytes of a post as they were before each save replaced them, in
 * `<dataDir>/history/<folderKey>/<postKey>/` (one file per version plus `index.json`). Changes
 * of one posts folder's history run one at a time in this process.
 */
export class LocalHistory {
  private readonly dir: string

  constructor(
    dataDir: string,
    private readonly now: () => number = Date.now
  ) {
    this.dir = join(dataDir, 'history')
  }

  /**
   * Keeps `bytes` (the file as it was before a save) as the newest version of post `id` of
   * `folder` (a real path). Returns the version, or null when the bytes equal the newest kept.
   */
  async keep(folder: string, id: string, bytes: Uint8Array): Promise<string | null> {
    const checked = checkPostId(id)
    return this.queue(folder, async () => {
      const postDir = this.postDir(folder, checked)
      const index = await indexOf(postDir, checked)
      const now = this.now()
      const kept = entriesToKeep(index.entries, now)
      const sha256 = sha256Hex(bytes)
      if (kept[0]?.sha256 === sha256) {
        await store(postDir, index, kept)
        return null
      }
      const added: VersionRecord = {
        version: newVersionName(now),
        savedAt: new Date(now).toISOString(),
        size: bytes.length,
        sha256
      }
      await mkdir(postDir, { recursive: true })
      // The bytes before the index, so the index never lists a version without its file.
      await writeFileAtomic(join(postDir, added.version), bytes, { mode: 0o600 })
      await store(postDir, index, entriesToKeep([added, ...kept], now))
      return added.version
    })
  }

  /** The kept versions of post `id`, newest first. */
  async list(folder: string, id: string): Promise<HistoryEntry[]> {
    const checked = checkPostId(id)
    const index = await indexOf(this.postDir(folder, checked), checked)
    return entriesToKeep(index.entries, this.now()).map(({ version, savedAt, size }) => ({
      version,
      savedAt,
      size
    }))
  }

  /** The text of one kept version of post `id` (BOM dropped); NOT_FOUND for any other version. */
  async read(folder: string, id: string, version: string): Promise<string> {
    const checked = checkPostId(id)
    if (!versionPattern.test(version)) {
      throw new PostcloudError('INVALID_ARGUMENT', 'Not a version of the local history.')
    }
    const postDir = this.postDir(folder, checked)
    const index = await indexOf(postDir, checked)
    const entry = entriesToKeep(index.entries, this.now()).find((e) => e.version === version)
    const bytes = entry ? await readFile(join(postDir, version)).catch(() => null) : null
    if (!entry || !bytes) {
      const message = `"${checked}" has no such version in its history.`
      throw reasonedError('NOT_FOUND', 'historyVersion', message, { path: checked })
    }
    if (sha256Hex(bytes) !== entry.sha256) {
      const message = `This version of "${checked}" is damaged.`
      throw reasonedError('NOT_FOUND', 'historyDamaged', message, { path: checked })
    }
    const decoded = decodePost(bytes)
    if (decoded.kind === 'binary') {
      const message = `This version of "${checked}" is not text.`
      throw reasonedError('BINARY_FILE', 'historyVersion', message, { path: checked })
    }
    if (decoded.kind === 'bad-encoding') {
      const message = `This version of "${checked}" is not UTF-8 text.`
      throw reasonedError('BAD_ENCODING', 'historyVersion', message, { path: checked })
    }
    return decoded.text
  }

  /** After a rename: the versions of `oldId` become (or join) those of `newId`. */
  async move(folder: string, oldId: string, newId: string): Promise<void> {
    const from = checkPostId(oldId)
    const to = checkPostId(newId)
    if (from === to) return
    return this.queue(folder, async () => {
      const fromDir = this.postDir(folder, from)
      const moving = await indexOf(fromDir, from)
      if (moving.entries.length === 0) return
      const toDir = this.postDir(folder, to)
      const target = await indexOf(toDir, to)
      await mkdir(toDir, { recursive: true })
      const moved: VersionRecord[] = []
      for (const entry of moving.entries) {
        // A version whose file is gone is left out rather than stopping the others.
        const done = await rename(join(fromDir, entry.version), join(toDir, entry.version)).then(
          () => true,
          () => false
        )
        if (done) moved.push(entry)
      }
      const all = newestFirst([...moved, ...target.entries])
      const kept = entriesToKeep(all, this.now())
      await store(toDir, { id: to, entries: all }, kept, target.entries)
      await rm(fromDir, { recursive: true, force: true })
    })
  }

  /** Prunes every post's history of `folder` by age, and files a crash left behind. */
  sweep(folder: string): Promise<void> {
    return this.queue(folder, async () => {
      const folderDir = join(this.dir, folderKey(folder))
      const keys = await readdir(folderDir).catch(() => [])
      for (const key of keys.filter((name) => keyPattern.test(name))) {
        const postDir = join(folderDir, key)
        const index = await readHistoryIndex(postDir)
        if (index && postKey(index.id) === key) {
          await store(postDir, index, entriesToKeep(index.entries, this.now()))
        }
        await this.removeStrays(postDir, index)
      }
    })
  }

  private async removeStrays(postDir: string, index: HistoryIndex | null): Promise<void> {
    const listed = new Set([indexName, ...(index?.entries.map((e) => e.version) ?? [])])
    for (const name of await readdir(postDir).catch(() => [])) {
      if (listed.has(name)) continue
      const changed = await stat(join(postDir, name)).then(
        (s) => s.mtimeMs,
        () => null
      )
      if (changed !== null && this.now() - changed > strayAgeMs) {
        await rm(join(postDir, name), { recursive: true, force: true })
      }
    }
  }

  private postDir(folder: string, id: string): string {
    return join(this.dir, folderKey(folder), postKey(id))
  }

  private queue<T>(folder: string, task: () => Promise<T>): Promise<T> {
    return queueWrite(`history\0${join(this.dir, folderKey(folder))}`, task)
  }
}

/** The post's index; empty when there is none, or it belongs to another id. */
async function indexOf(postDir: string, id: string): Promise<HistoryIndex> {
  const index = await readHistoryIndex(postDir)
  return index && index.id === id ? index : { id, entries: [] }
}

/**
 * Writes `kept` as the index (unless `listed`, what the index on disk lists, is the same) and
 * deletes the versions of `index` it no longer lists.
 */
async function store(
  postDir: string,
  index: HistoryIndex,
  kept: VersionRecord[],
  listed = index.entries
): Promise<void> {
  const keptNames = new Set(kept.map((entry) => entry.version))
  const dropped = index.entries.filter((entry) => !keptNames.has(entry.version))
  if (kept.length === 0) {
    await rm(postDir, { recursive: true, force: true })
    return
  }
  const before = listed.map((entry) => entry.version).join()
  if (before !== kept.map((entry) => entry.version).join()) {
    await writeHistoryIndex(postDir, { id: index.id, entries: kept })
  }
  for (const entry of dropped) await rm(join(postDir, entry.version), { force: true })
}
