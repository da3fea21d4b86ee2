import { realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { isInside } from '../../library/confine'
import { classifyPath } from '@shared/site/model/classify'
import type { StaticFileInfo } from '@shared/site/model/site-drop'
import type { SiteDiagnostic } from '@shared/site/types'
import type { SiteSettings, Source } from './site-state'
import { readSource } from './site-state'
import { hasYamlHeader } from './site-tree'
import type { SiteTemplates } from './site-templates'
import { forgetSass } from './sass'

export interface ChangeTarget {
  realRoot: string
  settings: SiteSettings
  sources: Map<string, Source>
  staticFiles: Map<string, StaticFileInfo>
  templates: SiteTemplates
  diagnostics: SiteDiagnostic[]
  configFile: string | null
}

export interface ChangeOutcome {
  config: boolean
  data: boolean
  /** Ids whose documents must be rebuilt (or dropped when their source is gone). */
  documents: string[]
}

/** The real file at a folder-relative path when it is a file inside the folder, else null. */
function fileInside(realRoot: string, id: string): string | null {
  if (id.split('/').some((part) => part === '..' || part === '') || id.startsWith('/')) return null
  try {
    const real = realpathSync(join(realRoot, id))
    return isInside(realRoot, real) && statSync(real).isFile() ? real : null
  } catch {
    return null
  }
}

/**
 * One file event: re-reads that file alone (a post, page, static file), or marks what depends on
 * it (config, data, layouts, Sass). A folder that went takes its files with it.
 */
export function applyFileChange(path: string, target: ChangeTarget): ChangeOutcome {
  const id = path.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '')
  const outcome: ChangeOutcome = { config: false, data: false, documents: [] }
  if (id === '' || id === target.configFile || /^_config\.ya?ml$/.test(id)) {
    outcome.config = true
    return outcome
  }
  const dataDir =
    typeof target.settings.config.data_dir === 'string' ? target.settings.config.data_dir : '_data'
  if (id === dataDir || id.startsWith(`${dataDir}/`)) outcome.data = true
  if (target.templates.isTemplatePath(id) || id === target.templates.layoutsDir)
    target.templates.forgetLayouts()
  if (/\.(?:scss|sass|css)$/i.test(id)) forgetSass()
  const real = fileInside(target.realRoot, id)
  if (!real) {
    // Gone (or a folder): drop it and everything below it.
    for (const key of [...target.sources.keys()])
      if (key === id || key.startsWith(`${id}/`)) {
        target.sources.delete(key)
        outcome.documents.push(key)
      }
    for (const key of [...target.staticFiles.keys()])
      if (key === id || key.startsWith(`${id}/`)) target.staticFiles.delete(key)
    return outcome
  }
  const role = classifyPath(id, target.settings.classify)
  // The file's old front matter problems go; reading it again reports what is still wrong.
  for (let index = target.diagnostics.length - 1; index >= 0; index -= 1)
    if (target.diagnostics[index].file === id) target.diagnostics.splice(index, 1)
  target.sources.delete(id)
  target.staticFiles.delete(id)
  outcome.documents.push(id)
  if (role.role === 'ignored') return outcome
  let kind: Source['role'] | 'static'
  if (role.role === 'site-file') kind = hasYamlHeader(real) ? 'page' : 'static'
  else if (role.role === 'document') kind = hasYamlHeader(real) ? 'document' : 'static'
  else kind = role.role
  if (kind === 'static') {
    const collection = role.role === 'document' ? role.collection : null
    target.staticFiles.set(id, { id, mtime: statSync(real).mtime, collection, file: real })
    return outcome
  }
  const collection = role.role === 'site-file' ? null : role.collection
  const source = readSource(id, real, kind, collection, target.diagnostics)
  if (source) target.sources.set(id, source)
  return outcome
}
