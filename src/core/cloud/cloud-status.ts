import type { CloudImageFormat } from '@shared/cloud/export-types'
import { findCloudLink } from '@shared/cloud/link'
import type { CloudOptions } from '@shared/cloud/options'
import { bodyOffset, planCloudTarget } from '../assets/cloud-target'
import type { PostStore } from '../assets/post-store'
import { fileSha256, manifestId, readManifest } from '../assets/written-manifest'
import { errnoCode, fsError } from '../library/fs-errors'
import { cloudNameFor, formatOfName } from './cloud-name'
import { readCloudSettings } from './cloud-settings'
import type { CloudSettingsView } from './cloud-settings'
import { cloudOptionsHash, cloudTextHash } from './source-hash'

export type CloudState = 'missing' | 'stale' | 'fresh'

export type CloudStateReason =
  /** missing: nothing at the image path the post links (or would link). */
  | 'no-image'
  /** missing: a file is there, but Postcloud did not write it for this post. */
  | 'not-ours'
  /** missing: Postcloud wrote it, but the file is gone. */
  | 'image-gone'
  /** stale: the file's bytes are not the ones Postcloud wrote. */
  | 'image-changed'
  /** stale: written before sources were recorded, or exported without its options. */
  | 'no-source'
  | 'text-changed'
  | 'options-changed'

export interface CloudStatus {
  state: CloudState
  /** Why it is missing or stale; null when fresh. */
  reason: CloudStateReason | null
  /** Folder-relative path of the image the post links, or would link once exported. */
  imagePath: string
  /** Whether the post has a cloud link (false: it would get one on export). */
  linked: boolean
}

export interface CloudStatusOptions {
  /** The options the cloud should have; the post's remembered (or default) options when omitted. */
  options?: CloudOptions
  /** The folder's cloud settings, read once for a batch; read here when omitted. */
  settings?: CloudSettingsView
  /** The clock, for `{date}` of undated posts. */
  now?: Date
}

/**
 * Whether a post's cloud image is up to date: `missing` when Postcloud has no image of its own
 * where the post links (or would link) one, `stale` when the image, the post's text or the cloud
 * options changed since it was written, else `fresh`. `postcloud cloud --all` redraws what is not fresh.
 */
export async function cloudStatus(
  store: PostStore,
  id: string,
  options: CloudStatusOptions = {}
): Promise<CloudStatus> {
  const post = await store.read(id)
  const settings = options.settings ?? (await readCloudSettings(store.info().path))
  const wanted = options.options ?? settings.optionsFor(post.id).options
  const link = findCloudLink(post.raw, bodyOffset(post))
  const format: CloudImageFormat = (link && formatOfName(link.target)) || 'jpg'
  const name = cloudNameFor(settings.folder.pattern, post, options.now ?? new Date(), format)
  const target = await planCloudTarget(store, post, name, format)
  const status = (state: CloudState, reason: CloudStateReason | null): CloudStatus => ({
    state,
    reason,
    imagePath: target.relPath,
    linked: link !== null
  })

  const manifest = await readManifest(await store.resolve(manifestId))
  const entry = Object.hasOwn(manifest.images, target.relPath)
    ? manifest.images[target.relPath]
    : undefined
  const hash = await fileSha256(target.absPath).catch((error: unknown) => {
    const code = errnoCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null
    throw fsError(error, target.relPath, 'read')
  })
  if (!entry || entry.post !== post.id)
    return status('missing', hash === null ? 'no-image' : 'not-ours')
  if (hash === null) return status('missing', 'image-gone')
  if (hash !== entry.sha256) return status('stale', 'image-changed')
  if (!entry.source) return status('stale', 'no-source')
  if (entry.source.textHash !== cloudTextHash(post.raw, bodyOffset(post))) {
    return status('stale', 'text-changed')
  }
  if (entry.source.optionsHash !== cloudOptionsHash(wanted))
    return status('stale', 'options-changed')
  return status('fresh', null)
}
