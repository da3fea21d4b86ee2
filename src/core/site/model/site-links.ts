import type { SiteDocument } from '@shared/site/model/document'
import type { StaticFileInfo } from '@shared/site/model/site-drop'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * `{% post_url %}` (tags/post_url.rb): `[folder/]YYYY-MM-DD-slug` matches a post's relative path
 * (`_posts/folder/…` or `folder/_posts/…`) with any extension; failing that, the same date and
 * slug (Jekyll's deprecated fallback).
 */
export function findPostUrl(posts: SiteDocument[], name: string): string | null {
  const match = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/.exec(name.trim().replace(/^\//, ''))
  if (!match) return null
  const path = match[1] ?? ''
  const basename = `${match[2]}-${escapeRegExp(match[3])}\\.[^.]+`
  const pattern = new RegExp(
    `^_posts/${escapeRegExp(path)}${basename}|^${escapeRegExp(path)}_posts/?${basename}`
  )
  const exact = posts.find((post) => pattern.test(post.relativePath))
  if (exact) return exact.url
  const [year, month, day] = match[2].split('-').map(Number)
  const fallback = posts.find((post) => {
    const date = post.date
    return (
      date !== null &&
      String(post.data.slug) === match[3] &&
      date.getFullYear() === year &&
      date.getMonth() + 1 === month &&
      date.getDate() === day
    )
  })
  return fallback?.url ?? null
}

/** `{% link %}` (tags/link.rb): the page, document or static file whose relative path is `path`. */
export function findLink(
  docs: SiteDocument[],
  staticFiles: StaticFileInfo[],
  path: string
): string | null {
  const wanted = path.trim().replace(/^\/+/, '')
  const doc = docs.find((item) => item.relativePath === wanted && item.write)
  if (doc) return doc.url
  const file = staticFiles.find((item) => item.id === wanted)
  return file ? `/${file.id.split('/').map(encodeURIComponent).join('/')}` : null
}
