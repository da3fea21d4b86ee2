import { open, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { parse } from 'yaml'
import type { FolderInfo } from '@shared/folder'
import { knownZone } from '@shared/site/post-date'

const configNames = ['_config.yml', '_config.yaml']
/** A site config bigger than this is not read for its settings (it would not be a real config). */
const maxConfigBytes = 1024 * 1024

/**
 * What kind of folder this is: a Jekyll site (`_config.yml` or `_posts/`), with its `baseurl` and
 * `url` (each '' when missing or not a string) and `timezone` (null when missing, empty or a zone
 * this machine does not know: the writer's own zone then applies).
 */
export async function folderInfo(path: string): Promise<FolderInfo> {
  const config = await readConfig(path)
  const jekyll = config !== null || (await isDirectory(join(path, '_posts')))
  const settings = config ? siteSettings(config) : {}
  return {
    path,
    name: basename(path),
    jekyll,
    baseurl: stringOr(settings.baseurl),
    url: stringOr(settings.url),
    timezone: zoneOrNull(stringOr(settings.timezone).trim())
  }
}

async function readConfig(folder: string): Promise<string | null> {
  for (const name of configNames) {
    let handle
    try {
      handle = await open(join(folder, name), 'r')
      const stats = await handle.stat()
      if (!stats.isFile()) continue
      if (stats.size > maxConfigBytes) return ''
      return await handle.readFile('utf8')
    } catch {
      // Missing or unreadable: try the next name.
    } finally {
      await handle?.close().catch(() => undefined)
    }
  }
  return null
}

/** The config's top-level mapping; a config that does not parse, or is not a mapping, is empty. */
function siteSettings(config: string): Record<string, unknown> {
  try {
    // Jekyll's YAML allows repeated keys (the last wins); aliases stay bounded.
    const data: unknown = parse(config, {
      schema: 'core',
      uniqueKeys: false,
      logLevel: 'silent',
      maxAliasCount: 100
    })
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

function zoneOrNull(zone: string): string | null {
  return zone !== '' && knownZone(zone) ? zone : null
}
