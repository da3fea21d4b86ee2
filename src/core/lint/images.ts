import { realpath, stat } from 'node:fs/promises'
import { resolveImageSource } from '@shared/markdown/image-source'
import type { ImageSource } from '@shared/markdown/image-source'
import { PostcloudError } from '@shared/errors'
import type { FolderInfo } from '@shared/folder'
import type { Post } from '@shared/post'
import { isInside, resolveInside } from '../library/confine'
import { loadPublishedSite, publishedLink, publishedUrl } from '../site/published-links'
import type { PublishedSite } from '../site/published-links'
import { imageRefs } from './image-refs'
import { finding } from './types'
import type { PostFinding } from './types'

type LocalState = 'present' | 'missing' | 'folder' | 'outside'

/**
 * Checks the images of many posts of one folder; what a path turned out to be is remembered, as
 * posts of a site share images (a logo, the site's assets).
 */
export class ImageChecker {
  private readonly states = new Map<string, Promise<LocalState>>()
  /** The published site, read once for every post; null for a plain folder. */
  private readonly site: PublishedSite | null

  constructor(private readonly folder: FolderInfo) {
    this.site = folder.jekyll ? loadPublishedSite(folder.path) : null
  }

  /**
   * `missing-image` for a local image that is not there, `image-outside` for one that leads out
   * of the folder (`..` past its root, a root-relative path outside a Jekyll site, a symbolic
   * link out) or that no browser loads from it (`file:`, backslashes, other schemes). Remote and
   * `data:` images and Liquid the preview cannot compute are not checked. In a Jekyll site,
   * `unpublished-image` for a local image the published page would request at a URL that does
   * not serve the file the link names (a bare `x.jpg` beside a post in `_posts/`).
   */
  async findings(post: Post): Promise<PostFinding[]> {
    const context = {
      postId: post.id,
      jekyll: this.folder.jekyll,
      baseurl: this.folder.baseurl,
      url: this.folder.url
    }
    const findings: PostFinding[] = []
    const pageUrl =
      this.site && publishedUrl(this.site, this.folder.path, post.id, post.raw, mtimeOf(post))
    for (const ref of imageRefs(post, this.folder)) {
      const source = resolveImageSource(ref.src, context)
      const problem = await this.problemOf(ref.src, source)
      if (problem) findings.push({ ...problem, line: ref.line })
      const unpublished = pageUrl ? this.unpublished(pageUrl, ref.src, source) : null
      if (unpublished) findings.push({ ...unpublished, line: ref.line })
    }
    return findings
  }

  private unpublished(pageUrl: string, src: string, source: ImageSource): PostFinding | null {
    if (!this.site || source.kind !== 'local') return null
    const published = publishedLink(this.site, pageUrl, src)
    if (!published || published.servedPath === source.path) return null
    return finding(
      'unpublished-image',
      `The image ${src} would be requested as ${published.url} on the published site, which serves no such file`
    )
  }

  private async problemOf(src: string, source: ImageSource): Promise<PostFinding | null> {
    if (source.kind === 'blocked') {
      if (source.reason === 'outside') {
        return finding('image-outside', `The image ${src} leads outside the folder`)
      }
      if (source.reason === 'unsafe') {
        return finding(
          'image-outside',
          `The image ${src} is not a file of the folder a browser can load`
        )
      }
      return null
    }
    if (source.kind !== 'local') return null
    const state = await this.stateOf(source.path)
    if (state === 'missing')
      return finding('missing-image', `The image ${src} is missing (${source.path})`)
    if (state === 'folder')
      return finding('missing-image', `The image ${src} is a folder, not a file`)
    if (state === 'outside') {
      return finding(
        'image-outside',
        `The image ${src} leads outside the folder through a symbolic link`
      )
    }
    return null
  }

  private stateOf(path: string): Promise<LocalState> {
    let state = this.states.get(path)
    if (!state) {
      state = localState(this.folder.path, path)
      this.states.set(path, state)
    }
    return state
  }
}

function mtimeOf(post: Post): Date {
  return new Date(post.stamp.mtimeMs)
}

async function localState(root: string, path: string): Promise<LocalState> {
  let absolute: string
  try {
    absolute = await resolveInside(root, path)
  } catch (error) {
    if (error instanceof PostcloudError && error.code === 'OUTSIDE_FOLDER') return 'outside'
    return 'missing'
  }
  try {
    const real = await realpath(absolute)
    if (!isInside(await realpath(root), real)) return 'outside'
    return (await stat(real)).isFile() ? 'present' : 'folder'
  } catch {
    return 'missing'
  }
}
