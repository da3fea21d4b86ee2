import { dirname, join } from 'node:path'
import type { TemplateFile, IncludeLookup, TemplateFolder } from './templates'
import { includeNameProblem, layoutNames, TemplateStore } from './templates'
import type { SiteTheme } from './theme'

/** A config folder name (`_layouts`, `_includes`) kept inside the site: no `..`, not absolute. */
function safeFolder(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value === '') return fallback
  const clean = value.replace(/^\/+|\/+$/g, '')
  if (clean === '' || clean.split('/').some((part) => part === '..' || part === '.'))
    return fallback
  return clean
}

/**
 * Layouts and includes of the site and its theme. The site's own files win over the theme's, as
 * in Jekyll; every read is confined (by real path) to the site or the theme's root.
 */
export class SiteTemplates {
  private readonly store = new TemplateStore()
  private layoutIndex: Map<string, { folder: TemplateFolder; relative: string }> | null = null
  private readonly layoutFolders: TemplateFolder[]
  private readonly includeFolders: TemplateFolder[]
  readonly layoutsDir: string
  readonly includesDir: string

  constructor(
    private readonly realRoot: string,
    config: Record<string, unknown>,
    theme: SiteTheme | null
  ) {
    this.layoutsDir = safeFolder(config.layouts_dir, '_layouts')
    this.includesDir = safeFolder(config.includes_dir, '_includes')
    const site = (dir: string): TemplateFolder => ({
      path: join(realRoot, dir),
      root: realRoot,
      display: dir
    })
    const themed = (dir: string): TemplateFolder[] =>
      theme
        ? [{ path: join(theme.root, dir), root: theme.root, display: `theme:${theme.name}/${dir}` }]
        : []
    this.layoutFolders = [site(this.layoutsDir), ...themed('_layouts')]
    this.includeFolders = [site(this.includesDir), ...themed('_includes')]
  }

  private layouts(): Map<string, { folder: TemplateFolder; relative: string }> {
    if (!this.layoutIndex) {
      const index = new Map<string, { folder: TemplateFolder; relative: string }>()
      for (const folder of this.layoutFolders)
        for (const [name, relative] of layoutNames(folder))
          if (!index.has(name)) index.set(name, { folder, relative })
      this.layoutIndex = index
    }
    return this.layoutIndex
  }

  hasLayouts(): boolean {
    return this.layouts().size > 0
  }

  layout(name: string): TemplateFile | null {
    const entry = this.layouts().get(name)
    if (!entry) return null
    const file = this.store.read(entry.folder, entry.relative, name, true)
    return file === 'refused' ? null : file
  }

  resolveInclude(name: string): IncludeLookup {
    const problem = includeNameProblem(name)
    if (problem) return { ok: false, reason: 'refused', message: problem }
    let refused = false
    for (const folder of this.includeFolders) {
      const file = this.store.read(folder, name, name, false)
      if (file === 'refused') refused = true
      else if (file) return { ok: true, file }
    }
    return refused
      ? {
          ok: false,
          reason: 'refused',
          message: `The include "${name}" is a link that leads outside the site`
        }
      : {
          ok: false,
          reason: 'missing',
          message: `The include "${name}" is not in ${this.includeFolders.map((f) => f.display).join(' or ')}`
        }
  }

  /** include_relative: a file next to `fromFile` (folder-relative), never outside the folder. */
  resolveRelative(fromFile: string, path: string): IncludeLookup {
    const problem = includeNameProblem(path)
    if (problem) return { ok: false, reason: 'refused', message: problem }
    if (
      fromFile.startsWith('theme:') ||
      fromFile.startsWith('/') ||
      fromFile.split('/').includes('..')
    )
      return {
        ok: false,
        reason: 'refused',
        message: 'include_relative works only in the site’s own files'
      }
    const dir = dirname(fromFile) === '.' ? '' : dirname(fromFile)
    const folder: TemplateFolder = {
      path: join(this.realRoot, dir),
      root: this.realRoot,
      display: dir === '' ? '.' : dir
    }
    const file = this.store.read(folder, path, path, false)
    if (file === 'refused')
      return {
        ok: false,
        reason: 'refused',
        message: `"${path}" is a link that leads outside the site`
      }
    if (!file)
      return { ok: false, reason: 'missing', message: `"${path}" is not next to ${fromFile}` }
    return { ok: true, file: { ...file, file: dir === '' ? path : `${dir}/${path}` } }
  }

  /** A layout file changed, appeared or went: names are listed again on next use. */
  forgetLayouts(): void {
    this.layoutIndex = null
  }

  /** Whether a folder-relative path is one of the site's layouts or includes. */
  isTemplatePath(path: string): boolean {
    return path.startsWith(`${this.layoutsDir}/`) || path.startsWith(`${this.includesDir}/`)
  }
}
