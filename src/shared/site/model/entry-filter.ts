/**
 * EntryFilter (entry_filter.rb): which files and folders Jekyll reads. Dot, underscore, `#` and
 * `~` names are special and skipped, as are backups (`name~`) and `exclude` matches, unless
 * `include` names them. Patterns match as Ruby's File.fnmatch? without flags (a `*` crosses `/`)
 * or as a plain prefix of the path, both from the site's root.
 */

const SPECIAL_LEADING = /^[._#~]/

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|\\]/g, '\\$&')
}

/** File.fnmatch? without flags: `*` any run (slashes too), `?` one character, `[...]` a class. */
export function fnmatchToRegExp(pattern: string): RegExp {
  let source = ''
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index]
    if (char === '*') source += '.*'
    else if (char === '?') source += '.'
    else if (char === '[') {
      const close = pattern.indexOf(']', index + 1)
      if (close === -1) source += '\\['
      else {
        const body = pattern
          .slice(index + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')
        source += `[${body}]`
        index = close
      }
    } else source += escapeRegExp(char)
  }
  return new RegExp(`^${source}$`, 's')
}

interface Pattern {
  text: string
  regexp: RegExp
}

function compile(list: unknown): Pattern[] {
  if (!Array.isArray(list)) return []
  return list
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .map((item) => String(item).replace(/^\/+/, ''))
    .map((text) => ({ text, regexp: fnmatchToRegExp(text) }))
}

function matchesAny(patterns: Pattern[], path: string, isDirectory: boolean): boolean {
  return patterns.some(
    (pattern) =>
      pattern.regexp.test(path) ||
      path.startsWith(pattern.text) ||
      (isDirectory && pattern.text === `${path}/`)
  )
}

export class EntryFilter {
  private readonly include: Pattern[]
  private readonly exclude: Pattern[]

  constructor(config: Record<string, unknown>) {
    this.include = compile(config.include)
    const included = new Set(this.include.map((pattern) => pattern.text))
    this.exclude = compile(config.exclude).filter((pattern) => !included.has(pattern.text))
  }

  /** True when `include` names the entry (its path within its folder, or its base name). */
  included(entry: string, isDirectory: boolean): boolean {
    const base = entry.slice(entry.lastIndexOf('/') + 1)
    return (
      matchesAny(this.include, entry, isDirectory) || matchesAny(this.include, base, isDirectory)
    )
  }

  /** True when `exclude` names the entry by its path from the site's root. */
  excluded(sitePath: string, isDirectory: boolean): boolean {
    return matchesAny(this.exclude, sitePath, isDirectory)
  }

  /**
   * Whether an entry is read. `entry` is its path inside the folder being listed (for `_posts`,
   * the path below it), `sitePath` its path from the site's root.
   */
  keeps(entry: string, sitePath: string, isDirectory: boolean): boolean {
    if (entry.endsWith('.')) return false
    const included = this.included(entry, isDirectory)
    if (!included && this.excluded(sitePath, isDirectory)) return false
    if (included) return true
    const base = entry.slice(entry.lastIndexOf('/') + 1)
    return !(SPECIAL_LEADING.test(entry) || SPECIAL_LEADING.test(base) || entry.endsWith('~'))
  }
}
