import type { Dirent } from 'node:fs'
import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isEntryName, isShardName } from './entry-key'
import { isEntryTempName } from './entry-files'

/** A temp file this old was left by a crash; a younger one may be another process's write. */
const staleTempMs = 60 * 60 * 1000

interface CachedFile {
  path: string
  size: number
  mtimeMs: number
}

/**
 * Keeps the entries under `root` within `maxBytes`: one listing and one stat per file, then the
 * least recently used entries (oldest mtime; reads refresh it) go first. Files it did not name
 * are left alone; temp files a crash left behind are swept. Another process pruning or writing
 * at the same time costs at most an entry it then rebuilds.
 */
export async function pruneCache(root: string, maxBytes: number, now = Date.now()): Promise<void> {
  const shards = await listFolder(root)
  const listed = await Promise.all(
    shards
      .filter((shard) => shard.isDirectory() && isShardName(shard.name))
      .map((shard) => statShard(join(root, shard.name)))
  )
  const entries = listed.flatMap((shard) => shard.entries)
  const temps = listed.flatMap((shard) => shard.temps)
  const isStale = (temp: CachedFile): boolean => now - temp.mtimeMs > staleTempMs
  const dropped = temps.filter(isStale)
  const kept = [...entries, ...temps.filter((temp) => !isStale(temp))]
  let total = kept.reduce((sum, file) => sum + file.size, 0)
  entries.sort((a, b) => a.mtimeMs - b.mtimeMs)
  for (const entry of entries) {
    if (total <= maxBytes) break
    dropped.push(entry)
    total -= entry.size
  }
  await Promise.all(dropped.map((file) => rm(file.path, { force: true }).catch(() => undefined)))
}

async function statShard(shard: string): Promise<{ entries: CachedFile[]; temps: CachedFile[] }> {
  const names = (await listFolder(shard))
    .filter((file) => file.isFile())
    .map((file) => file.name)
    .filter((name) => isEntryName(name) || isEntryTempName(name))
  const files = await Promise.all(names.map((name) => statFile(join(shard, name))))
  const entries: CachedFile[] = []
  const temps: CachedFile[] = []
  names.forEach((name, i) => {
    const file = files[i]
    if (file) (isEntryName(name) ? entries : temps).push(file)
  })
  return { entries, temps }
}

async function listFolder(folder: string): Promise<Dirent[]> {
  return readdir(folder, { withFileTypes: true }).catch(() => [])
}

/** Undefined for a file gone since the listing (another process pruned or replaced it). */
async function statFile(path: string): Promise<CachedFile | undefined> {
  try {
    const { size, mtimeMs } = await stat(path)
    return { path, size, mtimeMs }
  } catch {
    return undefined
  }
}
