import type { SitePageResult } from '@shared/site/types'
import { SiteModel } from './model'
import type { SiteModelOptions } from './model'
import type { SiteAssetSource } from './site-assets'
import { SiteRenderer } from './site-renderer'

export interface SitePageOptions {
  /** Mark the content's blocks with their source lines (the window's scroll sync). */
  sourceLines?: boolean
}

/**
 * The Site view's back end for one open folder: the site model, read on first use and kept up to
 * date from file events, and a renderer for its current version. A change to any file of the site
 * makes the next render use a new renderer, so no cached page outlives what it was made from.
 */
export class SiteService implements SiteAssetSource {
  private model: Promise<SiteModel> | null = null
  private loaded: SiteModel | null = null
  private renderer: SiteRenderer | null = null

  constructor(
    private readonly root: string,
    /** Whether the folder is a Jekyll site (`_config.yml` or `_posts/`). */
    private readonly jekyll: boolean,
    private readonly options: SiteModelOptions = {}
  ) {}

  /** Post or page `id` rendered from `text` (the buffer) inside the site. */
  async page(id: string, text: string, options: SitePageOptions = {}): Promise<SitePageResult> {
    if (!this.jekyll) return { kind: 'no-site', reason: 'not-jekyll' }
    const started = performance.now()
    const model = await this.current()
    this.renderer ??= new SiteRenderer(model)
    const doc = model.documentFor(id, text)
    const rendered = this.renderer.render(doc, { sourceLines: options.sourceLines })
    return {
      kind: 'page',
      html: rendered.html,
      url: doc.url,
      baseurl: typeof model.config.baseurl === 'string' ? model.config.baseurl : '',
      layouts: rendered.layouts,
      fallbackLayout: rendered.fallbackLayout,
      diagnostics: [
        ...model.diagnostics.filter((each) => !isDocumentFile(each.file)),
        ...(doc.diagnostics ?? []),
        ...rendered.diagnostics
      ],
      ms: performance.now() - started
    }
  }

  /** The site model as it is now (read on first use). */
  async current(): Promise<SiteModel> {
    this.model ??= SiteModel.load(this.root, this.options).then((model) => {
      this.loaded = model
      return model
    })
    return this.model
  }

  /** A file of the folder changed on disk (folder-relative path). */
  changed(path: string): void {
    this.loaded?.changed(path)
    this.renderer = null
    // A config change that alters which files belong to the site (exclude, collections, theme):
    // the next page reads the site again.
    if (this.loaded?.needsReload) {
      this.loaded = null
      this.model = null
    }
  }

  async themeRoot(): Promise<string | null> {
    if (!this.jekyll) return null
    return (await this.current()).theme?.root ?? null
  }

  async baseurl(): Promise<string> {
    if (!this.jekyll) return ''
    const value = (await this.current()).config.baseurl
    return typeof value === 'string' ? value : ''
  }

  async compiledCss(cssPath: string): Promise<string | null> {
    if (!this.jekyll) return null
    const model = await this.current()
    return model.compiledCss(cssPath)
  }
}

/**
 * Whether a diagnostic's file is a post or page rather than a file of the whole site (config,
 * layouts, includes, data, Sass, theme). The model reports every document it could not read; a
 * page shows only its own (from the buffer, which may already have fixed what is on disk).
 */
function isDocumentFile(file: string): boolean {
  if (file.startsWith('theme:') || /^_config[^/]*\.ya?ml$/.test(file)) return false
  if (/^_(layouts|includes|data|sass)\//.test(file)) return false
  return /\.(md|markdown|mkdown|mkdn|mkd|html?)$/i.test(file)
}
