import { realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { FrontMatterDefaults } from '@shared/site/config'
import type { SiteConfig } from '@shared/site/config'
import type { SiteContext, SiteDocument } from '@shared/site/model/document'
import { buildDocument, buildPage } from '@shared/site/model/document'
import { EntryFilter } from '@shared/site/model/entry-filter'
import type { ClassifyOptions } from '@shared/site/model/classify'
import { classifyPath } from '@shared/site/model/classify'
import type { StaticFileInfo } from '@shared/site/model/site-drop'
import type { SiteDiagnostic } from '@shared/site/types'
import type { SourceParts } from './read-source'
import { readSourceFile, splitSource } from './read-source'
import type { SiteTheme } from './theme'
import { hasYamlHeader, SiteTreeReader } from './site-tree'
import { timeSlicer } from './time-slice'
import { themeAssets } from './theme-assets'

export interface SiteModelOptions {
  /** Read `_drafts/` (Jekyll's `--drafts`). */
  drafts?: boolean
  /** Keep `published: false` documents (`--unpublished`). */
  unpublished?: boolean
  /** Keep posts dated after now (`--future`). */
  future?: boolean
  /** `site.time`; the current time when omitted. */
  now?: Date
  /** Config merged over `_config.yml` (as `jekyll build --config _config.yml,more.yml`). */
  config?: Record<string, unknown>
}

export type SourceRole = 'post' | 'draft' | 'document' | 'page'

/** A document's or page's file as read, kept so a config change re-derives without re-reading. */
export interface Source {
  id: string
  /** Where to read it (real path). */
  path: string
  role: SourceRole
  collection: string | null
  parts: SourceParts
  mtime: Date
  /** Jekyll's relative path for a theme's asset page. */
  relativePath?: string
}

/** Everything derived from the config, rebuilt when `_config.yml` changes. */
export interface SiteSettings {
  config: SiteConfig
  context: SiteContext
  filter: EntryFilter
  classify: ClassifyOptions
  drafts: boolean
}

export function settingsFor(config: SiteConfig, options: SiteModelOptions): SiteSettings {
  const drafts = options.drafts ?? config.show_drafts === true
  const zone =
    typeof config.timezone === 'string' && config.timezone !== '' ? config.timezone : null
  const context: SiteContext = {
    config,
    defaults: new FrontMatterDefaults(config),
    zone,
    now: options.now ?? new Date(),
    unpublished: options.unpublished ?? config.unpublished === true,
    future: options.future ?? config.future === true
  }
  const filter = new EntryFilter(config)
  const collections = Object.keys((config.collections as Record<string, unknown> | null) ?? {})
  const collectionsDir = typeof config.collections_dir === 'string' ? config.collections_dir : ''
  return {
    config,
    context,
    filter,
    drafts,
    classify: {
      filter,
      drafts,
      collectionsDir,
      collections: collections.filter((l) => l !== 'posts')
    }
  }
}

/** The document (or page) a source makes under the current settings. */
export function documentOf(source: Source, settings: SiteSettings): SiteDocument {
  const { parts } = source
  if (source.role === 'page')
    return buildPage(
      {
        id: source.id,
        relativePath: source.relativePath,
        frontMatter: parts.frontMatter,
        body: parts.body,
        bodyLine: parts.bodyLine
      },
      settings.context
    )
  return buildDocument(
    {
      id: source.id,
      kind: source.role,
      collection: source.collection,
      frontMatter: parts.frontMatter,
      body: parts.body,
      bodyLine: parts.bodyLine,
      mtime: source.mtime
    },
    settings.context
  )
}

/**
 * The editor's text as the document it would be once saved: its role from its path (a draft is
 * a draft even when drafts are not read), its own front matter problems in `diagnostics`.
 */
export function documentFromText(
  id: string,
  text: string,
  path: string,
  mtime: Date,
  settings: SiteSettings
): SiteDocument {
  const found = classifyPath(id, { ...settings.classify, drafts: true })
  const role: SourceRole =
    found.role === 'post' || found.role === 'draft' || found.role === 'document'
      ? found.role
      : 'page'
  const collection = 'collection' in found ? found.collection : null
  const problems: SiteDiagnostic[] = []
  const parts = splitSource(text, id, problems)
  const doc = documentOf({ id, path, role, collection, parts, mtime }, settings)
  return { ...doc, diagnostics: [...problems, ...(doc.diagnostics ?? [])] }
}

/** Reads one file as a source; null when it cannot be read. */
export function readSource(
  id: string,
  path: string,
  role: SourceRole,
  collection: string | null,
  diagnostics: SiteDiagnostic[]
): Source | null {
  const file = readSourceFile(path, role === 'draft')
  if (!file) return null
  const parts = splitSource(file.text, id, diagnostics)
  return { id, path, role, collection, parts, mtime: file.mtime ?? new Date(0) }
}

export interface SiteFiles {
  sources: Map<string, Source>
  staticFiles: Map<string, StaticFileInfo>
}

/** Walks the folder and reads every post, draft, collection document and page. */
export async function readSiteFiles(
  realRoot: string,
  settings: SiteSettings,
  theme: SiteTheme | null,
  diagnostics: SiteDiagnostic[]
): Promise<SiteFiles> {
  const tree = await new SiteTreeReader(realRoot, {
    filter: settings.filter,
    drafts: settings.drafts,
    collectionsDir: settings.classify.collectionsDir,
    collections: settings.classify.collections
  }).read()
  const sources = new Map<string, Source>()
  const pause = timeSlicer()
  const take = async (
    id: string,
    path: string,
    role: SourceRole,
    label: string | null
  ): Promise<void> => {
    const source = readSource(id, path, role, label, diagnostics)
    if (source) sources.set(id, source)
    await pause()
  }
  for (const file of tree.posts) await take(file.id, file.path, 'post', 'posts')
  for (const file of tree.drafts) await take(file.id, file.path, 'draft', 'posts')
  for (const [label, files] of tree.documents)
    for (const file of files) await take(file.id, file.path, 'document', label)
  for (const file of tree.pages) await take(file.id, file.path, 'page', null)
  const staticFiles = new Map<string, StaticFileInfo>()
  for (const file of tree.staticFiles)
    staticFiles.set(file.id, {
      id: file.id,
      mtime: mtimeOf(file.path),
      collection: file.collection,
      file: file.path
    })
  if (theme) addThemeAssets(theme, sources, staticFiles, diagnostics)
  return { sources, staticFiles }
}

function mtimeOf(path: string): Date {
  try {
    return statSync(path).mtime
  } catch {
    return new Date(0)
  }
}

/** ThemeAssetsReader: the theme's `assets/`, unless the site has a file at the same path. */
function addThemeAssets(
  theme: SiteTheme,
  sources: Map<string, Source>,
  staticFiles: Map<string, StaticFileInfo>,
  diagnostics: SiteDiagnostic[]
): void {
  for (const relative of themeAssets(theme)) {
    if (sources.has(relative) || staticFiles.has(relative)) continue
    const path = join(theme.root, relative)
    const id = `theme:${theme.name}/${relative}`
    if (hasYamlHeader(path)) {
      const source = readSource(id, path, 'page', null, diagnostics)
      if (source) sources.set(id, { ...source, relativePath: relative })
    } else
      staticFiles.set(relative, {
        id: relative,
        mtime: mtimeOf(path),
        collection: null,
        file: path
      })
  }
}

/** The real path of the site folder. */
export function realRootOf(root: string): string {
  return realpathSync(root)
}
