import type { Dirent } from 'node:fs'
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { isInside } from '../../library/confine'
import { deepMerge } from '@shared/site/config'
import type { SiteTheme } from './theme'
import { dataKey, parseCsvTable } from '@shared/site/model/csv'
import type { SiteDiagnostic } from '@shared/site/types'
import { parseYamlFile } from './yaml-file'

/** Largest data file read; a bigger one is skipped with a diagnostic. */
const maxDataBytes = 20 * 1024 * 1024
const DATA_FILE = /\.(?:ya?ml|json|csv|tsv)$/
const EXTENSION_ORDER = ['.yaml', '.yml', '.json', '.csv', '.tsv']

export interface DataFolder {
  /** The real folder to read (`<site>/_data`, `<theme>/_data`). */
  path: string
  /** The real root nothing may leave (the site or the theme). */
  root: string
  /** How files are named in diagnostics: `_data` or `theme:minima/_data`. */
  display: string
}

/**
 * DataReader: every `.yml`/`.yaml`/`.json`/`.csv`/`.tsv` file under the folder, keyed by its
 * sanitised name, folders nested as mappings. JSON is read as YAML, as Jekyll does.
 */
export function readDataFolder(
  folder: DataFolder,
  diagnostics: SiteDiagnostic[]
): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  readInto(folder.path, folder.display, folder.root, data, diagnostics, new Set())
  return data
}

function readInto(
  dir: string,
  display: string,
  root: string,
  data: Record<string, unknown>,
  diagnostics: SiteDiagnostic[],
  seen: Set<string>
): void {
  let real: string
  let entries: Dirent[]
  try {
    real = realpathSync(dir)
    if (!isInside(root, real) || seen.has(real)) return
    seen.add(real)
    entries = readdirSync(real, { withFileTypes: true })
  } catch {
    return
  }
  const sorted = entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  // Ruby reads `*.{yaml,yml,json,csv,tsv}` first, then folders; a folder wins a name clash.
  // Ruby's Dir["*.{yaml,yml,json,csv,tsv}"] lists each extension in turn, names sorted within.
  const group = (name: string): number => EXTENSION_ORDER.indexOf(name.slice(name.lastIndexOf('.')))
  const files = sorted
    .filter((entry) => DATA_FILE.test(entry.name) && !entry.name.startsWith('.'))
    .sort((a, b) => group(a.name) - group(b.name))
  const folders = sorted.filter((entry) => !entry.name.startsWith('.'))
  for (const entry of files) {
    const path = join(real, entry.name)
    const value = readDataFile(path, root, `${display}/${entry.name}`, diagnostics)
    if (value !== undefined) data[dataKey(entry.name.replace(/\.[^.]*$/, ''))] = value
  }
  for (const entry of folders) {
    const path = join(real, entry.name)
    if (!isDirectoryInside(path, root)) continue
    const nested: Record<string, unknown> = {}
    data[dataKey(entry.name)] = nested
    readInto(path, `${display}/${entry.name}`, root, nested, diagnostics, seen)
  }
}

function isDirectoryInside(path: string, root: string): boolean {
  try {
    const real = realpathSync(path)
    return isInside(root, real) && statSync(real).isDirectory()
  } catch {
    return false
  }
}

/** One data file's value, or undefined when it is refused or unreadable (said in diagnostics). */
export function readDataFile(
  path: string,
  root: string,
  display: string,
  diagnostics: SiteDiagnostic[]
): unknown {
  let text: string
  try {
    const real = realpathSync(path)
    if (!isInside(root, real)) return undefined
    const stats = statSync(real)
    if (!stats.isFile()) return undefined
    if (stats.size > maxDataBytes) {
      diagnostics.push({
        kind: 'yaml',
        file: display,
        line: null,
        message: 'The data file is too large to read'
      })
      return undefined
    }
    text = readFileSync(real, 'utf8')
  } catch {
    return undefined
  }
  const lower = path.toLowerCase()
  if (lower.endsWith('.csv')) return parseCsvTable(text, ',')
  if (lower.endsWith('.tsv')) return parseCsvTable(text, '\t')
  const read = parseYamlFile(text)
  if (read.ok) return read.value
  diagnostics.push({ kind: 'yaml', file: display, line: read.line, message: read.message })
  return undefined
}

/** `site.data`: the site's data folder (config `data_dir`) over the theme's `_data/`. */
export function readSiteData(
  realRoot: string,
  config: Record<string, unknown>,
  theme: SiteTheme | null,
  diagnostics: SiteDiagnostic[]
): Record<string, unknown> {
  const dir = typeof config.data_dir === 'string' ? config.data_dir.replace(/^\/+/, '') : '_data'
  const own = dir.split('/').includes('..')
    ? {}
    : readDataFolder({ path: join(realRoot, dir), root: realRoot, display: dir }, diagnostics)
  if (!theme) return own
  const themed = readDataFolder(
    { path: join(theme.root, '_data'), root: theme.root, display: `theme:${theme.name}/_data` },
    diagnostics
  )
  return deepMerge(themed, own)
}
