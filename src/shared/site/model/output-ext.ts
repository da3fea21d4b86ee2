/**
 * Renderer#output_ext: the extension a file is written with. A permalink with an extension wins;
 * otherwise the converter decides (Markdown → .html, Sass → .css, anything else keeps its own).
 */

const known = new WeakMap<Record<string, unknown>, Set<string>>()

/** The configured Markdown extensions (`markdown_ext`), with their dots; once per config. */
export function markdownExtensions(config: Record<string, unknown>): Set<string> {
  let set = known.get(config)
  if (!set) {
    set = readExtensions(config)
    known.set(config, set)
  }
  return set
}

function readExtensions(config: Record<string, unknown>): Set<string> {
  const raw =
    typeof config.markdown_ext === 'string' ? config.markdown_ext : 'markdown,mkdown,mkdn,mkd,md'
  return new Set(
    raw
      .split(',')
      .map((ext) => ext.trim().toLowerCase())
      .filter((ext) => ext !== '')
      .map((ext) => `.${ext}`)
  )
}

export function converterOutputExt(ext: string, markdown: Set<string>): string {
  const lower = ext.toLowerCase()
  if (markdown.has(lower)) return '.html'
  if (lower === '.scss' || lower === '.sass') return '.css'
  return ext
}

export function outputExt(ext: string, permalink: unknown, markdown: Set<string>): string {
  if (typeof permalink === 'string' && !permalink.endsWith('/')) {
    const last = permalink.slice(permalink.lastIndexOf('/') + 1)
    const dot = last.lastIndexOf('.')
    if (dot > 0) return last.slice(dot)
  }
  return converterOutputExt(ext, markdown)
}

/** File.extname: the last `.ext` of the base name, '' for dot-files and names without one. */
export function extname(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot) : ''
}

/** File.basename(path, ".*"). */
export function basenameWithoutExt(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1)
  const ext = extname(base)
  return ext === '' ? base : base.slice(0, -ext.length)
}
