import { posix } from 'node:path'
import type { CloudImageFormat } from '@shared/cloud/export-types'
import { cloudFileName } from '@shared/cloud/file-name'
import type { CloudNameFields } from '@shared/cloud/file-name'
import type { Post } from '@shared/post'

/** What naming a cloud needs of a post: its id (file name) and front matter. */
export type NamedPost = Pick<Post, 'id' | 'frontMatter'>

/**
 * `{title}`, `{slug}` and `{date}` of a post: front matter first, then what a Jekyll file name
 * (`YYYY-MM-DD-slug.md`) says, then the plain file name.
 */
export function nameFields(post: NamedPost, today: Date): CloudNameFields {
  const stem = posix.basename(post.id).replace(/\.[^.]*$/, '')
  const jekyll = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(stem)
  const fm = post.frontMatter ?? {}
  const text = (value: unknown): string | null =>
    typeof value === 'string' && value.trim() !== ''
      ? value.trim()
      : typeof value === 'number'
        ? String(value)
        : null
  return {
    title: text(fm.title) ?? jekyll?.[2] ?? stem,
    slug: text(fm.slug) ?? jekyll?.[2] ?? stem,
    date: text(fm.date) ?? jekyll?.[1] ?? null,
    today
  }
}

/** The image file name the folder's pattern gives a post. */
export function cloudNameFor(
  pattern: string,
  post: NamedPost,
  today: Date,
  format: CloudImageFormat
): string {
  return cloudFileName(pattern, nameFields(post, today), format)
}

/** The image format a file name says, or null for anything else. */
export function formatOfName(name: string): CloudImageFormat | null {
  return /\.png$/i.test(name) ? 'png' : /\.jpe?g$/i.test(name) ? 'jpg' : null
}
