import { open, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { parse } from 'yaml'
import type { FolderInfo } from '../../shared/post'

const configNames = ['_config.yml', '_config.yaml']
/** A site config bigger than this is not read for its baseurl (it would not be a real config). */
const maxConfigBytes = 1024 * 1024

/** What kind of folder this is: a Jekyll site (`_config.yml` or `_posts/`) and its `baseurl`. */
export async function folderInfo(path: string): Promise<FolderInfo> {
  const config = await readConfig(path)
  const jekyll = config !== null || (await isDirectory(join(path, '_posts')))
  return { path, name: basename(path), jekyll, baseurl: config ? baseurlOf(config) : '' }
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

/** `baseurl` when it is a string; any other shape, or a config that does not parse, means ''. */
function baseurlOf(config: string): string {
  try {
    // Jekyll's YAML allows repeated keys (the last wins); aliases stay bounded.
    const data: unknown = parse(config, {
      schema: 'core',
      uniqueKeys: false,
      logLevel: 'silent',
      maxAliasCount: 100
    })
    const baseurl = (data as Record<string, unknown> | null)?.baseurl
    return typeof baseurl === 'string' ? baseurl : ''
  } catch {
    return ''
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
