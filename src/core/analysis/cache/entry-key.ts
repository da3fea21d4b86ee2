import { createHash } from 'node:crypto'
import { join } from 'node:path'

/** The entry layout's folder under the cache dir: a new layout gets a new folder, never a mix. */
export const layoutFolder = 'v1'

/**
 * An entry's key: sha256 of the fingerprint (dictionaries, user dictionary, analysis code) and the
 * text, so an entry of other dictionaries or older code is never even looked at. Hashed as UTF-16
 * code units, so two texts that differ only in a lone surrogate never share a key.
 */
export function entryKey(fingerprint: string, text: string): string {
  return createHash('sha256')
    .update(fingerprint + '\0', 'utf16le')
    .update(text, 'utf16le')
    .digest('hex')
}

/** `<root>/<2 hex>/<62 hex>`: 256 shard folders keep every folder small enough to list fast. */
export function entryPath(root: string, key: string): string {
  return join(root, key.slice(0, 2), key.slice(2))
}

export const isShardName = (name: string): boolean => /^[0-9a-f]{2}$/.test(name)
export const isEntryName = (name: string): boolean => /^[0-9a-f]{62}$/.test(name)
