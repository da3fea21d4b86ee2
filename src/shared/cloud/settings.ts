/** What a folder's `.postcloud/cloud.json` remembers about clouds, as it crosses the contract. */

import type { CloudOptions } from './options'

/** Writer's corrections to the counted words, shared by every post of the folder. */
export interface WordEdits {
  /** word -> the word it is counted as (its count and weight are added to that word's). */
  merge: Record<string, string>
  /** word -> the text the cloud shows for it. */
  rename: Record<string, string>
}

/** How the folder's word rules apply to every post. */
export interface FolderWordRules {
  /** Compound terms the writer split back into their parts. */
  split: string[]
  /** Whether series boilerplate is skipped (true by default). */
  boilerplate: boolean
}

export interface FolderCloudSettings {
  /** Image file name pattern with `{title}`, `{slug}` and `{date}`; `wordcloud_{title}` by default. */
  pattern: string
  edits: WordEdits
  rules: FolderWordRules
}

export interface PostCloudSettings {
  /** The post's remembered options, or the defaults with a fresh seed when none are remembered. */
  options: CloudOptions
  /** Whether the options come from `.postcloud/cloud.json` (false: defaults, nothing saved yet). */
  remembered: boolean
  folder: FolderCloudSettings
}

/** A change to the folder's settings; `null` in `merge` or `rename` removes that word's entry. */
export interface FolderCloudChanges {
  pattern?: string
  merge?: Record<string, string | null>
  rename?: Record<string, string | null>
  /** term -> true to split it back into its parts, false to count it as one term again. */
  split?: Record<string, boolean>
  boilerplate?: boolean
}

/** The folder's shared word lists a writer can add to from the word list. */
export type FolderWordList = 'stopwords' | 'userdict'
