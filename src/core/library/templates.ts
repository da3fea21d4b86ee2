import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { reasonedError } from '@shared/error-reasons'
import { PostcloudError } from '@shared/errors'
import type { TemplateInfo } from '@shared/new-post'
import { resolveInside } from './confine'
import { readFileOnce } from './read-file'
import { decodePost } from './text-decode'

export interface TemplateSources {
  /** The open folder; its templates are in `.postcloud/templates/*.md`. */
  root: string
  /** Bundled resources; templates in `templates/*.md`. */
  resourcesDir: string
}

const folderTemplates = '.postcloud/templates'
const TEMPLATE_ID = /^(bundled|folder):(.+)$/
const maxTemplateBytes = 1024 * 1024

/** Bundled templates first, then the folder's, each sorted by name. */
export async function listTemplates(sources: TemplateSources): Promise<TemplateInfo[]> {
  const bundled = await namesIn(join(sources.resourcesDir, 'templates'))
  const folderDir = await resolveInside(sources.root, folderTemplates).catch(() => null)
  const own = folderDir ? await namesIn(folderDir) : []
  return [
    ...bundled.map((name): TemplateInfo => ({ id: `bundled:${name}`, name, source: 'bundled' })),
    ...own.map((name): TemplateInfo => ({ id: `folder:${name}`, name, source: 'folder' }))
  ]
}

/** The text of a template; NOT_FOUND when it does not exist, INVALID_ARGUMENT for a bad id. */
export async function loadTemplate(sources: TemplateSources, id: string): Promise<string> {
  const match = TEMPLATE_ID.exec(id)
  if (!match || !isTemplateName(match[2])) {
    throw new PostcloudError(
      'INVALID_ARGUMENT',
      `"${id}" is not a template id (bundled:<name> or folder:<name>)`
    )
  }
  const [, source, name] = match
  const path =
    source === 'bundled'
      ? join(sources.resourcesDir, 'templates', `${name}.md`)
      : await resolveInside(sources.root, `${folderTemplates}/${name}.md`)
  let bytes: Uint8Array
  try {
    bytes = (await readFileOnce(path, id)).bytes
  } catch (error) {
    if (error instanceof PostcloudError && error.code === 'NOT_FOUND') {
      throw reasonedError('NOT_FOUND', 'template', `There is no template "${id}"`, { name })
    }
    throw error
  }
  if (bytes.length > maxTemplateBytes) {
    throw reasonedError('TOO_LARGE', 'template', `Template "${id}" is too large`, { name })
  }
  const decoded = decodePost(bytes)
  if (decoded.kind !== 'text') {
    const message = `Template "${id}" is not UTF-8 text`
    throw reasonedError('BAD_ENCODING', 'template', message, { name })
  }
  return decoded.text
}

/** A plain file name without its `.md`: no folders, no dot-files. */
function isTemplateName(name: string): boolean {
  return !/[/\\\0]/.test(name) && !name.startsWith('.') && name.length <= 200
}

async function namesIn(dir: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && /\.md$/i.test(entry.name))
    .map((entry) => entry.name.replace(/\.md$/i, ''))
    .filter(isTemplateName)
    .sort()
}
