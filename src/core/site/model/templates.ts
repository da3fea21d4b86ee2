import type { Dirent } from 'node:fs'
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { SiteDiagnostic } from '@shared/site/types'
import { splitSource } from './read-source'
import { isInside } from '../../library/confine'

/** A layout or include as the renderer needs it. */
export interface TemplateFile {
  name: string
  /** Display path: folder-relative, or `theme:<name>/<path>`. */
  file: string
  /** The text after the front matter (an include's whole text: Jekyll strips none there). */
  text: string
  /** 1-based line of the file where `text` starts. */
  line: number
  /** Its front matter (empty for includes). */
  data: Record<string, unknown>
  /** Why its front matter could not be read (bad YAML, a non-YAML fence); the body still renders. */
  problems?: SiteDiagnostic[]
}

/** A folder of templates: its real path, the real root nothing may leave, and its display prefix. */
export interface TemplateFolder {
  path: string
  root: string
  display: string
}

/** Largest template read; Liquid itself is bounded elsewhere, this bounds memory. */
const maxTemplateBytes = 2 * 1024 * 1024

// Jekyll's include name rules (tags/include.rb): no `..`/`//`/`./`, a small set of characters.
const INVALID_SEQUENCES = /[./]{2,}/
const VALID_FILENAME_CHARS = /^[\w/.\-()+~#@]+$/

export type IncludeLookup =
  { ok: true; file: TemplateFile } | { ok: false; reason: 'missing' | 'refused'; message: string }

/** Why an include name is refused before any file is looked at, or null when it is acceptable. */
export function includeNameProblem(name: string): string | null {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\'))
    return `The include "${name}" is an absolute path; only files inside the site can be included`
  if (name.split('/').includes('..') || INVALID_SEQUENCES.test(name))
    return `The include "${name}" leads outside its folder`
  if (!VALID_FILENAME_CHARS.test(name))
    return `The include "${name}" contains characters Jekyll does not accept in include names`
  return null
}

interface Cached {
  mtimeMs: number
  size: number
  file: TemplateFile
}

/**
 * Reads layouts and includes, each confined to its root by real path (a symlink out is refused),
 * cached by modification time and size.
 */
export class TemplateStore {
  private readonly cache = new Map<string, Cached>()

  /** The file at `relative` inside `folder`, or null when missing; 'refused' when it leads out. */
  read(
    folder: TemplateFolder,
    relative: string,
    name: string,
    stripFrontMatter: boolean
  ): TemplateFile | null | 'refused' {
    const path = join(folder.path, relative)
    let real: string
    let stats: { mtimeMs: number; size: number; isFile: () => boolean }
    try {
      real = realpathSync(path)
      if (!isInside(folder.root, real)) return 'refused'
      stats = statSync(real)
    } catch {
      return null
    }
    if (!stats.isFile() || stats.size > maxTemplateBytes) return null
    const key = `${stripFrontMatter ? 'L' : 'I'}${real}`
    const cached = this.cache.get(key)
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.file
    let raw: string
    try {
      raw = readFileSync(real, 'utf8')
    } catch {
      return null
    }
    if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1)
    const display = `${folder.display}/${relative}`
    let file: TemplateFile = { name, file: display, text: raw, line: 1, data: {} }
    if (stripFrontMatter) {
      const problems: SiteDiagnostic[] = []
      const parts = splitSource(raw, display, problems)
      file = { ...file, text: parts.body, line: parts.bodyLine, data: parts.frontMatter, problems }
    }
    this.cache.set(key, { mtimeMs: stats.mtimeMs, size: stats.size, file })
    return file
  }

  /** Forgets everything read (a template changed). */
  clear(): void {
    this.cache.clear()
  }
}

/**
 * LayoutReader's names in one folder: every file with an extension below it (`**\/*.*`), named
 * by its path without the last extension; dot and underscore entries skipped.
 */
export function layoutNames(folder: TemplateFolder): Map<string, string> {
  const names = new Map<string, string>()
  const walk = (dir: string, prefix: string, seen: Set<string>): void => {
    let entries: Dirent[]
    try {
      const real = realpathSync(dir)
      if (!isInside(folder.root, real) || seen.has(real)) return
      seen.add(real)
      entries = readdirSync(real, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (/^[._#~]/.test(entry.name) || entry.name.endsWith('~')) continue
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`
      const path = join(dir, entry.name)
      if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(path)))
        walk(path, relative, seen)
      else if (entry.name.includes('.'))
        names.set(relative.split('.').slice(0, -1).join('.'), relative)
    }
  }
  walk(folder.path, '', new Set())
  return names
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
