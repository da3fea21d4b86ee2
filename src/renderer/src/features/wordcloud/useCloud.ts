import { useCallback, useMemo, useState } from 'react'
import { cloudWords } from '@shared/cloud/cloud-words'
import type { CloudWord } from '@shared/cloud/cloud-words'
import { maxWordsLimit } from '@shared/cloud/options'
import type { CloudOptions } from '@shared/cloud/options'
import type { FolderCloudSettings } from '@shared/cloud/settings'
import { useCloudLayout } from './useCloudLayout'
import type { LayoutState } from './useCloudLayout'
import { useCloudMask } from './useCloudMask'
import type { CloudMask } from './useCloudMask'
import { useCloudSettings } from './useCloudSettings'
import { useWordActions } from './useWordActions'
import type { WordActions } from './useWordActions'
import { useWordStats } from './useWordStats'
import type { WordStats } from './useWordStats'

export interface Cloud {
  options: CloudOptions | null
  /** The folder's cloud settings: its word edits and rules (null while loading). */
  folder: FolderCloudSettings | null
  change(changes: Partial<CloudOptions>): void
  /** A new layout from a new random seed, remembered for the post. */
  regenerate(): void
  /** The words the cloud draws (after the folder's merges and renames), or null while counting. */
  words: CloudWord[] | null
  stats: WordStats
  mask: CloudMask
  /** A mask of the same name was chosen again: its pixels must be read anew. */
  maskChanged(): void
  layout: LayoutState
  actions: WordActions
  /** Bumped by each correction that changes what the back end counts. */
  revision: number
}

/**
 * Everything the cloud panel shows, from the editor buffer: the words counted by the back end,
 * corrected by the folder's edits, laid out in the worker with the post's remembered options.
 */
export function useCloud(postId: string, source: string, onError: (error: Error) => void): Cloud {
  const settings = useCloudSettings(postId, onError)
  const { options, folder, change, setFolder } = settings
  const [revision, setRevision] = useState(0)
  const recount = useCallback(() => setRevision((n) => n + 1), [])
  const edits = folder?.edits
  // Merges fold several counted words into one, so a few more than the limit are asked for.
  const top = maxWordsLimit + Object.keys(edits?.merge ?? {}).length
  const stats = useWordStats({
    postId,
    source,
    top,
    emphasis: options?.emphasis ?? null,
    revision
  })

  const maxWords = options?.maxWords
  const counted = useMemo(
    () =>
      stats.stats && edits && maxWords !== undefined
        ? cloudWords(stats.stats, edits, maxWords)
        : null,
    [stats.stats, edits, maxWords]
  )
  const words = useSameWords(counted)

  const [maskVersion, setMaskVersion] = useState(0)
  const maskPath = options?.shape === 'mask' ? options.mask : null
  const mask = useCloudMask(maskPath, maskVersion)
  const layout = useCloudLayout(
    words,
    options,
    mask.pixels,
    maskPath === null || mask.pixels !== null
  )

  const regenerate = useCallback(
    () => change({ seed: Math.floor(Math.random() * 2 ** 31) }),
    [change]
  )
  const maskChanged = useCallback(() => setMaskVersion((n) => n + 1), [])
  const actions = useWordActions(folder, setFolder, recount, onError)

  return {
    options,
    folder,
    change,
    regenerate,
    words,
    stats,
    mask,
    maskChanged,
    layout,
    actions,
    revision
  }
}

/**
 * The same list (same identity) while the words, counts and weights stay the same: an edit that
 * changes no count (most keystrokes in a long post) must not start a new layout.
 */
function useSameWords(words: CloudWord[] | null): CloudWord[] | null {
  const key = words ? JSON.stringify(words) : null
  return useMemo(() => (key === null ? null : (JSON.parse(key) as CloudWord[])), [key])
}
