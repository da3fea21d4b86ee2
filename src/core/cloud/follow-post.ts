import { posix } from 'node:path'
import { findCloudLink, replaceCloudTarget } from '@shared/cloud/link'
import type { PostStamp } from '@shared/post'
import { bodyOffset, planCloudTarget, renameTarget } from '../assets/cloud-target'
import type { CloudTarget } from '../assets/cloud-target'
import type { PostStore } from '../assets/post-store'
import {
  fileSha256,
  forgetImages,
  manifestId,
  readManifest,
  serializeManifest
} from '../assets/written-manifest'
import type { WrittenManifest } from '../assets/written-manifest'
import { writeFileAtomic } from '../library/atomic-write'
import { moveFileNoClobber } from '../library/move-file'
import { cloudNameFor, formatOfName } from './cloud-name'
import { loadCloudSettings, writeCloudSettings } from './cloud-settings-file'
import { withCloudFiles } from './folder-lock'

/**
 * After a post was renamed from `oldId` to `newId`: its remembered options and the images
 * Postcloud wrote for it move to the new id. The image it links moves too, with the link, when
 * Postcloud wrote it (bytes unchanged) and its name is what the folder's pattern gave the old
 * post; a name the writer chose, or a new name that is taken, stays. Returns the post's new stamp
 * when its link was changed, else null.
 */
export async function followRename(
  store: PostStore,
  oldId: string,
  newId: string
): Promise<PostStamp | null> {
  const root = store.info().path
  return withCloudFiles(root, async () => {
    const manifestPath = await store.resolve(manifestId)
    let manifest = await readManifest(manifestPath)
    const { file, problem } = await loadCloudSettings(root)
    // Whatever stops the move (a post that cannot be saved, a link out of the folder) leaves the
    // image where the post still links it; the records below follow the post all the same.
    const moved = await moveLinkedImage(store, manifest, file.folder.pattern, oldId, newId).catch(
      () => null
    )
    if (moved) manifest = moved.manifest

    const ours = Object.entries(manifest.images).filter(([, image]) => image.post === oldId)
    if (ours.length > 0) {
      const images = { ...manifest.images }
      for (const [path, image] of ours) images[path] = { ...image, post: newId }
      await writeManifest(manifestPath, { version: 1, images })
    }
    // A corrupt settings file is left for the writer to fix, never rewritten.
    if (!problem && Object.hasOwn(file.posts, oldId)) {
      file.posts[newId] = file.posts[oldId]
      delete file.posts[oldId]
      await writeCloudSettings(root, file)
    }
    return moved?.stamp ?? null
  })
}

/**
 * After a post was deleted: every image Postcloud wrote for it that nobody changed since goes to
 * `discard` (the same trash as the post). The manifest records and the post's cloud options stay:
 * a post restored from the trash gets its image back as Postcloud's own, and its seed with it.
 * Returns the folder-relative paths of the images discarded.
 */
export async function followDelete(
  store: PostStore,
  id: string,
  discard: (absolutePath: string, relPath: string) => Promise<unknown>
): Promise<string[]> {
  return withCloudFiles(store.info().path, async () => {
    const manifest = await readManifest(await store.resolve(manifestId))
    const discarded: string[] = []
    for (const [relPath, image] of Object.entries(manifest.images)) {
      if (image.post !== id) continue
      // A hand-edited record may name a path out of the folder: such a file is never touched.
      const absPath = await store.resolve(relPath).catch(() => null)
      if (absPath === null) continue
      if ((await fileSha256(absPath).catch(() => null)) !== image.sha256) continue
      await discard(absPath, relPath)
      discarded.push(relPath)
    }
    return discarded
  })
}

interface MovedImage {
  manifest: WrittenManifest
  stamp: PostStamp
}

/** Moves the linked image to the renamed post's pattern name and relinks it; null when it stays. */
async function moveLinkedImage(
  store: PostStore,
  manifest: WrittenManifest,
  pattern: string,
  oldId: string,
  newId: string
): Promise<MovedImage | null> {
  const post = await store.read(newId)
  const link = findCloudLink(post.raw, bodyOffset(post))
  const format = link && formatOfName(link.target)
  if (!link || !format || post.readOnly) return null
  // The post links an image, so the target is that link's file and no new name is needed.
  const target = await planCloudTarget(store, post, '', format)
  const entry = Object.hasOwn(manifest.images, target.relPath)
    ? manifest.images[target.relPath]
    : undefined
  if (!entry || entry.post !== oldId) return null
  if ((await fileSha256(target.absPath).catch(() => null)) !== entry.sha256) return null

  // `{date}` of an undated post was the day of the export: the same day names both.
  const written = new Date(entry.writtenAt)
  const day = Number.isNaN(written.getTime()) ? new Date() : written
  const oldName = cloudNameFor(pattern, { id: oldId, frontMatter: post.frontMatter }, day, format)
  const newName = cloudNameFor(pattern, post, day, format)
  if (posix.basename(target.relPath) !== oldName || newName === oldName) return null

  const next = await renameTarget(store, target, newName)
  if (!(await moveFileNoClobber(target.absPath, next.absPath))) return null
  let stamp: PostStamp
  try {
    stamp = await store.save(post.id, replaceCloudTarget(post.raw, link, next.link), post.stamp)
  } catch (error) {
    // The post could not take the new link: the image goes back where the old link points.
    await moveBack(next, target)
    throw error
  }
  const images = { ...forgetImages(manifest, [target.relPath]).images }
  images[next.relPath] = entry
  return { manifest: { version: 1, images }, stamp }
}

async function moveBack(from: CloudTarget, to: CloudTarget): Promise<void> {
  await moveFileNoClobber(from.absPath, to.absPath).catch(() => false)
}

async function writeManifest(path: string, manifest: WrittenManifest): Promise<void> {
  await writeFileAtomic(path, serializeManifest(manifest), { label: manifestId })
}
