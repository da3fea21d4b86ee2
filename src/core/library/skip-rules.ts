/**
 * What a scan and the watcher ignore, mirroring what Jekyll itself leaves out: the built site,
 * dependencies, and every dot-folder (`.git`, `.postcloud`, `.jekyll-cache`, …). Dot-files are
 * skipped too: Jekyll ignores them, and Postcloud's own temp files (`.name.postcloud-random.tmp`) are dot-files.
 */
const SKIPPED_NAMES = new Set(['_site', 'node_modules'])
// Jekyll's default excludes for Bundler's vendored gems, whose READMEs are Markdown.
const SKIPPED_PATHS = new Set(['vendor/bundle', 'vendor/cache', 'vendor/gems', 'vendor/ruby'])
const POST_FILE = /\.(?:md|markdown)$/i

export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || SKIPPED_NAMES.has(name)
}

/** `id` is a folder-relative path with `/` separators. */
export function isSkippedPath(id: string): boolean {
  const segments = id.split('/')
  if (segments.some(isSkippedName)) return true
  return segments.length >= 2 && SKIPPED_PATHS.has(`${segments[0]}/${segments[1]}`)
}

/** A Markdown post by its file name (`.md` or `.markdown`, any case). */
export function isPostFileName(name: string): boolean {
  return POST_FILE.test(name) && !name.startsWith('.')
}
