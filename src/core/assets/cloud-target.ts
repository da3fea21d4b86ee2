import { posix } from 'node:path'
import type { CloudImageFormat } from '@shared/cloud/export-types'
import { encodeLinkPath, findCloudLink } from '@shared/cloud/link'
import type { CloudLink } from '@shared/cloud/link'
import { reasonedError } from '@shared/error-reasons'
import { PostcloudError } from '@shared/errors'
import type { FolderInfo } from '@shared/folder'
import type { Post } from '@shared/post'
import { publishedLink, publishedUrl } from '../site/published-links'
import type { PublishedSite } from '../site/published-links'
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
  /** The existing link's target, when it is moved to the folder's rule. */
  movedFrom?: string
}

export interface LinkRules {
  /** What to do with an existing link the published site would not resolve (see ExportCloudOptions). */
  link?: 'move' | 'keep'
  /** The Jekyll site the folder publishes; null for a plain folder (nothing to judge). */
  site: PublishedSite | null
}

/** An existing cloud link that would not lead to its image on the published site. */
export interface UnpublishedCloudLink {
  link: string
  /** The URL path the site would request for it. */
  url: string
}

/**
 * Decides where a post's cloud image goes and how the post links it.
 * - No link yet: a Jekyll site gets `assets/wordclouds/<name>` linked as `<baseurl>/assets/...`;
 *   a plain folder gets the image beside the post, linked by file name.
 * - The post links a cloud already: the image goes where that link points (resolved against the
 *   post's file) and the link stays as written — unless, in a Jekyll site, the published page
 *   would request that link at a URL that does not serve that file (`wordcloud.jpg` beside a post
 *   in `_posts/`, which Jekyll never copies). Such a link is refused with UNPUBLISHED_LINK unless
 *   `rules.link` says to move it to the folder's rule or to keep it anyway.
 */
export async function planCloudTarget(
  store: PostStore,
  post: Post,
  fileName: string,
  format: CloudImageFormat,
  rules: LinkRules = { site: null }
): Promise<CloudTarget> {
  const info = store.info()
  const existing = findCloudLink(post.raw, bodyOffset(post))
  if (!existing) return ruleTarget(store, post, fileName, null)

  const linked = linkedPath(existing.target, post.id, info)
  if (rules.site && rules.link !== 'keep') {
    const broken = brokenLink(rules.site, info.path, post, existing.target, linked.relPath)
    if (broken && rules.link === 'move') {
      return { ...(await ruleTarget(store, post, fileName, existing)), movedFrom: existing.target }
    }
    if (broken) {
      const rule = `${jekyllCloudDir}/${fileName}`
      throw new PostcloudError(
        'UNPUBLISHED_LINK',
        `The post's cloud link ${existing.target} would not work on the published site: it would be requested as ${broken.url}, which serves no such file. Move the link to ${rule} (the folder's rule), or keep it and write where it points.`,
        { link: existing.target, url: broken.url, rule }
      )
    }
  }
  const name = posix.basename(linked.relPath)
  checkExtension(name, format)
  const absPath = await store.resolve(linked.relPath)
  return { relPath: linked.relPath, absPath, link: existing.target, existing }
}

/**
 * The post's cloud link when the published site would not resolve it to the file it names; null
 * when it would, when the post has none, or when it cannot be judged (Liquid, remote, unpublished
 * post). `postcloud cloud --all` asks this to redraw and move such links.
 */
export function unpublishedCloudLink(
  site: PublishedSite,
  info: FolderInfo,
  post: Post
): UnpublishedCloudLink | null {
  const existing = findCloudLink(post.raw, bodyOffset(post))
  if (!existing) return null
  let relPath: string
  try {
    relPath = linkedPath(existing.target, post.id, info).relPath
  } catch {
    return null
  }
  const broken = brokenLink(site, info.path, post, existing.target, relPath)
  return broken && { link: existing.target, url: broken.url }
}

/** The published URL of `link` when it does not serve `relPath`; null when it does or is not judged. */
function brokenLink(
  site: PublishedSite,
  root: string,
  post: Post,
  link: string,
  relPath: string
): { url: string } | null {
  const pageUrl = publishedUrl(site, root, post.id, post.raw, new Date(post.stamp.mtimeMs))
  if (pageUrl === null) return null
  const published = publishedLink(site, pageUrl, link)
  if (!published || published.servedPath === relPath) return null
  return { url: published.url }
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

/** The folder's rule as a target to write, keeping the post's existing link to retarget. */
async function ruleTarget(
  store: PostStore,
  post: Post,
  fileName: string,
  existing: CloudLink | null
): Promise<CloudTarget> {
  const { relPath, link } = ruleCloudTarget(store.info(), post.id, fileName)
  return { relPath, absPath: await store.resolve(relPath), link, existing }
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
    throw reasonedError(
      'INVALID_ARGUMENT',
      'remoteCloudLink',
      `The post links a remote cloud image (${target}); Postcloud writes only files in the folder. Change the link to a local path to export.`,
      { link: target }
    )
  }
  if (scheme && scheme[1].length > 1) {
    throw reasonedError(
      'INVALID_ARGUMENT',
      'cloudLinkScheme',
      `The post's cloud link uses "${scheme[1]}:", which Postcloud cannot write to.`,
      { link: target }
    )
  }
  // One round of URL decoding, as a browser does when it fetches the image; `\` is a separator
  // on Windows and in browsers, so it can not be used to hide a `..`.
  const path = safeDecode(target.replace(/[?#].*$/s, '')).replace(/\\/g, '/')
  if (path.includes('\0') || path.trim() === '') {
    throw reasonedError(
      'INVALID_ARGUMENT',
      'cloudLinkNotPath',
      `The post's cloud link "${target}" is not a file path.`,
      { link: target }
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
    'WRONG_IMAGE_TYPE',
    `The post links its cloud as "${name}", which is not a ${kind} file name. ${other}hange the link to a ${ext} file.`,
    { name, kind }
  )
}

function outside(target: string): PostcloudError {
  return reasonedError(
    'OUTSIDE_FOLDER',
    'cloudLink',
    `The post's cloud link "${target}" points outside the open folder; nothing was written.`,
    { link: target }
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
