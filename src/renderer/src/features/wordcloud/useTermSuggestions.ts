import { useCallback, useEffect, useRef, useState } from 'react'
import type { TermSuggestion } from '@shared/analysis'
import { api } from '../../api'

export interface TermSuggestions {
  /** The folder's suggested terms, null while they are being found. */
  suggestions: TermSuggestion[] | null
  /** Adds a suggested term to the user dictionary; it leaves the list once it is there. */
  add(term: string): Promise<void>
}

/**
 * The terms the folder's posts write as one, offered for the user dictionary. Found again when
 * the folder's word lists or rules change (`revision`) and when another post opens (its folder
 * may have changed on disk since).
 */
export function useTermSuggestions(
  postId: string,
  revision: number,
  addToDictionary: (term: string) => Promise<boolean>,
  onError: (error: Error) => void
): TermSuggestions {
  const [found, setFound] = useState<TermSuggestion[] | null>(null)
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set())
  // The caller's handler may be a new function each render; only the newest is called.
  const latestOnError = useRef(onError)
  useEffect(() => {
    latestOnError.current = onError
  })

  useEffect(() => {
    let live = true
    api.termSuggestions().then(
      (suggestions) => {
        if (live) setFound(suggestions)
      },
      (error: unknown) => {
        if (!live) return
        setFound([])
        latestOnError.current(error as Error)
      }
    )
    return () => {
      live = false
    }
  }, [postId, revision])

  const add = useCallback(
    async (term: string): Promise<void> => {
      if (await addToDictionary(term)) setAdded((terms) => new Set(terms).add(term))
    },
    [addToDictionary]
  )

  const suggestions = found && found.filter((suggestion) => !added.has(suggestion.term))
  return { suggestions, add }
}
