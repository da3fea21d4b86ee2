/**
 * The Site view's data as it crosses the contract and the pieces of the site renderer: a post
 * rendered inside its own Jekyll site (layouts, includes, data, Sass), with what could not be
 * rendered faithfully said as diagnostics.
 */

/** What kind of thing could not be rendered as Jekyll would render it. */
export type SiteDiagnosticKind =
  | 'liquid' // malformed Liquid, an unknown filter
  | 'plugin' // a tag Postcloud does not know (a Jekyll plugin), rendered as nothing
  | 'include' // a missing include, or one refused (outside the folder)
  | 'layout' // a missing layout
  | 'theme' // a theme that is not installed, a remote_theme
  | 'sass' // a Sass error
  | 'yaml' // front matter or a data file that cannot be read
  | 'limit' // rendering stopped at a limit (a huge loop, an include that includes itself)

export interface SiteDiagnostic {
  kind: SiteDiagnosticKind
  /** The file it is about, relative to the open folder (`/` separated); a theme file is `theme:<name>/<path>`. */
  file: string
  /** 1-based line in that file, when known. */
  line: number | null
  message: string
}

/**
 * A post rendered as its site would publish it. `html` is the whole document with the site's own
 * URLs (`baseurl` included), exactly what `postcloud preview` writes; the window maps those URLs
 * onto the folder itself.
 */
export interface SitePage {
  kind: 'page'
  html: string
  /** Jekyll's `page.url`, without the `baseurl`. */
  url: string
  /** The site's `baseurl` ('' when none), for mapping the page's URLs onto the folder. */
  baseurl: string
  /** The layout chain, innermost first (`['post', 'default']`); empty when the page has none. */
  layouts: string[]
  /**
   * True when the site has no layouts of its own and no theme Postcloud found, so the page was
   * laid out in Postcloud's plain default layout (a diagnostic says why).
   */
  fallbackLayout: boolean
  diagnostics: SiteDiagnostic[]
  /** Time spent rendering in the back end, in milliseconds. */
  ms: number
}

/** There is no site page: the open folder is not a Jekyll site (no `_config.yml`, no `_posts/`). */
export interface NoSitePage {
  kind: 'no-site'
  reason: 'not-jekyll'
}

export type SitePageResult = SitePage | NoSitePage
