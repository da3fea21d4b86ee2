import type { FolderCloudChanges, FolderWordRules } from '@shared/cloud/settings'
import { invalidArgument } from '@shared/error-reasons'
import { checkWord, isWord, maxEditEntries } from './folder-settings-check'

/**
 * The folder's word rules in `.postcloud/cloud.json` (`"rules": {"split": [...], "boilerplate":
 * false}`): which compound terms the writer split back, and whether series boilerplate is skipped.
 * A hand-edited file's bad entries are dropped; a bad change over the contract is refused.
 */

export const defaultWordRules: Readonly<FolderWordRules> = { split: [], boilerplate: true }

export function readWordRules(value: unknown): FolderWordRules {
  const source = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}
  const { split, boilerplate } = source as Record<string, unknown>
  const terms = Array.isArray(split) ? split.filter(isWord).slice(0, maxEditEntries) : []
  return { split: [...new Set(terms)].sort(), boilerplate: boilerplate !== false }
}

export function applyWordRuleChanges(
  current: FolderWordRules,
  changes: FolderCloudChanges
): FolderWordRules {
  const split = new Set(current.split)
  for (const [term, apart] of Object.entries(changes.split ?? {})) {
    checkWord(term, 'A term to split')
    if (apart) split.add(term)
    else split.delete(term)
  }
  if (split.size > maxEditEntries) {
    const message = `The folder can hold at most ${maxEditEntries} split terms.`
    throw invalidArgument('tooManyEdits', message, { limit: String(maxEditEntries) })
  }
  return {
    split: [...split].sort(),
    boilerplate: changes.boilerplate ?? current.boilerplate
  }
}

/** What the file stores: nothing while the rules are the defaults, so old files stay as they were. */
export function storedWordRules(rules: FolderWordRules): FolderWordRules | undefined {
  return rules.split.length === 0 && rules.boilerplate ? undefined : rules
}
