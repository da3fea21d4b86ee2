import { realpathSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { isInside } from '../../library/confine'
import type { SiteDocument } from '@shared/site/model/document'
import type { SiteDiagnostic } from '@shared/site/types'
import type { SassRun } from './sass-runner'
import { runSass } from './sass-runner'
import type { SiteTheme } from './theme'

/** What the asset route needs to compile one stylesheet page of the site. */
export interface SassSite {
  realRoot: string
  config: Record<string, unknown>
  theme: SiteTheme | null
  /** The site's pages (the theme's asset pages included). */
  pages: SiteDocument[]
}

export interface SiteCss {
  /** The CSS, or null when Sass failed (the diagnostic says where). */
  css: string | null
  /** The stylesheet's display path (`assets/main.scss`, `theme:minima/assets/main.scss`). */
  file: string
  diagnostics: SiteDiagnostic[]
}

interface CacheEntry {
  body: string
  files: Array<[string, string]>
  result: SiteCss
}

const cache = new Map<string, CacheEntry>()

/** Forgets compiled CSS (a Sass source changed; mtimes would catch it too, this is cheaper). */
export function forgetSass(): void {
  cache.clear()
}

/** Folders inside the site named by config (`sass.sass_dir`, `sass.load_paths`); `..` refused. */
function siteFolders(realRoot: string, sass: Record<string, unknown>): string[] {
  const named = [
    ...(Array.isArray(sass.load_paths)
      ? sass.load_paths
      : typeof sass.load_paths === 'string'
        ? [sass.load_paths]
        : []),
    typeof sass.sass_dir === 'string' && sass.sass_dir !== '' ? sass.sass_dir : '_sass'
  ]
  const out: string[] = []
  for (const item of named) {
    if (typeof item !== 'string' || item.split(/[\\/]/).includes('..')) continue
    try {
      const real = realpathSync(join(realRoot, item.replace(/^\/+/, '')))
      if (isInside(realRoot, real) && statSync(real).isDirectory()) out.push(real)
    } catch {
      // a folder that does not exist is simply not searched, as in Jekyll
    }
  }
  return [...new Set(out)]
}

function unchanged(files: Array<[string, string]>): boolean {
  // Modification time and size: two writes within one clock tick still differ in size mostly.
  return files.every(([path, stamp]) => {
    try {
      const stats = statSync(path)
      return `${stats.mtimeMs}:${stats.size}` === stamp
    } catch {
      return false
    }
  })
}

function display(site: SassSite, real: string, page: SiteDocument, entry: string): string {
  if (real === entry) return page.id
  if (isInside(site.realRoot, real)) return relative(site.realRoot, real).split(sep).join('/')
  if (site.theme && isInside(site.theme.root, real))
    return `theme:${site.theme.name}/${relative(site.theme.root, real).split(sep).join('/')}`
  return page.id
}

/** The real path of a page's file: in the site, or (for `theme:<name>/…`) in the theme. */
function entryPath(site: SassSite, page: SiteDocument): string {
  if (site.theme && page.id.startsWith(`theme:${site.theme.name}/`))
    return join(site.theme.root, page.relativePath)
  return join(site.realRoot, page.id)
}

/**
 * The CSS at site path `url` (`/assets/main.css`, no baseurl): the `.scss`/`.sass` page with
 * front matter whose URL it is, compiled with `sass` (load paths: `sass.load_paths`, `_sass/`,
 * the theme's `_sass/`; style: `sass.style`, compressed or expanded). Cached until one of the
 * files it read changes. Null when no Sass page has that URL.
 */
export async function compileSass(site: SassSite, url: string): Promise<SiteCss | null> {
  const page = site.pages.find((item) => item.url === url && /^\.s[ac]ss$/i.test(item.ext))
  if (!page) return null
  const key = `${site.realRoot}\0${url}`
  const cached = cache.get(key)
  if (cached && cached.body === page.body && unchanged(cached.files)) return cached.result
  const sass = (
    typeof site.config.sass === 'object' && site.config.sass !== null ? site.config.sass : {}
  ) as Record<string, unknown>
  const entry = entryPath(site, page)
  const themeSass = site.theme ? [join(site.theme.root, '_sass')] : []
  const roots = [site.realRoot, ...(site.theme ? [site.theme.root] : [])]
  // Jekyll's front matter lines stay in the file: blank lines keep Sass's line numbers the file's.
  const source = '\n'.repeat(Math.max(0, page.bodyLine - 1)) + page.body
  const run: SassRun = await runSass({
    entry,
    source,
    indented: page.ext.toLowerCase() === '.sass',
    loadPaths: [...siteFolders(site.realRoot, sass), ...themeSass],
    roots,
    style: String(sass.style).replace(/^:/, '') === 'compressed' ? 'compressed' : 'expanded'
  })
  const result: SiteCss = run.ok
    ? { css: run.css, file: page.id, diagnostics: [] }
    : {
        css: null,
        file: page.id,
        diagnostics: [
          {
            kind: run.timedOut ? 'limit' : 'sass',
            file: run.file ? display(site, run.file, page, entry) : page.id,
            line: run.line,
            message: run.message
          }
        ]
      }
  cache.set(key, { body: page.body, files: run.files, result })
  return result
}
