import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../library/atomic-write'

/** At most this many earlier versions are kept per post; the oldest go first. */
export const historyMaxVersions = 50
/** Versions replaced longer ago than this are deleted (Obsidian's snapshots last about as long). */
export const historyMaxDays = 90

/** One kept version as `index.json` records it; its bytes are in the file named `version`. */
export interface VersionRecord {
  version: string
  savedAt: string
  size: number
  sha256: string
}

/** `<postKey>/index.json`: which post the folder belongs to and its versions, newest first. */
export interface HistoryIndex {
  id: string
  entries: VersionRecord[]
}

// `<time base36>-<8 hex>`: a version names a file, so nothing else may pass for one.
export const versionPattern = /^[0-9a-z]{1,12}-[0-9a-f]{8}$/

export function newVersionName(now: number): string {
  return `${now.toString(36)}-${randomBytes(4).toString('hex')}`
}

export const indexName = 'index.json'

/** A post's index, or null when missing or malformed (the data folder is not trusted). */
export async function readHistoryIndex(postDir: string): Promise<HistoryIndex | null> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(join(postDir, indexName), 'utf8'))
  } catch {
    return null
  }
  if (!data || typeof data !== 'object') return null
  const { id, entries } = data as Record<string, unknown>
  if (typeof id !== 'string' || !Array.isArray(entries)) return null
  return { id, entries: entries.filter(isVersionRecord) }
}

export async function writeHistoryIndex(postDir: string, index: HistoryIndex): Promise<void> {
  await writeFileAtomic(join(postDir, indexName), JSON.stringify(index, null, 1) + '\n', {
    mode: 0o600
  })
}

/** The entries to keep at time `now` (newest first): the last 50, none older than 90 days. */
export function entriesToKeep(entries: VersionRecord[], now: number): VersionRecord[] {
  const oldest = now - historyMaxDays * 86_400_000
  return entries.filter((entry) => Date.parse(entry.savedAt) >= oldest).slice(0, historyMaxVersions)
}

/** Newest first; versions saved in the same millisecond keep their order. */
export function newestFirst(entries: VersionRecord[]): VersionRecord[] {
  return [...entries].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt))
}

function isVersionRecord(value: unknown): value is VersionRecord {
  if (!value || typeof value !== 'object') return false
  const { version, savedAt, size, sha256 } = value as Record<string, unknown>
  return (
    typeof version === 'string' &&
    versionPattern.test(version) &&
    typeof savedAt === 'string' &&
    !Number.isNaN(Date.parse(savedAt)) &&
    typeof size === 'number' &&
    typeof sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(sha256)
  )
}
