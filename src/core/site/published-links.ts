import { join } from 'node:path'
import { classifyPath } from '@shared/site/model/classify'
import { loadSiteConfig } from './model/site-config'
import { documentFromText, settingsFor } from './model/site-state'
import type { SiteSettings } from './model/site-state'

/**
 * What a Jekyll site publishes, to judge whether a link written in a post works on the built
 * site: the post's URL comes from the site model's own permalink code, and a link is resolved as
 * a browser resolves it against that URL. Load one per folder and run (`loadPublishedSite`); the
 * checks themselves read nothing from disk.
 */
export interface PublishedSite {
  settings: SiteSettings
  /** `baseurl` as a prefix: '' or `/reports` (leading slash, no trailing slash). */
  base: string
}

/** Where a link written in a post leads once the site is built. */
export interface PublishedLink {
  /** The URL path a browser requests, `baseurl` included, decoded for reading. */
  url: string
  /**
   * The folder file the site would serve at that URL (whether or not it exists), null when no
   * folder file can be served there (outside the baseurl, `_posts/`, dot-folders, `exclude`).
   */
  servedPath: string | null
}

/** Any origin will do: only the path of the resolved URL is read. */
const origin = 'http://site.invalid'

export function loadPublishedSite(root: string): PublishedSite {
  const { config } = loadSiteConfig(root)
  const settings = settingsFor(config, {})
  const raw = typeof config.baseurl === 'string' ? config.baseurl.trim() : ''
  const trimmed = raw.replace(/^\/+|\/+$/g, '')
  return { settings, base: trimmed === '' ? '' : `/${trimmed}` }
}

/**
 * The URL path of a post, draft or page (without `baseurl`) as the site model computes it; null
 * when Jekyll does not publish the file at all (an excluded or `_`-folder, a file in `_layouts/`).
 * Drafts count as published, as `jekyll serve --drafts` shows them.
 */
export function publishedUrl(
  site: PublishedSite,
  root: string,
  id: string,
  text: string,
  mtime: Date
): string | null {
  const role = classifyPath(id, { ...site.settings.classify, drafts: true }).role
  if (role === 'ignored') return null
  return documentFromText(id, text, join(root, id), mtime, site.settings).url
}

/**
 * Where `link`, written in the page published at `pageUrl`, leads on the site; null for what is
 * not judged: remote and `data:` URLs, other schemes, and Liquid the site fills in at build time.
 */
export function publishedLink(
  site: PublishedSite,
  pageUrl: string,
  link: string
): PublishedLink | null {
  const written = link.trim()
  if (written === '' || /\{[{%]/.test(written) || written.startsWith('//')) return null
  if (/^[a-z][a-z0-9+.-]*:/i.test(written)) return null
  let path: string
  try {
    path = new URL(written, `${origin}${site.base}${pageUrl}`).pathname
  } catch {
    return null
  }
  const url = safeDecode(path)
  return { url, servedPath: servedFile(site, url) }
}

/** The folder file behind a decoded URL path: under the baseurl, a file Jekyll copies as is. */
function servedFile(site: PublishedSite, url: string): string | null {
  if (site.base !== '' && !url.startsWith(`${site.base}/`)) return null
  const path = url.slice(site.base.length).replace(/^\/+/, '')
  if (path === '' || path.endsWith('/') || path.includes('\0')) return null
  return classifyPath(path, site.settings.classify).role === 'site-file' ? path : null
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
