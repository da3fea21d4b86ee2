/**
 * The Liquid pass of the preview, run on the Markdown body before markdown-it, as Jekyll runs
 * Liquid before kramdown:
 * - `{{ site.baseurl }}`, `{{ site.url }}` and quoted paths through `relative_url`,
 *   `absolute_url`, `prepend:` and `append:` are replaced by their value, so links and images
 *   written for the site resolve in the preview;
 * - every other single-line `{{ … }}` / `{% … %}` becomes a placeholder character run that the
 *   renderer shows as a quiet chip (or as the original text inside code and attributes);
 * - `{% raw %}…{% endraw %}` keeps its content literally and drops the two tags.
 * Tags never span lines here, so the body keeps its line count and markdown-it's line map stays
 * valid. Every search is memoised, so hostile input (a megabyte of `{{`) costs linear time.
 */

export interface LiquidSite {
  /** The site's `baseurl`, '' when none. */
  baseurl: string
  /** The site's `url`, '' when none. */
  url: string
}

export interface LiquidResult {
  /** The body with values substituted and placeholders in place of other tags. */
  text: string
  /** The original text of each placeholder, by index. */
  tags: string[]
}

/** Private-use characters around a placeholder's index; markdown-it treats them as plain text. */
export const placeholderOpen = '\uE000'
export const placeholderClose = '\uE001'
const placeholderPattern = /\uE000(\d+)\uE001/g
/** The same placeholder after markdown-it percent-encoded it inside a link or image target. */
const encodedPlaceholderPattern = /%EE%80%80(\d+)%EE%80%81/g

/** Longer "tags" are prose that happens to contain braces, not Liquid. */
const maxTagLength = 400

export function placeholder(index: number): string {
  return `${placeholderOpen}${index}${placeholderClose}`
}

/** Whether a string holds a placeholder (cheap test before a replace). */
export function hasPlaceholder(text: string): boolean {
  return text.includes(placeholderOpen)
}

/** Replaces each placeholder with `render(original tag text)`; unknown indices stay as they are. */
export function replacePlaceholders(
  text: string,
  tags: readonly string[],
  render: (tag: string) => string
): string {
  if (!hasPlaceholder(text)) return text
  return text.replace(placeholderPattern, (whole, index: string) => {
    const tag = tags[Number(index)]
    return tag === undefined ? whole : render(tag)
  })
}

/** Puts the original tag text back into a link or image target markdown-it percent-encoded. */
export function restoreEncodedPlaceholders(url: string, tags: readonly string[]): string {
  if (!url.includes('%EE%80%80')) return url
  return url.replace(
    encodedPlaceholderPattern,
    (whole, index: string) => tags[Number(index)] ?? whole
  )
}

/** Finds the next occurrence of a needle, remembering the last answer (see the module comment). */
function finder(text: string, needle: string): (from: number) => number {
  let searchedFrom = Infinity
  let found = -1
  return (from) => {
    if (from < searchedFrom || (found !== -1 && from > found)) {
      searchedFrom = from
      found = text.indexOf(needle, from)
    }
    return found
  }
}

interface TagFinder {
  /** The end (exclusive) of the tag opened at `start`, or -1 when it is not a one-line tag. */
  closeOf(start: number, close: '}}' | '%}'): number
}

function tagFinder(text: string): TagFinder {
  const nextNewline = finder(text, '\n')
  const nextClose = { '}}': finder(text, '}}'), '%}': finder(text, '%}') }
  return {
    closeOf(start, close) {
      const at = nextClose[close](start + 2)
      if (at < 0 || at + 2 - start > maxTagLength) return -1
      const newline = nextNewline(start)
      return newline >= 0 && newline < at ? -1 : at + 2
    }
  }
}

/** A `{% … %}` tag's name: its first word, without whitespace control. */
function tagName(tag: string): string {
  return /^\{%-?\s*(\w+)/.exec(tag)?.[1] ?? ''
}

export function expandLiquid(text: string, site: LiquidSite): LiquidResult {
  const tags: string[] = []
  const tagsFind = tagFinder(text)
  const endRaw = endRawFinder(text, tagsFind)
  const nextBrace = finder(text, '{')
  let out = ''
  let copied = 0
  let at = nextBrace(0)
  while (at >= 0) {
    const kind = text[at + 1]
    const end =
      kind === '{' ? tagsFind.closeOf(at, '}}') : kind === '%' ? tagsFind.closeOf(at, '%}') : -1
    if (end < 0) {
      at = nextBrace(at + 1)
      continue
    }
    const tag = text.slice(at, end)
    out += text.slice(copied, at)
    copied = end
    if (kind === '{') {
      const value = outputValue(tag, site)
      if (value === null) {
        out += placeholder(tags.length)
        tags.push(tag)
      } else out += value
    } else if (tagName(tag) === 'raw') {
      const rawEnd = endRaw(end)
      if (rawEnd) {
        out += text.slice(end, rawEnd.start)
        copied = rawEnd.end
      } else {
        out += placeholder(tags.length)
        tags.push(tag)
      }
    } else {
      out += placeholder(tags.length)
      tags.push(tag)
    }
    at = nextBrace(copied)
  }
  return { text: out + text.slice(copied), tags }
}

/**
 * Finds the `{% endraw %}` closing a raw block that starts at a position (it may be lines further
 * on). Once a search fails, no later one can succeed, which keeps unclosed raw tags linear.
 */
function endRawFinder(
  text: string,
  tagsFind: TagFinder
): (from: number) => { start: number; end: number } | null {
  const nextTag = finder(text, '{%')
  let noneAfter = Infinity
  return (from) => {
    if (from >= noneAfter) return null
    for (let at = nextTag(from); at >= 0; at = nextTag(at + 2)) {
      const end = tagsFind.closeOf(at, '%}')
      if (end >= 0 && tagName(text.slice(at, end)) === 'endraw') return { start: at, end }
    }
    noneAfter = from
    return null
  }
}

/** The value of an output tag we can compute from the site settings, else null. */
export function outputValue(tag: string, site: LiquidSite): string | null {
  const inner = tag.replace(/^\{\{-?/, '').replace(/-?\}\}$/, '')
  const [head = '', ...filters] = inner.split('|').map((part) => part.trim())
  let value = operand(head, site)
  for (const filter of filters) {
    if (value === null) return null
    value = applyFilter(value, filter, site)
  }
  return value
}

function operand(expression: string, site: LiquidSite): string | null {
  if (expression === 'site.baseurl') return site.baseurl
  if (expression === 'site.url') return site.url
  const quoted = /^(?:"([^"]*)"|'([^']*)')$/.exec(expression)
  return quoted ? (quoted[1] ?? quoted[2] ?? '') : null
}

function applyFilter(value: string, filter: string, site: LiquidSite): string | null {
  if (filter === 'relative_url') return relativeUrl(value, site)
  if (filter === 'absolute_url') return absoluteUrl(value, site)
  const withArgument = /^(prepend|append)\s*:\s*(.+)$/.exec(filter)
  if (!withArgument) return null
  const argument = operand(withArgument[2].trim(), site)
  if (argument === null) return null
  return withArgument[1] === 'prepend' ? argument + value : value + argument
}

function isAbsoluteUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value)
}

function ensureLeadingSlash(value: string): string {
  return value === '' || value.startsWith('/') ? value : `/${value}`
}

/** Jekyll's `relative_url`: the site's baseurl (without a trailing slash) before the path. */
export function relativeUrl(path: string, site: LiquidSite): string {
  if (isAbsoluteUrl(path)) return path
  return ensureLeadingSlash(site.baseurl.replace(/\/$/, '')) + ensureLeadingSlash(path)
}

/** Jekyll's `absolute_url`: the site's url before `relative_url`, when the site has a url. */
export function absoluteUrl(path: string, site: LiquidSite): string {
  if (isAbsoluteUrl(path)) return path
  return site.url === '' ? relativeUrl(path, site) : site.url + relativeUrl(path, site)
}
