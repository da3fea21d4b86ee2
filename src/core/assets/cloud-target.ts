import { posix } from 'node:path'
import type { CloudImageFormat } from '@shared/cloud/export-types'
import { encodeLinkPath, findCloudLink } from '@shared/cloud/link'
import type { CloudLink } from '@shared/cloud/link'
import { PostcloudError } from '@shared/errors'
import type { FolderInfo } from '@shared/folder'
import type { Post } from '@shared/post'
import type { PostStore } from './post-store'

/** Where a Jekyll site's clouds go: a published folder, unlike `_posts/` which Jekyll never copies. */
export const jekyllCloudDir = 'assets/wordclouds'

export interface CloudTarget {
  /** Image path relative to the folder, `/` separated. */
  relPath: string
  /** The same path, absolute and confined to the folder by the store. */
  absPath: string
  /** The link target the post should have once the image is written. */
  link: string
  /** The cloud link already in the post, if any (the one to update instead of adding a section). */
  existing: CloudLink | null
}

/**
 * Decides where a post's cloud image goes and how the post links it.
 * - The post links a cloud already: the image goes where that link points (resolved against the
 *   post's file) and the link stays as written — the writer's site may publish it in ways we
 *   cannot see (a plugin that copies post files, for one).
 * - No link yet: a Jekyll site gets `assets/wordclouds/<name>` linked as `<baseurl>/assets/...`;
 *   a plain folder gets the image beside the post, linked by file name.
 */
export async function planCloudTarget(
  store: PostStore,
  post: Post,
  fileName: string,
  format: CloudImageFormat
): Promise<CloudTarget> {
  const info = store.info()
  const existing = findCloudLink(post.raw, bodyOffset(post))
  if (!existing) {
    const { relPath, link } = ruleCloudTarget(info, post.id, fileName)
    return { relPath, absPath: await store.resolve(relPath), link, existing }
  }

  const linked = linkedPath(existing.target, post.id, info)
  const name = posix.basename(linked.relPath)
  checkExtension(name, format)
  const absPath = await store.resolve(linked.relPath)
  return { relPath: linked.relPath, absPath, link: existing.target, existing }
}

/**
 * Where the folder's rule puts a post's cloud and how the post links it: a Jekyll site's
 * `assets/wordclouds/<name>` linked as `<baseurl>/assets/wordclouds/<name>`, else the image beside
 * the post linked by its name. New posts' templates link their cloud by the same rule.
 */
export function ruleCloudTarget(
  info: FolderInfo,
  postId: string,
  fileName: string
): { relPath: string; link: string } {
  if (info.jekyll) {
    return {
      relPath: `${jekyllCloudDir}/${fileName}`,
      link: `${baseUrl(info)}/${jekyllCloudDir}/${encodeLinkPath(fileName)}`
    }
  }
  return { relPath: posix.join(posix.dirname(postId), fileName), link: encodeLinkPath(fileName) }
}

/**
 * The same target with another file name (for `onExisting: 'rename'`): same folder, and the
 * link's folder part kept as written.
 */
export async function renameTarget(
  store: PostStore,
  target: CloudTarget,
  fileName: string
): Promise<CloudTarget> {
  const relPath = posix.join(posix.dirname(target.relPath), fileName)
  const linkPath = target.link.replace(/[?#].*$/s, '')
  const link = linkPath.slice(0, linkPath.lastIndexOf('/') + 1) + encodeLinkPath(fileName)
  return { ...target, relPath, absPath: await store.resolve(relPath), link }
}

interface LinkedPath {
  relPath: string
  rootRelative: boolean
}

/** The folder-relative file an existing link points at, refusing anything that leaves the folder. */
function linkedPath(target: string, postId: string, info: FolderInfo): LinkedPath {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)
  if (/^(?:https?:)?\/\//i.test(target) || (scheme && /^https?$/i.test(scheme[1]))) {
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      `The post links a remote cloud image (${target}); Postcloud writes only files in the folder. Change the link to a local path to export.`
    )
  }
  if (scheme && scheme[1].length > 1) {
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      `The post's cloud link uses "${scheme[1]}:", which Postcloud cannot write to.`
    )
  }
  // One round of URL decoding, as a browser does when it fetches the image; `\` is a separator
  // on Windows and in browsers, so it can not be used to hide a `..`.
  const path = safeDecode(target.replace(/[?#].*$/s, '')).replace(/\\/g, '/')
  if (path.includes('\0') || path.trim() === '') {
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      `The post's cloud link "${target}" is not a file path.`
    )
  }
  if (/^[a-z]:\//i.test(path)) throw outside(target)
  const rootRelative = path.startsWith('/')
  const relPath = rootRelative
    ? posix.normalize(stripBaseUrl(path, info).replace(/^\/+/, ''))
    : posix.normalize(posix.join(posix.dirname(postId), path))
  if (relPath === '..' || relPath.startsWith('../') || relPath.endsWith('/') || relPath === '.') {
    throw outside(target)
  }
  return { relPath, rootRelative }
}

/** A root-relative link in a Jekyll site starts with the site's baseurl, which is not a folder. */
function stripBaseUrl(path: string, info: FolderInfo): string {
  const base = baseUrl(info)
  if (info.jekyll && base !== '' && (path === base || path.startsWith(`${base}/`))) {
    return path.slice(base.length)
  }
  return path
}

/** `baseurl` as a prefix: '' or `/reports` (leading slash, no trailing slash). */
export function baseUrl(info: FolderInfo): string {
  const trimmed = info.baseurl.trim().replace(/\/+$/, '')
  return trimmed === '' ? '' : `/${trimmed.replace(/^\/+/, '')}`
}

/** Writing JPEG bytes into `x.png` (or into `notes.md`) would break the file and the page. */
function checkExtension(name: string, format: CloudImageFormat): void {
  const isPng = /\.png$/i.test(name)
  const isJpeg = /\.jpe?g$/i.test(name)
  if (format === 'png' ? isPng : isJpeg) return
  const kind = format === 'png' ? 'PNG' : 'JPEG'
  const ext = format === 'png' ? '.png' : '.jpg'
  const other = isPng ? 'Export as PNG, or c' : isJpeg ? 'Export as JPEG, or c' : 'C'
  throw new PostcloudError(
    'INVALID_ARGUMENT',
    `The post links its cloud as "${name}", which is not a ${kind} file name. ${other}hange the link to a ${ext} file.`
  )
}

function outside(target: string): PostcloudError {
  return new PostcloudError(
    'OUTSIDE_FOLDER',
    `The post's cloud link "${target}" points outside the open folder; nothing was written.`
  )
}

/** Offset in `raw` where the body starts, so an image-like text in front matter is never taken. */
export function bodyOffset(post: Post): number {
  return post.raw.endsWith(post.body) ? post.raw.length - post.body.length : 0
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
