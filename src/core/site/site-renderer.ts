import { createKramdown } from '@shared/site/kramdown'
import type { Kramdown } from '@shared/site/kramdown'
import { createSiteLiquid } from '@shared/site/liquid'
import type { SiteLiquid, TemplateSource } from '@shared/site/liquid'
import { highlightTag } from '@shared/site/rouge'
import { sourceLineAttribute } from '@shared/markdown/blocks'
import { markdownExtensions } from '@shared/site/model/output-ext'
import type { SiteDiagnostic } from '@shared/site/types'
import type { SiteDocument, SiteModel, TemplateFile } from './model'
import { fallbackLayout } from './fallback-layout'

/** A page rendered through Liquid, Markdown and its layouts, with what went wrong on the way. */
export interface RenderedDocument {
  html: string
  /** The layout chain, innermost first. */
  layouts: string[]
  fallbackLayout: boolean
  diagnostics: SiteDiagnostic[]
}

export interface RenderOptions {
  /** Mark the content's blocks with their 0-based lines of the whole file (the scroll sync). */
  sourceLines?: boolean
}

/**
 * Renders documents of one version of a site model as `jekyll build` would: the document's own
 * Liquid, then kramdown for Markdown files, then each layout in turn with `content`. Templates
 * are parsed once (the Liquid engine caches them) and the HTML of other documents that layouts
 * read (`site.posts[i].content`, `excerpt`) is rendered on first use and kept, so a keystroke
 * renders only the edited document and the layout chain again.
 */
export class SiteRenderer {
  private readonly kramdown: Kramdown
  private readonly liquid: SiteLiquid
  private diagnostics: SiteDiagnostic[] = []
  /** Rendered content and excerpts of the site's other documents, by id. */
  private readonly others = new Map<string, string>()
  /** The document being rendered: its parts are never taken from (or put in) the cache. */
  private current: SiteDocument | null = null
  /**
   * What the document being rendered shows as its own `content` when a template reads it: the raw
   * body while its content renders, the rendered content once its layouts do (as in Jekyll).
   */
  private currentContent = ''
  /** Parts being rendered right now: one that reads itself gets '' instead of recursing. */
  private readonly rendering = new Set<string>()
  private readonly markdown: Set<string>

  constructor(private readonly model: SiteModel) {
    this.kramdown = createKramdown(model.config)
    this.markdown = markdownExtensions(model.config)
    this.liquid = createSiteLiquid(
      {
        include: (name) => source(model.include(name)),
        includeRelative: (from, path) => source(model.includeRelative(from, path)),
        markdownify: (text) => this.kramdown.render(text),
        smartify: (text) => this.kramdown.smartify(text),
        highlight: (code, language, options) => highlightTag(code, language, options),
        postUrl: (name) => model.postUrl(name),
        link: (path) => model.link(path)
      },
      { config: model.config, onDiagnostic: (diagnostic) => this.diagnostics.push(diagnostic) }
    )
  }

  /** Renders `doc` inside its layouts; never throws for problems of the site's own files. */
  render(doc: SiteDocument, options: RenderOptions = {}): RenderedDocument {
    this.diagnostics = []
    this.current = doc
    this.currentContent = doc.body
    const render = (of: SiteDocument, part: 'content' | 'excerpt'): string => this.part(of, part)
    const site = this.model.siteDrop(render, doc)
    const page = this.model.pageDrop(doc, render)
    const content = this.content(doc, site, page, options)
    // Layouts read `page.content` as the rendered content, not the drop's lazy getter.
    Object.defineProperty(page, 'content', { value: content, enumerable: true, writable: true })
    this.currentContent = content
    const { html, layouts, fallback } = this.layout(doc, content, site, page)
    return { html, layouts, fallbackLayout: fallback, diagnostics: this.diagnostics }
  }

  /** The document's body through Liquid and, for Markdown files, kramdown. */
  private content(
    doc: SiteDocument,
    site: Record<string, unknown>,
    page: Record<string, unknown>,
    options: RenderOptions
  ): string {
    const liquid =
      doc.data.render_with_liquid === false
        ? doc.body
        : this.liquid.render(
            { text: doc.body, file: doc.id, line: doc.bodyLine },
            {
              site,
              page
            }
          )
    if (!this.isMarkdown(doc)) return liquid
    const html = this.kramdown.render(liquid, { sourceLines: options.sourceLines })
    return options.sourceLines ? fileLines(html, doc.bodyLine - 1) : html
  }

  private layout(
    doc: SiteDocument,
    content: string,
    site: Record<string, unknown>,
    page: Record<string, unknown>
  ): { html: string; layouts: string[]; fallback: boolean } {
    const layouts: string[] = []
    let name = layoutName(doc.data.layout)
    let html = content
    if (name !== null && !this.model.hasLayouts()) {
      this.diagnostics.push({
        kind: 'layout',
        file: doc.id,
        line: 1,
        message: `The site has no layouts of its own and no installed theme: "${name}" is shown in Postcloud's plain layout.`
      })
      return { html: fallbackLayout(doc, content, site), layouts, fallback: true }
    }
    // Jekyll renders each layout of the chain once and stops where the chain comes back.
    while (name !== null && !layouts.includes(name)) {
      const layout: TemplateFile | null = this.model.layout(name)
      if (!layout) {
        this.diagnostics.push({
          kind: 'layout',
          file: layouts.length === 0 ? doc.id : `_layouts/${layouts[layouts.length - 1]}.html`,
          line: 1,
          message: `Layout "${name}" does not exist in _layouts/ or the theme.`
        })
        break
      }
      layouts.push(name)
      this.diagnostics.push(...(layout.problems ?? []))
      html = this.liquid.render(source(layout) as TemplateSource, {
        site,
        page,
        layout: layout.data,
        content: html
      })
      name = layoutName(layout.data.layout)
    }
    return { html, layouts, fallback: false }
  }

  private isMarkdown(doc: SiteDocument): boolean {
    return this.markdown.has(doc.ext.toLowerCase())
  }

  /** A document's content or excerpt (read by a template through `site.posts`, `page.next`…). */
  private part(doc: SiteDocument, part: 'content' | 'excerpt'): string {
    const isCurrent = doc.id === this.current?.id
    if (isCurrent && part === 'content') return this.currentContent
    const key = `${part}\u0000${doc.id}`
    const cached = isCurrent ? undefined : this.others.get(key)
    if (cached !== undefined) return cached
    if (this.rendering.has(key)) return ''
    this.rendering.add(key)
    // Problems of other posts belong to those posts, not to the page being previewed.
    const saved = this.diagnostics
    this.diagnostics = isCurrent ? saved : []
    try {
      const text = part === 'content' ? doc.body : (doc.excerptSource ?? '')
      const render = (of: SiteDocument, which: 'content' | 'excerpt'): string =>
        this.part(of, which)
      const site = this.model.siteDrop(render, this.current ?? undefined)
      const rendered = this.liquid.render(
        { text, file: doc.id, line: doc.bodyLine },
        { site, page: this.model.pageDrop(doc, render) }
      )
      const html = this.isMarkdown(doc) ? this.kramdown.render(rendered) : rendered
      if (!isCurrent) this.others.set(key, html)
      return html
    } finally {
      this.diagnostics = saved
      this.rendering.delete(key)
    }
  }
}

/**
 * kramdown numbers the blocks from the body's first line; the editor counts lines of the whole
 * file. `offset` is the 0-based file line of the body's first line (Jekyll's body starts after
 * the blank lines under the front matter, so only the back end knows it).
 */
function fileLines(html: string, offset: number): string {
  if (offset === 0) return html
  return html.replace(
    new RegExp(` ${sourceLineAttribute}="(\\d+)"`, 'g'),
    (_whole, line: string) => ` ${sourceLineAttribute}="${Number(line) + offset}"`
  )
}

function source(file: TemplateFile | null): TemplateSource | null {
  return file ? { text: file.text, file: file.file, line: file.line } : null
}

/** Jekyll treats `layout: none`, `null` and an empty value as no layout. */
function layoutName(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const name = value.trim()
  return name === '' || name === 'none' || name === 'null' ? null : name
}
