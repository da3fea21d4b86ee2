import { join } from 'node:path'
import type { SiteConfig } from '@shared/site/config'
import type { SiteDocument } from '@shared/site/model/document'
import type { RenderPart } from '@shared/site/model/document-drop'
import { dropContext } from '@shared/site/model/document-drop'
import { neighbours } from '@shared/site/model/post-order'
import { buildSiteDrop } from '@shared/site/model/site-drop'
import type { StaticFileInfo } from '@shared/site/model/site-drop'
import type { SiteDiagnostic } from '@shared/site/types'
import { readSiteData } from './data-files'
import type { SiteCss } from './sass'
import { compileSass } from './sass'
import type { LoadedConfig } from './site-config'
import { changesWhatIsRead, loadSiteConfig } from './site-config'
import { applyFileChange } from './site-changes'
import type { SiteLists } from './site-lists'
import { listOf, listsOf, relatedPosts, withCurrent, withDocument } from './site-lists'
import type { SiteModelOptions, SiteSettings, Source } from './site-state'
import { documentFromText, documentOf, readSiteFiles, realRootOf, settingsFor } from './site-state'
import { SiteTemplates } from './site-templates'
import type { IncludeLookup, TemplateFile } from './templates'
import type { SiteTheme } from './theme'
import { findPostUrl, findLink } from './site-links'

/**
 * Everything Jekyll 4.3 knows about a site folder before rendering, read from disk: the merged
 * config, the theme, posts, drafts, collections, pages, static files, data, layouts and includes.
 * Built once per folder; `changed(path)` re-reads only what a file event touches.
 */
export class SiteModel {
  private loaded: LoadedConfig
  private settings: SiteSettings
  private templates: SiteTemplates
  private readonly docs = new Map<string, SiteDocument>()
  private lists: SiteLists | null = null
  private data: Record<string, unknown> | null = null
  private dataDiagnostics: SiteDiagnostic[] = []
  private reloadNeeded = false
  private readonly sassDiagnostics = new Map<string, SiteDiagnostic[]>()
  private staticList: StaticFileInfo[] | null = null
  private dropMemo: {
    render: RenderPart
    current: SiteDocument | undefined
    drop: Record<string, unknown>
  } | null = null

  private constructor(
    readonly root: string,
    readonly realRoot: string,
    loaded: LoadedConfig,
    private readonly options: SiteModelOptions,
    private readonly sources: Map<string, Source>,
    private readonly staticFiles: Map<string, StaticFileInfo>,
    private readonly readDiagnostics: SiteDiagnostic[]
  ) {
    this.loaded = loaded
    this.settings = settingsFor(loaded.config, options)
    this.templates = new SiteTemplates(realRoot, loaded.config, loaded.theme)
    this.rebuildDocuments()
  }

  static async load(root: string, options: SiteModelOptions = {}): Promise<SiteModel> {
    const realRoot = realRootOf(root)
    const loaded = loadSiteConfig(realRoot, options.config)
    const settings = settingsFor(loaded.config, options)
    const diagnostics: SiteDiagnostic[] = []
    const files = await readSiteFiles(realRoot, settings, loaded.theme, diagnostics)
    return new SiteModel(
      root,
      realRoot,
      loaded,
      options,
      files.sources,
      files.staticFiles,
      diagnostics
    )
  }

  /** `_config.yml` merged with Jekyll 4.3's defaults (and the theme's own config). */
  get config(): SiteConfig {
    return this.loaded.config
  }

  get theme(): SiteTheme | null {
    return this.loaded.theme
  }

  /** Config and theme problems, front matter that could not be read, data files that failed. */
  get diagnostics(): SiteDiagnostic[] {
    return [
      ...this.loaded.diagnostics,
      ...this.readDiagnostics,
      ...this.dataDiagnostics,
      ...[...this.sassDiagnostics.values()].flat()
    ]
  }

  /** True after a config change that alters which files are read (exclude, collections, theme…): load again. */
  get needsReload(): boolean {
    return this.reloadNeeded
  }

  hasLayouts(): boolean {
    return this.templates.hasLayouts()
  }

  layout(name: string): TemplateFile | null {
    return this.templates.layout(name)
  }

  include(name: string): TemplateFile | null {
    const found = this.templates.resolveInclude(name)
    return found.ok ? found.file : null
  }

  /** The include, or why not: 'missing', or 'refused' (a `..`, an absolute path, a link out). */
  resolveInclude(name: string): IncludeLookup {
    return this.templates.resolveInclude(name)
  }

  includeRelative(fromFile: string, path: string): TemplateFile | null {
    const found = this.templates.resolveRelative(fromFile, path)
    return found.ok ? found.file : null
  }

  resolveIncludeRelative(fromFile: string, path: string): IncludeLookup {
    return this.templates.resolveRelative(fromFile, path)
  }

  /** The post or page `id` as it would be with `text` saved (front matter parsed from the text). */
  documentFor(id: string, text: string): SiteDocument {
    const mtime = this.sources.get(id)?.mtime ?? this.settings.context.now
    return documentFromText(id, text, join(this.realRoot, id), mtime, this.settings)
  }

  /** Liquid's `page` for a document, with lazy content, excerpt, next and previous. */
  pageDrop(doc: SiteDocument, render: RenderPart): Record<string, unknown> {
    const list = doc.kind === 'page' ? [] : withDocument(listOf(this.currentLists(), doc), doc)
    return dropContext(render, (item) => neighbours(list, item)).dropOf(doc)
  }

  /**
   * Liquid's `site`. `current` (the editor's document) takes the place of its saved version in
   * the lists, so a title typed now shows in the site's own post lists too.
   */
  siteDrop(render: RenderPart, current?: SiteDocument): Record<string, unknown> {
    // The same render and document again (a layout reading another post's content): one drop,
    // so what it has built and rendered is reused. Any file event starts afresh.
    const memo = this.dropMemo
    if (memo && memo.render === render && memo.current === current) return memo.drop
    const lists = withCurrent(this.currentLists(), current)
    const { posts, pages, collections } = lists
    const drop = buildSiteDrop(
      {
        config: this.config,
        posts,
        pages,
        collections,
        staticFiles: this.sortedStatic(),
        data: () => this.siteData(),
        time: this.settings.context.now,
        neighbours: (doc) => neighbours(listOf(lists, doc), doc),
        related: current ? relatedPosts(posts, current) : []
      },
      render
    )
    this.dropMemo = { render, current, drop }
    return drop
  }

  /** `{% post_url name %}`: the post's URL (no baseurl), or null. */
  postUrl(name: string): string | null {
    return findPostUrl(this.currentLists().posts, name)
  }

  /** `{% link path %}`: the URL (no baseurl) of the page, document or static file at `path`. */
  link(path: string): string | null {
    const lists = this.currentLists()
    const docs = [...lists.pages, ...lists.posts, ...[...lists.collections.values()].flat()]
    return findLink(docs, this.sortedStatic(), path)
  }

  /** Every post Jekyll publishes (drafts only when loaded with `drafts`), newest first. */
  posts(): SiteDocument[] {
    return [...this.currentLists().posts].reverse()
  }

  /** Documents of the other collections (not posts), in each collection's order. */
  documents(): SiteDocument[] {
    return [...this.currentLists().collections.values()].flat()
  }

  /** Every page Jekyll publishes (the theme's asset pages included). */
  pages(): SiteDocument[] {
    return [...this.currentLists().pages]
  }

  /** The CSS at site path `url` (`/assets/main.css`, no baseurl) compiled from a Sass page, or null. */
  css(url: string): Promise<SiteCss | null> {
    return compileSass(
      { realRoot: this.realRoot, config: this.config, theme: this.theme, pages: this.pages() },
      url
    )
  }

  /**
   * The compiled CSS at site path `url` (`/assets/main.css` or `assets/main.css`), or null when no
   * Sass page has that URL or Sass failed; the failure is in `diagnostics` until it compiles.
   */
  async compiledCss(url: string): Promise<string | null> {
    const result = await this.css(`/${url.replace(/^\/+/, '')}`)
    // Kept per stylesheet: a partial's error goes once the stylesheet that imports it compiles.
    if (result) this.sassDiagnostics.set(result.file, result.diagnostics)
    return result?.css ?? null
  }

  /** The static file at a folder-relative path (for the asset route), or null. */
  staticFile(id: string): StaticFileInfo | null {
    return this.staticFiles.get(id) ?? null
  }

  /** `site.data`: `_data/` over the theme's `_data/`, read on first use. */
  siteData(): Record<string, unknown> {
    if (!this.data) {
      this.dataDiagnostics = []
      this.data = readSiteData(this.realRoot, this.config, this.theme, this.dataDiagnostics)
    }
    return this.data
  }

  /** A file event from the watcher (folder-relative path): update what depends on it. */
  changed(path: string): void {
    const outcome = applyFileChange(path, {
      realRoot: this.realRoot,
      settings: this.settings,
      sources: this.sources,
      staticFiles: this.staticFiles,
      templates: this.templates,
      diagnostics: this.readDiagnostics,
      configFile: this.loaded.file
    })
    if (outcome.data) this.data = null
    this.staticList = null
    this.dropMemo = null
    if (outcome.config) this.reloadConfig()
    for (const id of outcome.documents) {
      const source = this.sources.get(id)
      if (source) this.docs.set(id, documentOf(source, this.settings))
      else this.docs.delete(id)
      this.lists = null
    }
  }

  private reloadConfig(): void {
    this.dropMemo = null
    const before = this.loaded
    this.loaded = loadSiteConfig(this.realRoot, this.options.config)
    if (changesWhatIsRead(before.config, this.loaded.config)) this.reloadNeeded = true
    this.settings = settingsFor(this.loaded.config, this.options)
    this.templates = new SiteTemplates(this.realRoot, this.loaded.config, this.loaded.theme)
    this.data = null
    this.rebuildDocuments()
  }

  private rebuildDocuments(): void {
    this.docs.clear()
    for (const source of this.sources.values())
      this.docs.set(source.id, documentOf(source, this.settings))
    this.lists = null
  }

  /** Static files by path, sorted once per change rather than per keystroke. */
  private sortedStatic(): StaticFileInfo[] {
    this.staticList ??= [...this.staticFiles.values()].sort((a, b) => (a.id < b.id ? -1 : 1))
    return this.staticList
  }

  private currentLists(): SiteLists {
    if (!this.lists)
      this.lists = listsOf(this.docs.values(), this.settings.context.unpublished, this.config)
    return this.lists
  }
}
