import { useEffect, useState } from 'react'
import type { PostSummary } from '@shared/post'
import type { SearchHit } from '@shared/search'
import { api } from '../../api'

/**
 * The back end's search hits for a query, or null when the box is empty. Each keystroke cancels
 * the previous request's effect so hits never arrive out of order; a short pause batches fast
 * typing. A new `posts` list (files changed on disk) searches again.
 */
export function useSearch(
  query: string,
  posts: readonly PostSummary[],
  onError: (error: Error) => void
): SearchHit[] | null {
  const [found, setFound] = useState<{ query: string; hits: SearchHit[] } | null>(null)
  const active = query.trim() !== ''
  useEffect(() => {
    if (!active) return undefined
    let live = true
    const timer = setTimeout(() => {
      api.searchPosts(query).then(
        (hits) => live && setFound({ query, hits }),
        (error: Error) => live && onError(error)
      )
    }, 80)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [active, query, posts, onError])
  if (!active) return null
  // Until the first answer for this search arrives, the previous hits stay (no flicker to empty).
  return found?.hits ?? []
}
