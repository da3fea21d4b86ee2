import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { defaultCloudPattern } from '@shared/cloud/file-name'
import type { FolderCloudSettings } from '@shared/cloud/settings'
import { reasonedError } from '@shared/error-reasons'
import type { PostcloudError } from '@shared/errors'
import { writeFileAtomic } from '../library/atomic-write'
import { resolveInside } from '../library/confine'
import { errnoCode, fsError } from '../library/fs-errors'
import { withCloudFiles } from './folder-lock'
import { patternOrNull, readEdits } from './folder-settings-check'
import { defaultWordRules, readWordRules, storedWordRules } from './word-rules-check'

/**
 * `.postcloud/cloud.json`: what a folder remembers about its clouds, committed with the blog.
 * `{ "version": 1, "pattern": "...", "edits": {"merge": {}, "rename": {}}, "rules": {"split": [],
 * "boilerplate": true}, "posts": {"<id>": options} }` (`rules` only when they differ from the defaults)
 */
export const cloudSettingsId = '.postcloud/cloud.json'

/** A settings file this large is not one Postcloud wrote; it is not read into memory. */
const maxFileBytes = 8 * 1024 * 1024

export interface CloudSettingsFile {
  folder: FolderCloudSettings
  /** Each post's options as stored, unchecked: a bad entry costs only its own post its options. */
  posts: Record<string, unknown>
  /** Top-level keys this version does not know (a newer Postcloud's), written back untouched. */
  extra: Record<string, unknown>
}

export interface LoadedCloudSettings {
  file: CloudSettingsFile
  /** Why the file could not be used (its content is then ignored), or null. */
  problem: string | null
}

export function emptyCloudSettings(): CloudSettingsFile {
  return {
    folder: {
      pattern: defaultCloudPattern,
      edits: { merge: {}, rename: {} },
      rules: { ...defaultWordRules, split: [] }
    },
    posts: {},
    extra: {}
  }
}

/**
 * Reads the folder's cloud settings. A missing file is the defaults; so is a corrupt one, with
 * the problem said, so readers go on with defaults while writers refuse to replace it.
 */
export async function loadCloudSettings(folder: string): Promise<LoadedCloudSettings> {
  const path = await resolveInside(folder, cloudSettingsId)
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return { file: emptyCloudSettings(), problem: null }
    if (code === 'EISDIR') return { file: emptyCloudSettings(), problem: 'it is a folder' }
    throw fsError(error, cloudSettingsId, 'read')
  }
  if (bytes.length > maxFileBytes) {
    return {
      file: emptyCloudSettings(),
      problem: `it is larger than ${maxFileBytes / 1024 / 1024} MB`
    }
  }
  let data: unknown
  try {
    data = JSON.parse(bytes.toString('utf8').replace(/^\ufeff/, ''))
  } catch (error) {
    return {
      file: emptyCloudSettings(),
      problem: `it is not valid JSON (${(error as Error).message})`
    }
  }
  return parseCloudSettings(data)
}

function parseCloudSettings(data: unknown): LoadedCloudSettings {
  const bad = (problem: string): LoadedCloudSettings => ({ file: emptyCloudSettings(), problem })
  if (!isRecord(data)) return bad('it is not a JSON object')
  if (data.version !== undefined && data.version !== 1) {
    return bad(`it has version ${JSON.stringify(data.version)}, which this Postcloud does not know`)
  }
  if (data.posts !== undefined && !isRecord(data.posts)) return bad('its "posts" is not an object')
  const { pattern, edits, rules, posts } = data
  const known = ['version', 'pattern', 'edits', 'rules', 'posts']
  const extra = Object.fromEntries(Object.entries(data).filter(([key]) => !known.includes(key)))
  return {
    file: {
      folder: {
        pattern: patternOrNull(pattern) ?? defaultCloudPattern,
        edits: readEdits(edits),
        rules: readWordRules(rules)
      },
      // fromEntries defines own properties, so a `__proto__` post id stays a plain entry.
      posts: Object.fromEntries(Object.entries(isRecord(posts) ? posts : {})),
      extra
    },
    problem: null
  }
}

/**
 * Reads, changes and writes back the folder's cloud settings, alone among the folder's cloud
 * file writers. A corrupt file is refused (CONFLICT naming it), never replaced: it may be a merge
 * conflict holding every post's settings, which the writer wants to fix, not lose.
 */
export async function changeCloudSettings<T>(
  folder: string,
  change: (file: CloudSettingsFile) => T | Promise<T>
): Promise<T> {
  return withCloudFiles(folder, async () => {
    const { file, problem } = await loadCloudSettings(folder)
    if (problem) throw corrupt(problem)
    const result = await change(file)
    await writeCloudSettings(folder, file)
    return result
  })
}

/** Throws the CONFLICT a write meets when the settings file is corrupt; for writers in the lock. */
export async function requireUsableCloudSettings(folder: string): Promise<CloudSettingsFile> {
  const { file, problem } = await loadCloudSettings(folder)
  if (problem) throw corrupt(problem)
  return file
}

/** Writes the settings atomically, in a stable order so the file diffs well in a blog's history. */
export async function writeCloudSettings(folder: string, file: CloudSettingsFile): Promise<void> {
  const path = await resolveInside(folder, cloudSettingsId)
  const posts = Object.fromEntries(
    Object.entries(file.posts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  )
  const data = {
    version: 1,
    pattern: file.folder.pattern,
    edits: { merge: sorted(file.folder.edits.merge), rename: sorted(file.folder.edits.rename) },
    rules: storedWordRules(file.folder.rules),
    posts,
    ...file.extra
  }
  try {
    await mkdir(dirname(path), { recursive: true })
  } catch (error) {
    throw fsError(error, '.postcloud', 'create the folder')
  }
  await writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`, { label: cloudSettingsId })
}

function sorted(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function corrupt(problem: string): PostcloudError {
  return reasonedError(
    'CONFLICT',
    'cloudSettings',
    `The folder's cloud settings "${cloudSettingsId}" cannot be used: ${problem}. Fix or remove the file; nothing was changed.`,
    { path: cloudSettingsId }
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
