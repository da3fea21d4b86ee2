import { existsSync, lstatSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deepMerge, jekyllDefaultConfig, siteConfigFrom } from '@shared/site/config'
import type { SiteConfig } from '@shared/site/config'
import type { SiteDiagnostic } from '@shared/site/types'
import type { SiteTheme } from './theme'
import { findTheme } from './theme'
import { parseYamlMapping } from './yaml-file'
import { withYaml11Booleans } from '@shared/site/model/yaml11'

export interface LoadedConfig {
  config: SiteConfig
  theme: SiteTheme | null
  /** The config file's name (`_config.yml`), null when the site has none. */
  file: string | null
  diagnostics: SiteDiagnostic[]
}

const maxConfigBytes = 1024 * 1024

/** 1-based line where `key:` starts at the top level of the YAML text, for diagnostics. */
function keyLine(text: string, key: string): number | null {
  const at = text.split('\n').findIndex((line) => line.startsWith(`${key}:`))
  return at === -1 ? null : at + 1
}

function readUserConfig(
  root: string,
  diagnostics: SiteDiagnostic[]
): { file: string | null; text: string; data: Record<string, unknown> } {
  const file = ['_config.yml', '_config.yaml', '_config.toml'].find((name) =>
    existsSync(join(root, name))
  )
  if (!file) return { file: null, text: '', data: {} }
  if (file.endsWith('.toml')) {
    diagnostics.push({
      kind: 'yaml',
      file,
      line: null,
      message: 'TOML configuration is not read by Postcloud; Jekyll defaults are used'
    })
    return { file, text: '', data: {} }
  }
  let text = ''
  try {
    const path = join(root, file)
    // A config that is a symlink could point anywhere; Jekyll itself refuses a linked theme config.
    if (lstatSync(path).isSymbolicLink() || lstatSync(path).size > maxConfigBytes) {
      diagnostics.push({
        kind: 'yaml',
        file,
        line: null,
        message: 'The configuration file is not read (a link, or too large)'
      })
      return { file, text: '', data: {} }
    }
    text = readFileSync(path, 'utf8')
  } catch {
    return { file, text: '', data: {} }
  }
  const read = parseYamlMapping(text)
  if (read.ok) return { file, text, data: withYaml11Booleans(read.value, text) }
  // Jekyll warns "Error reading configuration. Using defaults" and builds on.
  diagnostics.push({ kind: 'yaml', file, line: read.line, message: read.message })
  return { file, text, data: {} }
}

/** The theme's own `_config.yml` under the site's, without keys Jekyll's defaults own. */
function themeConfig(theme: SiteTheme): Record<string, unknown> {
  const path = join(theme.root, '_config.yml')
  try {
    if (lstatSync(path).isSymbolicLink()) return {}
    const read = parseYamlMapping(readFileSync(path, 'utf8'))
    if (!read.ok) return {}
    const defaults = jekyllDefaultConfig()
    return Object.fromEntries(Object.entries(read.value).filter(([key]) => !(key in defaults)))
  } catch {
    return {}
  }
}

/**
 * `_config.yml` over Jekyll's defaults, with the theme found (or why not). `overrides` are merged
 * over the file, as a second file of `jekyll build --config a.yml,b.yml` would be.
 */
export function loadSiteConfig(root: string, overrides?: Record<string, unknown>): LoadedConfig {
  const diagnostics: SiteDiagnostic[] = []
  const user = readUserConfig(root, diagnostics)
  if (overrides) user.data = deepMerge(user.data, overrides)
  const file = user.file ?? '_config.yml'
  let theme: SiteTheme | null = null
  const name = user.data.theme
  if (typeof name === 'string' && name.trim() !== '') {
    theme = findTheme(name)
    if (!theme)
      diagnostics.push({
        kind: 'theme',
        file,
        line: keyLine(user.text, 'theme'),
        message: `The theme "${name}" is not installed on this computer (looked for the gem among the installed Ruby gems)`
      })
  }
  if (user.data.remote_theme !== undefined && user.data.remote_theme !== null)
    diagnostics.push({
      kind: 'theme',
      file,
      line: keyLine(user.text, 'remote_theme'),
      message: `remote_theme "${String(user.data.remote_theme)}" is fetched from the network by GitHub Pages; Postcloud never fetches it`
    })
  const merged = theme ? deepMerge(themeConfig(theme), user.data) : user.data
  return { config: siteConfigFrom(merged), theme, file: user.file, diagnostics }
}

/** Keys that decide which files are read: when one changes, the folder must be walked again. */
const WALK_KEYS = [
  'include',
  'exclude',
  'collections',
  'collections_dir',
  'theme',
  'show_drafts',
  'layouts_dir',
  'includes_dir',
  'data_dir'
]

export function changesWhatIsRead(before: SiteConfig, after: SiteConfig): boolean {
  return WALK_KEYS.some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
}
