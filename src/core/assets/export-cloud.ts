import { mkdir } from 'node:fs/promises'
import { dirname, posix } from 'node:path'
import type { ExportCloudOptions, ExportCloudResult } from '@shared/cloud/export-types'
import { maxFileNameBytes, safeStem } from '@shared/cloud/file-name'
import { checkCloudOptions } from '@shared/cloud/options'
import type { CloudOptions } from '@shared/cloud/options'
import { eolOf, insertCloudSection, replaceCloudTarget } from '@shared/cloud/link'
import type { Eol } from '@shared/cloud/link'
import { reasonedError } from '@shared/error-reasons'
import type { Post, PostStamp } from '@shared/post'
import { cloudNameFor } from '../cloud/cloud-name'
import { requireUsableCloudSettings, writeCloudSettings } from '../cloud/cloud-settings-file'
import { withCloudFiles } from '../cloud/folder-lock'
import { cloudOptionsHash, cloudTextHash } from '../cloud/source-hash'
import type { CloudSource } from '../cloud/source-hash'
import { writeFileAtomic } from '../library/atomic-write'
import { errnoCode, fsError } from '../library/fs-errors'
import { sha256Hex } from '../library/stamp'
import { loadPublishedSite } from '../site/published-links'
import type { PublishedSite } from '../site/published-links'
import { bodyOffset, planCloudTarget, renameTarget } from './cloud-target'
import type { CloudTarget } from './cloud-target'
import { decodeCloudImage } from './image-bytes'
import type { PostStore } from './post-store'
import {
  existingFile,
  manifestId,
  readManifest,
  recordImage,
  serializeManifest
} from './written-manifest'
import type { WrittenManifest } from './written-manifest'

export interface ExportCloudSettings {
  /** File name pattern; the folder's (`.postcloud/cloud.json`, `wordcloud_{title}` by default) when omitted. */
  pattern?: string
  /** The clock, for `{date}` of undated posts and the manifest's `writtenAt` (tests pin it). */
  now?: () => Date
  /**
   * The Jekyll site the folder publishes, loaded once by a run over many posts; read from
   * `_config.yml` when omitted. Null for a plain folder.
   */
  site?: PublishedSite | null
}

type OnExisting = NonNullable<ExportCloudOptions['onExisting']>

/** How many `name-N` candidates `rename` tries before giving up. */
const maxRenameTries = 999

/**
 * Writes a rendered cloud image for a post and links it from the post. Order matters: every check
 * (image bytes, stamp, link target, existing file, read-only post) happens before the first byte
 * is written; then the image, the manifest and last the post, each atomically. The post is saved
 * against the stamp it was read with, so edits made meanwhile are a CONFLICT, never overwritten.
 * An existing link the published site would not resolve is refused (UNPUBLISHED_LINK) unless
 * `options.link` says to move it to the folder's rule or keep it.
 * With `options.cloud`, those options are remembered for the post in `.postcloud/cloud.json` and
 * the manifest records what the image was drawn from (see `cloudStatus`). A corrupt
 * `cloud.json` stops the export: its file name pattern is unknown, and it must not be replaced.
 */
export async function exportCloud(
  store: PostStore,
  id: string,
  imageBase64: string,
  options: ExportCloudOptions = {},
  settings: ExportCloudSettings = {}
): Promise<ExportCloudResult> {
  const format = options.format ?? 'jpg'
  const onExisting = options.onExisting ?? 'refuse'
  const bytes = decodeCloudImage(imageBase64, format)
  const cloud = options.cloud === undefined ? undefined : checkCloudOptions(options.cloud)
  const root = store.info().path
  // One writer of the folder's cloud files at a time: the manifest is read, changed and written back.
  return withCloudFiles(root, async () => {
    const post = await store.read(id)
    if (options.expected && !sameContents(options.expected, post.stamp)) {
      throw reasonedError(
        'CONFLICT',
        'changed',
        `"${post.id}" changed on disk since it was loaded; nothing was written. Reload it and export again.`,
        { path: post.id }
      )
    }
    const now = settings.now?.() ?? new Date()
    const cloudSettings = await requireUsableCloudSettings(root)
    const pattern = settings.pattern ?? cloudSettings.folder.pattern
    const fileName = cloudNameFor(pattern, post, now, format)
    const manifestPath = await store.resolve(manifestId)
    const manifest = await readManifest(manifestPath)
    const target = await claimTarget(
      store,
      await planCloudTarget(store, post, fileName, format, {
        link: options.link,
        site: settings.site !== undefined ? settings.site : publishedSiteOf(store)
      }),
      manifest,
      post.id,
      onExisting
    )
    const newRaw = linkedRaw(post, target)
    if (newRaw !== null && post.readOnly) {
      throw reasonedError(
        'READ_ONLY',
        'cloudLink',
        `"${post.id}" is read-only, so its cloud link cannot be added; nothing was written.`,
        { path: post.id }
      )
    }

    await makeFolderFor(target.absPath, target.relPath)
    await writeFileAtomic(target.absPath, bytes, { label: target.relPath })
    const entry = {
      sha256: sha256Hex(bytes),
      post: post.id,
      writtenAt: now.toISOString(),
      ...(cloud ? { source: sourceOf(post, newRaw ?? post.raw, cloud) } : {})
    }
    const updated = serializeManifest(recordImage(manifest, target.relPath, entry))
    await makeFolderFor(manifestPath, manifestId)
    await writeFileAtomic(manifestPath, updated, { label: manifestId })
    if (cloud) {
      cloudSettings.posts[post.id] = cloud
      await writeCloudSettings(root, cloudSettings)
    }
    const stamp = newRaw === null ? post.stamp : await store.save(post.id, newRaw, post.stamp)
    const result = {
      imagePath: target.relPath,
      link: target.link,
      postChanged: newRaw !== null,
      stamp
    }
    return target.movedFrom === undefined ? result : { ...result, movedFrom: target.movedFrom }
  })
}

/** The site whose published links are judged: a Jekyll folder's, none for a plain folder. */
export function publishedSiteOf(store: Pick<PostStore, 'info'>): PublishedSite | null {
  const info = store.info()
  return info.jekyll ? loadPublishedSite(info.path) : null
}

/** Creates the folders above a file (`assets/wordclouds/`); errors name the id, never the disk path. */
async function makeFolderFor(absPath: string, label: string): Promise<void> {
  try {
    await mkdir(dirname(absPath), { recursive: true })
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOTDIR' || code === 'EEXIST') {
      throw reasonedError(
        'EXISTS',
        'fileInTheWay',
        `A file is in the way of the folder "${posix.dirname(label)}"; nothing was written.`,
        { path: posix.dirname(label) }
      )
    }
    throw fsError(error, posix.dirname(label), 'create the folder')
  }
}

/** The target itself if it may be written, else what `onExisting` makes of it. */
async function claimTarget(
  store: PostStore,
  target: CloudTarget,
  manifest: WrittenManifest,
  postId: string,
  onExisting: OnExisting
): Promise<CloudTarget> {
  const state = await existingFile(target.absPath, target.relPath, manifest, postId)
  if (state === 'absent' || state === 'ours') return target
  if (state === 'folder' && onExisting !== 'rename') {
    throw reasonedError(
      'EXISTS',
      'cloudFolder',
      `"${target.relPath}" is a folder, so the cloud cannot be written there. Export again with "rename" to write it under a new name.`,
      { path: target.relPath }
    )
  }
  if (onExisting === 'replace') return target
  if (onExisting === 'refuse') {
    throw reasonedError(
      'EXISTS',
      'cloudTaken',
      `"${target.relPath}" already exists and was not written by Postcloud for this post (or was changed since); it was left untouched. Export again with "replace" to overwrite it, or "rename" to write the cloud under a new name.`,
      { path: target.relPath }
    )
  }
  const ext = posix.extname(target.relPath)
  const stem = posix.basename(target.relPath, ext)
  for (let n = 2; n <= maxRenameTries; n++) {
    const suffix = `-${n}`
    const name = `${safeStem(stem, maxFileNameBytes - ext.length - suffix.length)}${suffix}${ext}`
    const candidate = await renameTarget(store, target, name)
    if ((await existingFile(candidate.absPath, candidate.relPath, manifest, postId)) === 'absent') {
      return candidate
    }
  }
  const tried = `${stem}-N${ext}`
  throw reasonedError('EXISTS', 'noFreeName', `No free name like "${tried}" was found.`, {
    name: tried
  })
}

/** The post's new text, or null when it already links the target as it should. */
function linkedRaw(post: Post, target: CloudTarget): string | null {
  if (target.existing) {
    if (target.existing.target === target.link) return null
    return replaceCloudTarget(post.raw, target.existing, target.link)
  }
  return insertCloudSection(post.raw, target.link, eolFor(post), bodyOffset(post))
}

function eolFor(post: Post): Eol {
  if (post.lineEnding === 'crlf' || post.lineEnding === 'lf') return post.lineEnding
  return eolOf(post.raw)
}

/** The text the cloud was drawn from is the post as it is once linked: later edits make it stale. */
function sourceOf(post: Post, linkedText: string, cloud: CloudOptions): CloudSource {
  return {
    textHash: cloudTextHash(linkedText, bodyOffset(post)),
    optionsHash: cloudOptionsHash(cloud)
  }
}

/** Same bytes on disk: the hash decides (an mtime touched by a sync tool is not an edit). */
function sameContents(a: PostStamp, b: PostStamp): boolean {
  return a.hash === b.hash && a.size === b.size
}
