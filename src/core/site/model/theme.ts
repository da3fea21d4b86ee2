import { execFileSync } from 'node:child_process'
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'

/** A gem theme found on this machine. `root` is its real path; nothing is read outside it. */
export interface SiteTheme {
  name: string
  root: string
}

// A gem theme's name as RubyGems allows it; anything else is not looked up at all.
const GEM_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/** The folders holding installed gems (`<gem>-<version>/`), most specific first. */
export function gemFolders(env: NodeJS.ProcessEnv = process.env): string[] {
  const folders: string[] = []
  for (const base of [env.GEM_HOME, ...(env.GEM_PATH ?? '').split(delimiter)])
    if (base) folders.push(join(base, 'gems'))
  folders.push(join(homedir(), '.gem', 'ruby'))
  folders.push('/usr/share/rubygems-integration/all/gems')
  for (const parent of ['/var/lib/gems', '/usr/lib/ruby/gems', '/usr/local/lib/ruby/gems'])
    for (const version of listDir(parent)) folders.push(join(parent, version, 'gems'))
  for (const version of listDir(join(homedir(), '.gem', 'ruby')))
    folders.push(join(homedir(), '.gem', 'ruby', version, 'gems'))
  return [...new Set(folders)]
}

function listDir(path: string): string[] {
  try {
    return readdirSync(path)
  } catch {
    return []
  }
}

/** Compares `1.10.2` and `1.9` as versions (numeric parts numerically). */
function compareVersions(a: string, b: string): number {
  const left = a.split('.')
  const right = b.split('.')
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const x = left[index] ?? '0'
    const y = right[index] ?? '0'
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y)
    if (diff !== 0) return diff
  }
  return 0
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * Finds the gem `name` as Gem::Specification.find_by_name would: the highest installed version
 * among the gem folders. Falls back to `gem contents` (a gem installed somewhere else), with a
 * short timeout so a broken Ruby never holds the site up.
 */
export function findTheme(name: string, folders?: string[]): SiteTheme | null {
  const gem = name.trim().toLowerCase()
  if (!GEM_NAME.test(gem)) return null
  // Gems are installed rarely; `gem contents` costs half a second, so a miss is remembered too.
  if (!folders && found.has(gem)) return found.get(gem) ?? null
  const theme = lookUp(gem, folders ?? gemFolders())
  if (!folders) found.set(gem, theme)
  return theme
}

const found = new Map<string, SiteTheme | null>()

/** Forgets earlier look-ups (a theme installed while Postcloud runs). */
export function forgetThemes(): void {
  found.clear()
}

function lookUp(gem: string, folders: string[]): SiteTheme | null {
  const prefix = `${gem}-`
  let best: { version: string; path: string } | null = null
  for (const folder of folders) {
    for (const entry of listDir(folder)) {
      if (!entry.startsWith(prefix)) continue
      const version = entry.slice(prefix.length)
      if (!/^\d[\w.]*$/.test(version)) continue
      const path = join(folder, entry)
      if (!isDirectory(path)) continue
      if (!best || compareVersions(version, best.version) > 0) best = { version, path }
    }
  }
  const path = best?.path ?? gemContentsRoot(gem)
  if (!path) return null
  try {
    return { name: gem, root: realpathSync(path) }
  } catch {
    return null
  }
}

/** The gem's folder from `gem contents <name>` (the common prefix of its files), if `gem` exists. */
function gemContentsRoot(gem: string): string | null {
  let output: string
  try {
    output = execFileSync('gem', ['contents', gem], {
      encoding: 'utf8',
      timeout: 5000,
      stdio: ['ignore', 'pipe', 'ignore']
    })
  } catch {
    return null
  }
  const files = output.split('\n').filter((line) => line.startsWith('/'))
  for (const file of files) {
    const marker = `/${gem}-`
    const at = file.lastIndexOf(marker)
    if (at === -1) continue
    const end = file.indexOf('/', at + marker.length)
    if (end !== -1) return file.slice(0, end)
  }
  return null
}
