import type { Dirent } from 'node:fs'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { SiteTheme } from './theme'

/** Files under the theme's `assets/`, theme-relative (`assets/main.scss`); links are skipped, as Jekyll does. */
export function themeAssets(theme: SiteTheme): string[] {
  const out: string[] = []
  const walk = (relative: string): void => {
    let entries: Dirent[]
    try {
      entries = readdirSync(join(theme.root, relative), { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${relative}/${entry.name}`
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) out.push(path)
    }
  }
  walk('assets')
  return out
}
