import { open, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { PostcloudError } from '@shared/errors'
import { imageMime, readFolderImage } from '../assets'
import type { FolderImage } from '../assets'
import type { PostStore } from '../assets/post-store'
import { idSegments, isInside } from '../library/confine'
import { fsError } from '../library/fs-errors'
import { relativeCssUrls } from './css-urls'

/** A stylesheet or font larger than this is not served. */
const maxServedBytes = 20 * 1024 * 1024

/** What the Site view loads besides images: stylesheets and fonts. Never scripts. */
const siteMimeTypes: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
  eot: 'application/vnd.ms-fontobject'
}

/** The parts of the site the asset route needs: the found theme and the compiled Sass. */
export interface SiteAssetSource {
  /** The installed theme's folder, when the site names one Postcloud found. */
  themeRoot(): Promise<string | null>
  /** The site's `baseurl` ('' when none), for rewriting root-relative URLs inside CSS. */
  baseurl(): Promise<string>
  /**
   * The CSS compiled from the Sass file (with front matter) that publishes at `cssPath`, e.g.
   * `assets/main.css` from `assets/main.scss` in the folder or the theme; null when none.
   */
  compiledCss(cssPath: string): Promise<string | null>
}

/**
 * A file the Site view loads, by its folder-relative path as the asset route decoded it: images
 * as before, plus stylesheets (files, or Sass compiled on the fly) and fonts, from the folder or
 * the installed theme. Refused: scripts and every other type, anything in an `_` or `.` folder
 * (Jekyll publishes those only through Liquid), and every path whose real location is outside the
 * folder (or, for theme files, outside the theme).
 */
export async function readSiteAsset(
  store: Pick<PostStore, 'info' | 'resolve'>,
  site: SiteAssetSource | null,
  path: string
): Promise<FolderImage> {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1].toLowerCase() ?? ''
  const mime = Object.hasOwn(siteMimeTypes, extension) ? siteMimeTypes[extension] : undefined
  if (!mime) return readImageOrThemeImage(store, site, path)
  const segments = idSegments(path)
  if (segments.some((segment) => segment.startsWith('_') || segment.startsWith('.'))) {
    throw new PostcloudError('NOT_FOUND', `"${path}" is not published by the site.`)
  }
  const absolute = await store.resolve(path)
  const fromFolder = await readConfined(await realpath(store.info().path), absolute, path)
  const bytes =
    fromFolder ??
    (extension === 'css' ? await compiled(site, path) : null) ??
    (await readFromTheme(site, segments, path))
  if (!bytes) throw new PostcloudError('NOT_FOUND', `"${path}" does not exist in the site.`)
  if (extension !== 'css') return { bytes, mime }
  const css = relativeCssUrls(new TextDecoder().decode(bytes), path, (await site?.baseurl()) ?? '')
  return { bytes: new TextEncoder().encode(css), mime }
}

/** Images keep their own rules (the Preview's); one missing from the folder may be the theme's. */
async function readImageOrThemeImage(
  store: Pick<PostStore, 'info' | 'resolve'>,
  site: SiteAssetSource | null,
  path: string
): Promise<FolderImage> {
  try {
    return await readFolderImage(store, path)
  } catch (error) {
    const mime = imageMime(path)
    if (!(error instanceof PostcloudError) || error.code !== 'NOT_FOUND' || !mime) throw error
    const segments = idSegments(path)
    if (segments.some((segment) => segment.startsWith('_') || segment.startsWith('.'))) throw error
    const bytes = await readFromTheme(site, segments, path)
    if (!bytes) throw error
    return { bytes, mime }
  }
}

async function compiled(site: SiteAssetSource | null, path: string): Promise<Uint8Array | null> {
  const css = site ? await site.compiledCss(path) : null
  return css === null ? null : new TextEncoder().encode(css)
}

async function readFromTheme(
  site: SiteAssetSource | null,
  segments: string[],
  label: string
): Promise<Uint8Array | null> {
  const themeRoot = site ? await site.themeRoot() : null
  if (!themeRoot) return null
  return readConfined(await realpath(themeRoot), join(themeRoot, ...segments), label)
}

/** The file's bytes when it exists and its real path is inside `realRoot`; null when missing. */
async function readConfined(
  realRoot: string,
  absolute: string,
  label: string
): Promise<Uint8Array | null> {
  let real: string
  try {
    real = await realpath(absolute)
  } catch {
    return null
  }
  if (!isInside(realRoot, real)) {
    throw new PostcloudError('OUTSIDE_FOLDER', `"${label}" leads outside the open folder`)
  }
  let handle
  try {
    handle = await open(real, 'r')
    const stats = await handle.stat()
    if (!stats.isFile()) return null
    if (stats.size > maxServedBytes) {
      throw new PostcloudError('TOO_LARGE', `"${label}" is too large to serve.`)
    }
    return await handle.readFile()
  } catch (error) {
    throw fsError(error, label, 'read')
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
