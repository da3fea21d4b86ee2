import { emphasisValues } from '../analysis'
import type { AnalyzeOptions } from '../analysis'
import type { ExportCloudOptions } from '../cloud/export-types'
import { checkCloudOptionChanges, checkCloudOptions } from '../cloud/options'
import type { CloudOptions } from '../cloud/options'
import type { FolderCloudChanges, FolderWordList } from '../cloud/settings'
import type { CreatePostInput } from '../new-post'
import type { FrontMatterValue, PostStamp } from '../post'
import {
  boolean,
  isPlainObject,
  listOf,
  nullable,
  number,
  oneOf,
  optional,
  Refusal,
  recordOf,
  shape,
  text
} from './checks'
import type { Check } from './checks'

/** The objects contract methods take, checked as their types in shared/ describe them. */

export const stamp: Check<PostStamp> = shape<PostStamp>({
  mtimeMs: number,
  size: number,
  hash: (value) => {
    if (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)) return value
    throw new Refusal('must be a SHA-256 in hex')
  }
})

export const createPostInput: Check<CreatePostInput> = shape<CreatePostInput>({
  title: text,
  template: optional(text),
  draft: optional(boolean),
  now: optional(text),
  utcOffsetMinutes: optional(number)
})

/** Nesting deeper than this is no front matter anyone writes, and would only cost stack. */
const maxFrontMatterDepth = 64

function frontMatterValue(depth: number): Check<FrontMatterValue> {
  return (value) => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
    if (typeof value === 'number') return number(value)
    if (depth >= maxFrontMatterDepth) throw new Refusal('is nested too deeply')
    if (Array.isArray(value)) {
      value.forEach(frontMatterValue(depth + 1))
      return value as FrontMatterValue[]
    }
    if (isPlainObject(value)) return recordOf(frontMatterValue(depth + 1))(value)
    throw new Refusal('must be text, a number, true or false, null, a list or a mapping')
  }
}

/** Keys to set, or to remove (null, or undefined where the transport keeps it). */
export const frontMatterChanges: Check<Record<string, FrontMatterValue | undefined>> = recordOf(
  optional(frontMatterValue(0))
)

export const words: Check<string[]> = listOf(text, 'must be a list of words')

export const analyzeOptions: Check<AnalyzeOptions> = shape<AnalyzeOptions>({
  top: optional(number),
  stopwords: optional(words),
  keepWords: optional(words),
  markdown: optional(boolean),
  postId: optional(text),
  emphasis: optional(oneOf(emphasisValues))
})

/** Cloud options as a whole: every key checked by the cloud's own rules (shared/cloud/options). */
const cloudOptions: Check<CloudOptions> = (value) => {
  checkCloudOptions(value)
  return value as CloudOptions
}

/** Some cloud options; whether they fit the post's others is checked once they are merged. */
export const cloudOptionChanges: Check<Partial<CloudOptions>> = (value) => {
  checkCloudOptionChanges(value)
  return value as Partial<CloudOptions>
}

export const exportCloudOptions: Check<ExportCloudOptions> = shape<ExportCloudOptions>({
  format: optional(oneOf(['jpg', 'png'] as const)),
  onExisting: optional(oneOf(['refuse', 'replace', 'rename'] as const)),
  expected: optional(stamp),
  cloud: optional(cloudOptions),
  link: optional(oneOf(['move', 'keep'] as const))
})

/** `null` removes a word's entry. */
const wordEdits = optional(recordOf(nullable(text)))

export const folderCloudChanges: Check<FolderCloudChanges> = shape<FolderCloudChanges>({
  pattern: optional(text),
  merge: wordEdits,
  rename: wordEdits,
  split: optional(recordOf(boolean)),
  boilerplate: optional(boolean)
})

export const folderWordList: Check<FolderWordList> = oneOf(['stopwords', 'userdict'] as const)
