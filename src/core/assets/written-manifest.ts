import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat } from 'node:fs/promises'
import { readJsonFile } from '../app-data/json-file'
import { isCloudSource } from '../cloud/source-hash'
import type { CloudSource } from '../cloud/source-hash'
import { errnoCode, fsError } from '../library/fs-errors'

/**
 * The record of images Postcloud wrote, `.postcloud/clouds.json`, kept with the posts (a team
 * shares it with the blog). It is what lets an export overwrite its own earlier cloud while never
 * touching an image the writer made or replaced by hand.
 */
export const manifestId = '.postcloud/clouds.json'

export interface WrittenImage {
  /** sha256 of the bytes Postcloud wrote, hex. */
  sha256: string
  /** Id of the post the image was exported for. */
  post: string
  /** ISO instant of the write. */
  writtenAt: string
  /** What the cloud was drawn from, when the export said (`postcloud cloud --all` compares it). */
  source?: CloudSource
}

export interface WrittenManifest {
  version: 1
  /** Keyed by image path relative to the folder, `/` separated. */
  images: Record<string, WrittenImage>
}

export function emptyManifest(): WrittenManifest {
  return { version: 1, images: {} }
}

/**
 * Reads the manifest. A missing, unreadable or corrupt file is an empty manifest (the next write
 * replaces it): losing the record only makes exports more careful, never less. Malformed entries
 * are dropped one by one.
 */
export async function readManifest(path: string): Promise<WrittenManifest> {
  const data = await readJsonFile<unknown>(path, null)
  if (!isRecord(data) || data.version !== 1 || !isRecord(data.images)) return emptyManifest()
  // fromEntries defines own properties, so a `__proto__` key stays a plain (ignored) entry.
  const images = Object.fromEntries(
    Object.entries(data.images)
      .filter((entry): entry is [string, WrittenImage] => isWrittenImage(entry[1]))
      .map(([path, image]) => [path, writtenImage(image)])
  )
  return { version: 1, images }
}

/** The known fields only, in a stable order; a malformed `source` is dropped (the cloud counts as stale). */
function writtenImage(image: WrittenImage): WrittenImage {
  const { sha256, post, writtenAt, source } = image
  return isCloudSource(source)
    ? {
        sha256,
        post,
        writtenAt,
        source: { textHash: source.textHash, optionsHash: source.optionsHash }
      }
    : { sha256, post, writtenAt }
}

/** The manifest as written to disk: stable order, so the file diffs well in a blog's history. */
export function serializeManifest(manifest: WrittenManifest): string {
  const images = Object.fromEntries(
    Object.entries(manifest.images).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  )
  return `${JSON.stringify({ version: 1, images }, null, 2)}\n`
}

/** The manifest with one image recorded (a new object; the argument is left alone). */
export function recordImage(
  manifest: WrittenManifest,
  relPath: string,
  image: WrittenImage
): WrittenManifest {
  return { version: 1, images: { ...manifest.images, [relPath]: image } }
}

/** The manifest without the images at `relPaths` (a new object). */
export function forgetImages(
  manifest: WrittenManifest,
  relPaths: Iterable<string>
): WrittenManifest {
  const images = { ...manifest.images }
  for (const path of relPaths) delete images[path]
  return { version: 1, images }
}

export type ExistingFile = 'absent' | 'ours' | 'foreign' | 'folder'

/**
 * What is at `absPath` now: nothing, a folder, an image Postcloud wrote for this very post and
 * nobody changed since (safe to overwrite), or anything else. An image written for another post counts as
 * foreign too: two posts with the same title must not silently share (and clobber) one cloud.
 */
export async function existingFile(
  absPath: string,
  relPath: string,
  manifest: WrittenManifest,
  postId: string
): Promise<ExistingFile> {
  let stats
  try {
    stats = await lstat(absPath)
  } catch (error) {
    // ENOTDIR: a file sits where a folder of the path should be; creating the folder reports it.
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return 'absent'
    throw fsError(error, relPath, 'check')
  }
  if (stats.isDirectory()) return 'folder'
  const entry = Object.hasOwn(manifest.images, relPath) ? manifest.images[relPath] : undefined
  if (!stats.isFile() || !entry || entry.post !== postId) return 'foreign'
  const hash = await fileSha256(absPath).catch((error: unknown) => {
    throw fsError(error, relPath, 'read')
  })
  return hash === entry.sha256 ? 'ours' : 'foreign'
}

/** Streams the file, so a huge foreign file that happens to carry the name is not read at once. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isWrittenImage(value: unknown): value is WrittenImage {
  return (
    isRecord(value) &&
    typeof value.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(value.sha256) &&
    typeof value.post === 'string' &&
    typeof value.writtenAt === 'string'
  )
}
