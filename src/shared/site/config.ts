/**
 * Jekyll 4.3's configuration (configuration.rb): the defaults every site starts from, how
 * `_config.yml` is merged over them, and front matter `defaults:` (frontmatter_defaults.rb).
 */
import { styleToPermalink } from './permalink'

export type SiteConfig = Record<string, unknown>

/** Configuration::DEFAULTS, minus the serving and path keys that mean nothing here. */
export function jekyllDefaultConfig(): SiteConfig {
  return {
    source: '.',
    destination: './_site',
    collections_dir: '',
    cache_dir: '.jekyll-cache',
    plugins_dir: '_plugins',
    layouts_dir: '_layouts',
    data_dir: '_data',
    includes_dir: '_includes',
    collections: {},
    safe: false,
    include: ['.htaccess'],
    exclude: [],
    keep_files: ['.git', '.svn'],
    encoding: 'utf-8',
    markdown_ext: 'markdown,mkdown,mkdn,mkd,md',
    strict_front_matter: false,
    show_drafts: null,
    limit_posts: 0,
    future: false,
    unpublished: false,
    whitelist: [],
    plugins: [],
    markdown: 'kramdown',
    highlighter: 'rouge',
    lsi: false,
    excerpt_separator: '\n\n',
    incremental: false,
    detach: false,
    port: '4000',
    host: '127.0.0.1',
    baseurl: null,
    show_dir_listing: false,
    permalink: 'date',
    paginate_path: '/page:num',
    timezone: null,
    quiet: false,
    verbose: false,
    defaults: [],
    liquid: { error_mode: 'warn', strict_filters: false, strict_variables: false },
    kramdown: {
      auto_ids: true,
      toc_levels: [1, 2, 3, 4, 5, 6],
      entity_output: 'as_char',
      smart_quotes: 'lsquo,rsquo,ldquo,rdquo',
      input: 'GFM',
      hard_wrap: false,
      guess_lang: true,
      footnote_nr: 1,
      show_warnings: false
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Utils.deep_merge_hashes: `over` wins, nested mappings merge, lists are replaced, and a null in
 * `over` keeps the value already there (so `layout: null` in a post keeps the defaults' layout).
 */
export function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(base)) setOwn(out, key, base[key])
  for (const key of Object.keys(over)) {
    const value = over[key]
    const has = Object.prototype.hasOwnProperty.call(out, key)
    const current = has ? out[key] : undefined
    if ((value === null || value === undefined) && has) continue
    setOwn(
      out,
      key,
      isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value
    )
  }
  return out
}

/** Sets a key as an own data property (a `__proto__` key stays an ordinary key). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

const DEFAULT_EXCLUDES = [
  '.sass-cache',
  '.jekyll-cache',
  'gemfiles',
  'Gemfile',
  'Gemfile.lock',
  'node_modules',
  'vendor/bundle/',
  'vendor/cache/',
  'vendor/gems/',
  'vendor/ruby/'
]

/**
 * Configuration.from: the user's `_config.yml` over the defaults, `collections` normalised to a
 * mapping with `posts` (always output, its permalink from the site's style), and the default
 * excludes appended. `include`/`exclude` that are not lists are dropped (Jekyll refuses to build).
 */
export function siteConfigFrom(user: Record<string, unknown>): SiteConfig {
  const config = deepMerge(jekyllDefaultConfig(), user)
  for (const key of ['include', 'exclude']) if (!Array.isArray(config[key])) config[key] = []
  const raw = config.collections
  if (raw !== null && raw !== undefined) {
    const collections: Record<string, unknown> = Array.isArray(raw)
      ? Object.fromEntries(raw.map((label) => [String(label), {}]))
      : isPlainObject(raw)
        ? raw
        : {}
    const merged = deepMerge({ posts: {} }, collections)
    for (const label of Object.keys(merged)) if (!isPlainObject(merged[label])) merged[label] = {}
    const posts: Record<string, unknown> = {
      ...(merged.posts as Record<string, unknown>),
      output: true
    }
    if (config.permalink && !posts.permalink) posts.permalink = styleToPermalink(config.permalink)
    merged.posts = posts
    config.collections = merged
  }
  const exclude = config.exclude as unknown[]
  config.exclude = [...new Set([...exclude, ...DEFAULT_EXCLUDES])]
  return config
}

/** One valid `defaults:` entry. */
interface DefaultSet {
  scope: { path?: unknown; type?: unknown } | null
  values: Record<string, unknown>
}

const DEPRECATED_TYPES: Record<string, string> = { page: 'pages', post: 'posts', draft: 'drafts' }

function sanitizeScopePath(path: unknown): string {
  if (typeof path !== 'string' || path === '') return ''
  return path.startsWith('/') ? path.slice(1) : path
}

/** A shell glob (`*`, `**`, `?`) as a regular expression over folder-relative paths. */
function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index]
    if (char === '*') {
      if (glob[index + 1] === '*') {
        source += '.*'
        index += 1
      } else source += '[^/]*'
    } else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/**
 * Front matter defaults. `type` is the collection label (`posts`, `pages`, `drafts`, or a
 * collection). A glob scope path is matched against the folder's real paths in Jekyll; here
 * against the path and every folder above it, which is what that glob test amounts to.
 */
export class FrontMatterDefaults {
  private readonly sets: DefaultSet[]
  private readonly collectionsDir: string

  constructor(config: SiteConfig) {
    const raw = Array.isArray(config.defaults) ? config.defaults : []
    this.collectionsDir = typeof config.collections_dir === 'string' ? config.collections_dir : ''
    this.sets = raw.filter(isValidSet).map((set) => {
      const scope = isPlainObject(set.scope) ? { ...set.scope } : null
      if (scope && typeof scope.type === 'string')
        scope.type = DEPRECATED_TYPES[scope.type] ?? scope.type
      return { scope, values: set.values as Record<string, unknown> }
    })
  }

  /** FrontmatterDefaults#all: the merged values for a document at `path` of `type`. */
  all(path: string, type: string): Record<string, unknown> {
    let defaults: Record<string, unknown> = {}
    let oldScope: DefaultSet['scope'] | undefined
    for (const set of this.sets) {
      if (set.scope && !this.applies(set.scope, path, type)) continue
      if (hasPrecedence(oldScope ?? null, set.scope ?? {})) {
        defaults = deepMerge(defaults, set.values)
        oldScope = set.scope ?? {}
      } else defaults = deepMerge(set.values, defaults)
    }
    return defaults
  }

  private applies(scope: NonNullable<DefaultSet['scope']>, path: string, type: string): boolean {
    if ('type' in scope && scope.type !== undefined && String(scope.type) !== type) return false
    const scopePath = scope.path
    if (typeof scopePath !== 'string' || scopePath === '') return true
    const sanitized = sanitizeScopePath(path)
    if (scopePath.includes('*')) {
      const pattern = globToRegExp(this.stripCollectionsDir(sanitizeScopePath(scopePath)))
      const segments = sanitized.split('/')
      for (let end = segments.length; end > 0; end -= 1)
        if (pattern.test(segments.slice(0, end).join('/'))) return true
      return false
    }
    return sanitized.startsWith(this.stripCollectionsDir(scopePath))
  }

  private stripCollectionsDir(path: string): string {
    const dir = this.collectionsDir
    return dir !== '' && path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : path
  }
}

function isValidSet(set: unknown): set is { scope?: unknown; values: unknown } {
  return isPlainObject(set) && isPlainObject(set.values)
}

function hasPrecedence(
  oldScope: DefaultSet['scope'],
  newScope: NonNullable<DefaultSet['scope']>
): boolean {
  if (oldScope === null) return true
  const newPath = sanitizeScopePath(newScope.path)
  const oldPath = sanitizeScopePath(oldScope.path)
  if (newPath.length !== oldPath.length) return newPath.length >= oldPath.length
  if ('type' in newScope) return true
  return !('type' in oldScope)
}
