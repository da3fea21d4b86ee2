/**
 * Jekyll 4.3's URLs (url.rb, utils.rb, drops/url_drop.rb): permalink styles, templates filled from
 * placeholders, and the sanitising every URL goes through.
 */
import { slugify } from './slugify'
import type { ZonedParts } from './post-date'
import { dayNames, monthNames } from './calendar-names'

/** The built-in styles (configuration.rb STYLE_TO_PERMALINK). */
const STYLES: Record<string, string> = {
  none: '/:categories/:title:output_ext',
  date: '/:categories/:year/:month/:day/:title:output_ext',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext'
}

/** A style name's template, or the value itself when it is already a template. */
export function styleToPermalink(style: unknown): string {
  const text = String(style ?? 'date')
  return STYLES[text] ?? text
}

/** Utils.add_permalink_suffix: how pages and collections follow the site's permalink style. */
export function addPermalinkSuffix(template: string, style: unknown): string {
  const text = String(style ?? 'date')
  if (text === 'pretty') return `${template}/`
  if (text === 'date' || text === 'ordinal' || text === 'none') return `${template}:output_ext`
  let result = template
  if (text.endsWith('/')) result += '/'
  if (text.endsWith(':output_ext')) result += ':output_ext'
  return result
}

/** URL.sanitize_url: `..` becomes `/`, `./` goes, slashes are squeezed, one leading `/`. */
export function sanitizeUrl(url: string): string {
  return `/${url}`
    .split('..')
    .join('/')
    .split('./')
    .join('')
    .replace(/\/{2,}/g, '/')
}

// What Addressable::URI.encode keeps in a path and its query: unreserved, sub-delims, ':', '@',
// '/' and '?'. A '%' is encoded (`%20` becomes `%2520`), and '#' too (Jekyll's `.sub("#", "%23")`).
const KEEP = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/

/** URL.escape_path: a path made safe for a URL, as Addressable encodes it. */
export function escapePath(path: string): string {
  if (path === '' || /^[a-zA-Z0-9./-]+$/.test(path)) return path
  let out = ''
  for (const char of path) {
    if (KEEP.test(char)) out += char
    else
      for (const byte of new TextEncoder().encode(char))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/**
 * Fills a template from a drop of placeholders (generate_url_from_drop, used for documents):
 * `:name` tokens, a trailing `_` tried off when the longer name is unknown. Unknown names stay as
 * they are (Jekyll raises; a writer mid-edit should still see a page).
 */
export function fillTemplate(
  template: string,
  placeholders: Record<string, string | null>
): string {
  return template.replace(/:([a-z_]+)/g, (match, name: string) => {
    const pool = name.endsWith('_') ? [name, name.slice(0, -1)] : [name]
    const winner = pool.find((key) => Object.prototype.hasOwnProperty.call(placeholders, key))
    if (winner === undefined) return match
    const value = escapePath(placeholders[winner] ?? '')
    return match.replace(`:${winner}`, value)
  })
}

/**
 * generate_url_from_hash, used for pages: each key in order replaces its `:key` everywhere; a
 * null value removes `/:key` (so the root's pages do not get `//`).
 */
export function fillTemplateFromHash(
  template: string,
  placeholders: Array<[string, string | null]>
): string {
  let result = template
  for (const [key, value] of placeholders) {
    if (!result.includes(':')) break
    result =
      value === null
        ? result.split(`/:${key}`).join('')
        : result.split(`:${key}`).join(escapePath(value))
  }
  return result
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** Day of the year, 1-366. */
function yearDay(parts: ZonedParts): number {
  return (Date.UTC(parts.year, parts.month - 1, parts.day) - Date.UTC(parts.year, 0, 1)) / 864e5 + 1
}

/** ISO 8601 week number and week-based year (strftime %V and %G). */
function isoWeek(parts: ZonedParts): { week: number; year: number } {
  const day = new Date(Date.UTC(parts.year, parts.month - 1, parts.day))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  return {
    week: Math.ceil(((day.getTime() - yearStart) / 864e5 + 1) / 7),
    year: day.getUTCFullYear()
  }
}

/** The date placeholders of UrlDrop, read in the site's zone. */
export function datePlaceholders(parts: ZonedParts): Record<string, string> {
  const iso = isoWeek(parts)
  return {
    year: pad(parts.year, 4),
    month: pad(parts.month),
    day: pad(parts.day),
    hour: pad(parts.hour),
    minute: pad(parts.minute),
    second: pad(parts.second),
    i_day: String(parts.day),
    i_month: String(parts.month),
    short_month: monthNames[parts.month - 1].slice(0, 3),
    long_month: monthNames[parts.month - 1],
    short_year: pad(parts.year % 100),
    w_year: String(iso.year),
    week: pad(iso.week),
    w_day: String(parts.weekday || 7),
    short_day: dayNames[parts.weekday].slice(0, 3),
    long_day: dayNames[parts.weekday],
    y_day: pad(yearDay(parts), 3)
  }
}

export interface DocumentUrlInput {
  /** The collection's permalink template (collection.url_template). */
  template: string
  /** Front matter `permalink`, which wins over the template. */
  permalink: unknown
  collection: string
  /** Path inside the collection folder without the extension (cleaned_relative_path), `/`-led. */
  cleanedPath: string
  /** The file name without its extension. */
  basename: string
  outputExt: string
  slug: unknown
  categories: unknown[]
  /** The date's parts in the site zone; null for documents without a date (today's then). */
  date: ZonedParts
}

/** Document#url: a post's or a collection document's URL. */
export function documentUrl(input: DocumentUrlInput): string {
  const slugText = typeof input.slug === 'string' || typeof input.slug === 'number'
  const slugSource = slugText ? String(input.slug) : input.basename
  const categories = [...new Set(input.categories.map((c) => String(c).toLowerCase()))]
  const slugged = [...new Set(input.categories.map((c) => slugify(String(c))))]
  const placeholders: Record<string, string | null> = {
    collection: input.collection,
    output_ext: input.outputExt,
    path: input.cleanedPath,
    name: slugify(input.basename),
    title: slugify(slugSource, 'pretty', true),
    slug: slugify(slugSource),
    categories: categories.join('/'),
    slugified_categories: slugged.join('/'),
    ...datePlaceholders(input.date)
  }
  const permalink = typeof input.permalink === 'string' ? input.permalink : null
  return sanitizeUrl(fillTemplate(permalink ?? input.template, placeholders))
}

const HTML_EXTENSIONS = new Set(['.html', '.xhtml', '.htm'])

export interface PageUrlInput {
  /** The folder, `/`-led (`/about`), or `` / `/` for the root. */
  dir: string
  /** The file name without its extension (trailing dots removed). */
  basename: string
  outputExt: string
  permalink: unknown
  /** The site's `permalink` config. */
  style: unknown
}

/** Page#url: a page's URL from its folder, name and output extension. */
export function pageUrl(input: PageUrlInput): string {
  let template: string
  if (!HTML_EXTENSIONS.has(input.outputExt)) template = '/:path/:basename:output_ext'
  else if (input.basename === 'index') template = '/:path/'
  else template = addPermalinkSuffix('/:path/:basename', input.style)
  const permalink = typeof input.permalink === 'string' ? input.permalink : null
  const placeholders: Array<[string, string | null]> = [
    ['path', input.dir],
    ['basename', input.basename],
    ['output_ext', input.outputExt]
  ]
  return sanitizeUrl(fillTemplateFromHash(permalink ?? template, placeholders))
}
