import { useCallback } from 'react'
import type { FolderCloudSettings } from '@shared/cloud/settings'
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
    async (changes: Parameters<typeof api.updateFolderCloudSettings>[0]): Promise<void> => {
      try {
        setFolder(await api.updateFolderCloudSettings(changes))
      } catch (error) {
        onError(error as Error)
      }
    },
    [setFolder, onError]
  )

  const merge = useCallback(
    (word: string, into: string) => changeFolder({ merge: { [word]: into } }),
    [changeFolder]
  )

  const rename = useCallback(
    (word: string, text: string) =>
      changeFolder({
        rename: { [word]: text.trim() === '' || text === word ? null : text.trim() }
      }),
    [changeFolder]
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

  return { exclude, merge, rename, addToDictionary }
}
