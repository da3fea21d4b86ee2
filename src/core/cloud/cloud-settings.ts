import { createHash } from 'node:crypto'
import { checkCloudOptions, defaultCloudOptions } from '@shared/cloud/options'
import type { CloudOptions } from '@shared/cloud/options'
import type {
  FolderCloudChanges,
  FolderCloudSettings,
  PostCloudSettings
} from '@shared/cloud/settings'
import type { PostStore } from '../assets/post-store'
import { changeCloudSettings, loadCloudSettings } from './cloud-settings-file'
import type { CloudSettingsFile } from './cloud-settings-file'
import { applyEditChanges, checkPattern } from './folder-settings-check'
import { applyWordRuleChanges } from './word-rules-check'

/** A post's cloud options and whether `.postcloud/cloud.json` remembers them. */
export interface RememberedOptions {
  options: CloudOptions
  remembered: boolean
}

/** The folder's cloud settings as read once: the CLI's `cloud --all` reads them for every post. */
export interface CloudSettingsView {
  folder: FolderCloudSettings
  /** Why `.postcloud/cloud.json` was ignored (defaults used instead), or null. */
  problem: string | null
  optionsFor(postId: string): RememberedOptions
}

/**
 * The seed of a post that has none remembered: derived from its id, so a post's first cloud is
 * the same picture on every machine until the writer asks for another.
 */
export function seedForPost(postId: string): number {
  return createHash('sha256').update(postId).digest().readUInt32BE(0) & 0x7fffffff
}

/** The post's stored options, or the defaults with its own seed when none (or a bad entry) is stored. */
export function optionsFromFile(file: CloudSettingsFile, postId: string): RememberedOptions {
  const entry = Object.hasOwn(file.posts, postId) ? file.posts[postId] : undefined
  if (entry !== undefined) {
    try {
      return { options: checkCloudOptions(entry), remembered: true }
    } catch {
      // A hand-edited or newer entry this version cannot use: this post alone starts afresh.
    }
  }
  return { options: { ...defaultCloudOptions, seed: seedForPost(postId) }, remembered: false }
}

/** Reads a folder's cloud settings without the contract (the CLI); never fails on a corrupt file. */
export async function readCloudSettings(folder: string): Promise<CloudSettingsView> {
  const { file, problem } = await loadCloudSettings(folder)
  return { folder: file.folder, problem, optionsFor: (postId) => optionsFromFile(file, postId) }
}

export async function getCloudSettings(store: PostStore, id: string): Promise<PostCloudSettings> {
  // Reading the post checks that the id is a post inside the folder.
  const post = await store.read(id)
  const view = await readCloudSettings(store.info().path)
  return { ...view.optionsFor(post.id), folder: view.folder }
}

export async function updateCloudOptions(
  store: PostStore,
  id: string,
  changes: Partial<CloudOptions>
): Promise<CloudOptions> {
  const post = await store.read(id)
  return changeCloudSettings(store.info().path, (file) => {
    const next = checkCloudOptions(changes, optionsFromFile(file, post.id).options)
    file.posts[post.id] = next
    return next
  })
}

export async function updateFolderCloudSettings(
  store: PostStore,
  changes: FolderCloudChanges
): Promise<FolderCloudSettings> {
  const pattern = changes.pattern === undefined ? undefined : checkPattern(changes.pattern)
  return changeCloudSettings(store.info().path, (file) => {
    file.folder = {
      pattern: pattern ?? file.folder.pattern,
      edits: applyEditChanges(file.folder.edits, changes),
      rules: applyWordRuleChanges(file.folder.rules, changes)
    }
    return file.folder
  })
}
