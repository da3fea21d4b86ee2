/**
 * Liquid as Jekyll 4.3 runs it, on liquidjs: Jekyll's filters and tags, the plugin tags GitHub
 * Pages sites use, and errors turned into diagnostics so a broken template never blanks the page.
 */
import type { SiteDiagnostic } from '../types'
import { createRuntime } from './runtime'
import { renderSource } from './render-source'

export { RubyTime, timeAtOffset } from './ruby-time'

/** A template's text and where it comes from, for diagnostics and include_relative. */
export interface TemplateSource {
  text: string
  /** Display path: folder-relative (`_layouts/post.html`) or `theme:minima/_includes/head.html`. */
  file: string
  /** 1-based line of `file` where `text` starts (after a front matter block). */
  line: number
}

/** What Liquid may reach outside its scope; the host (core) confines every path to the folder / found theme. */
export interface SiteLiquidHost {
  /** `{% include name %}`: `_includes/` then the theme's; null when missing. */
  include(name: string): TemplateSource | null
  /** `{% include_relative path %}` relative to the including file (`fromFile` is a TemplateSource.file); null when missing. */
  includeRelative(fromFile: string, path: string): TemplateSource | null
  /** `markdownify` (kramdown). */
  markdownify(text: string): string
  /** `smartify`. */
  smartify(text: string): string
  /**
   * `{% highlight lang linenos %}…` output (Rouge markup): the whole of what Jekyll's tag writes,
   * `<figure class="highlight"><pre><code class="language-…" data-lang="…">…</code></pre></figure>`
   * (Rouge's table when `linenos` is set: Jekyll 4.3 uses it for any value, so the tag passes
   * `table`). `code` is the rendered body; `language` is lower-cased as Jekyll does.
   */
  highlight(
    code: string,
    language: string,
    options: { linenos?: boolean | 'table' | 'inline'; markLines?: number[] }
  ): string
  /** `{% post_url name %}` → the post's URL without baseurl, or null when no such post. */
  postUrl(name: string): string | null
  /** `{% link path %}` → the URL of that file of the site without baseurl, or null. */
  link(path: string): string | null
}

export interface SiteLiquidOptions {
  /** The merged site config (baseurl, url, timezone, …) — filters like relative_url read it. */
  config: Record<string, unknown>
  /** Where diagnostics go (file + 1-based line in that file). */
  onDiagnostic(diagnostic: SiteDiagnostic): void
}

export interface SiteLiquid {
  /** Renders synchronously; never throws: errors become diagnostics and the rest still renders (a broken include renders as nothing, the page goes on). */
  render(source: TemplateSource, scope: Record<string, unknown>): string
}

export function createSiteLiquid(host: SiteLiquidHost, options: SiteLiquidOptions): SiteLiquid {
  const runtime = createRuntime(host, options)
  return {
    render(source: TemplateSource, scope: Record<string, unknown>): string {
      return renderSource(runtime, source, scope)
    }
  }
}
