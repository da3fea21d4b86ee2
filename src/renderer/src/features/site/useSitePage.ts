import { useEffect, useRef, useState } from 'react'
import type { SitePageResult } from '@shared/site/types'
import { api } from '../../api'
import { maxPreviewChars } from '../preview/useRenderedPost'
import { SiteClient } from './site-client'

/** Past this many characters the Site tab says so instead of rendering, as the Preview does. */
export const maxSiteChars = maxPreviewChars

export interface SitePageState {
  /** The newest page rendered for this post: null until the first one arrives. */
  result: SitePageResult | null
  /** Why the newest render failed; null when it did not. */
  error: Error | null
  /** From the request to the answer, in milliseconds. */
  ms: number
  /** The length of the text the shown answer was rendered from. */
  length: number
}

const empty: SitePageState = { result: null, error: null, ms: 0, length: 0 }

/**
 * Asks the back end for the post's site page on every change of the buffer (never the file).
 * Answers for another post are dropped; an answer older than the newest request is still shown,
 * so the page keeps up while the writer types.
 */
export function useSitePage(postId: string, source: string): SitePageState {
  const [state, setState] = useState<{ postId: string; page: SitePageState }>({
    postId,
    page: empty
  })
  const current = useRef(postId)
  const client = useRef<SiteClient | null>(null)

  useEffect(() => {
    const created = new SiteClient(
      (id, text) => api.renderSitePage(id, text),
      (answer) => {
        if (answer.request.id !== current.current) return
        const { id, text } = answer.request
        // A failed render keeps the last page on screen, with the reason above it.
        setState((previous) => {
          const kept = previous.postId === id ? previous.page : empty
          const page: SitePageState =
            'error' in answer
              ? { ...kept, error: answer.error }
              : { result: answer.result, error: null, ms: answer.ms, length: text.length }
          return { postId: id, page }
        })
      }
    )
    client.current = created
    return () => {
      created.dispose()
      client.current = null
    }
  }, [])

  useEffect(() => {
    current.current = postId
    if (source.length <= maxSiteChars) client.current?.render({ id: postId, text: source })
  }, [postId, source])

  return state.postId === postId ? state.page : empty
}
