import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { TextSource } from '../text-source'

/** The entry layout's folder under the cache dir: a new layout gets a new folder, never a mix. */
export const layoutFolder = 'v1'

/**
 * An entry's key: sha256 of the fingerprint (dictionaries, user dictionary, analysis code) and the
 * text, so an entry of other dictionaries or older code is never even looked at. A text is hashed
 * as its UTF-8 bytes, so a post read as bytes needs no decoding to find its entry; a string that
 * UTF-8 cannot hold exactly (a lone surrogate) is hashed as UTF-16 code units under another
 * prefix, so it never shares a key with the text its U+FFFD spelling would be.
 */
export function entryKey(fingerprint: string, source: TextSource): string {
  const hash = createHash('sha256')
  if (typeof source !== 'string')
    return hash.update(`u8\0${fingerprint}\0`).update(source.utf8).digest('hex')
  if (source.isWellFormed()) {
    return hash.update(`u8\0${fingerprint}\0`).update(source, 'utf8').digest('hex')
  }
  return hash.update(`u16\0${fingerprint}\0`).update(source, 'utf16le').digest('hex')
}

/** `<root>/<2 hex>/<62 hex>`: 256 shard folders keep every folder small enough to list fast. */
export function entryPath(root: string, key: string): string {
  return join(root, key.slice(0, 2), key.slice(2))
}

export const isShardName = (name: string): boolean => /^[0-9a-f]{2}$/.test(name)
export const isEntryName = (name: string): boolean => /^[0-9a-f]{62}$/.test(name)
