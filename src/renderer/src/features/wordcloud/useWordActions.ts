import { useCallback } from 'react'
import type { FolderCloudChanges, FolderCloudSettings } from '@shared/cloud/settings'
import { api } from '../../api'

export interface WordActions {
  /** Adds the word (and the words merged into it) to the folder's stopwords, then counts again. */
  exclude(word: string): Promise<void>
  /** Counts `word` as `into` from now on, in every post of the folder. */
  merge(word: string, into: string): Promise<void>
  /** Shows `word` as `text` in the cloud; an empty text shows the word itself again. */
  rename(word: string, text: string): Promise<void>
  /** Adds a word to the folder's user dictionary, so segmentation keeps it whole, then counts again. */
  addToDictionary(word: string): Promise<boolean>
  /** Counts a compound term as its parts (true) or as one term again (false), folder-wide. */
  split(term: string, apart: boolean): Promise<void>
  /** Whether the folder skips its series' boilerplate lines. */
  skipBoilerplate(skip: boolean): Promise<void>
}

/**
 * The word list's corrections. They belong to the folder (`.postcloud/`), not to one post: a word
 * excluded here is excluded from every cloud of the folder.
 */
export function useWordActions(
  folder: FolderCloudSettings | null,
  setFolder: (folder: FolderCloudSettings) => void,
  recount: () => void,
  onError: (error: Error) => void
): WordActions {
  const exclude = useCallback(
    async (word: string): Promise<void> => {
      const merged = Object.entries(folder?.edits.merge ?? {})
        .filter(([, target]) => target === word)
        .map(([source]) => source)
      try {
        await api.addFolderWords('stopwords', [word, ...merged])
        recount()
      } catch (error) {
        onError(error as Error)
      }
    },
    [folder, recount, onError]
  )

  const changeFolder = useCallback(
    async (changes: FolderCloudChanges): Promise<boolean> => {
      try {
        setFolder(await api.updateFolderCloudSettings(changes))
        return true
      } catch (error) {
        onError(error as Error)
        return false
      }
    },
    [setFolder, onError]
  )

  // Merges and renames apply in the window; a rule changes what the back end counts.
  const changeRules = useCallback(
    async (changes: FolderCloudChanges): Promise<void> => {
      if (await changeFolder(changes)) recount()
    },
    [changeFolder, recount]
  )

  const merge = useCallback(
    async (word: string, into: string) => {
      await changeFolder({ merge: { [word]: into } })
    },
    [changeFolder]
  )

  const rename = useCallback(
    async (word: string, text: string) => {
      await changeFolder({
        rename: { [word]: text.trim() === '' || text === word ? null : text.trim() }
      })
    },
    [changeFolder]
  )

  const split = useCallback(
    (term: string, apart: boolean) => changeRules({ split: { [term]: apart } }),
    [changeRules]
  )

  const skipBoilerplate = useCallback(
    (skip: boolean) => changeRules({ boilerplate: skip }),
    [changeRules]
  )

  const addToDictionary = useCallback(
    async (word: string): Promise<boolean> => {
      try {
        await api.addFolderWords('userdict', [word])
        recount()
        return true
      } catch (error) {
        onError(error as Error)
        return false
      }
    },
    [recount, onError]
  )

  return { exclude, merge, rename, addToDictionary, split, skipBoilerplate }
}
