import { useEffect, useRef, useState } from 'react'
import { maxAnalyzeChars } from '@shared/analysis'
import type { AnalysisResult, Emphasis, WordStat } from '@shared/analysis'
import { api } from '../../api'

export interface WordStats {
  /** The counted words of the buffer (null until the first analysis of this post answers). */
  stats: WordStat[] | null
  /** The whole answer the words came with (the post's boilerplate lines), null with `stats`. */
  result: AnalysisResult | null
  /** The words shown are not of the newest text yet (typing, or an analysis under way). */
  busy: boolean
  error: string | null
  /** The buffer is over `maxAnalyzeChars`: it is not sent for counting at all. */
  tooLarge: boolean
}

/** What the words are counted for: the post, its buffer and how many words, sized how. */
export interface CountRequest {
  postId: string
  source: string
  top: number
  /** Null while the post's cloud options load: nothing is counted before the emphasis is known. */
  emphasis: Emphasis | null
  /** Changed by a correction (an excluded word, a dictionary word, a folder rule): count again. */
  revision: number
}

/** Typing pauses this long before the buffer is counted again. */
const analyseDelayMs = 400

interface Counted extends Omit<CountRequest, 'emphasis'> {
  emphasis: Emphasis
  result: AnalysisResult | null
  error: string | null
}

/**
 * Counts the words of the editor buffer (never the file on disk) as a post of the folder, so the
 * back end applies its series' boilerplate and the folder's split terms, again after typing
 * pauses and whenever the emphasis or `revision` changes. A new post is counted at once; an
 * answer for a request that has changed since is dropped.
 */
export function useWordStats(request: CountRequest): WordStats {
  const { postId, source, top, emphasis, revision } = request
  const [counted, setCounted] = useState<Counted | null>(null)
  const sequence = useRef(0)
  const lastPost = useRef<string | null>(null)

  const tooLarge = source.length > maxAnalyzeChars

  useEffect(() => {
    const asked = ++sequence.current
    // Not sent: the back end would refuse it, after receiving megabytes at every pause in typing.
    if (tooLarge || emphasis === null) return
    const firstForPost = lastPost.current !== postId
    lastPost.current = postId
    const key = { postId, source, top, emphasis, revision }
    const run = (): void => {
      api.analyzeText(source, { top, postId, emphasis }).then(
        (result) => {
          if (asked !== sequence.current) return
          setCounted({ ...key, result, error: null })
        },
        (error: unknown) => {
          if (asked !== sequence.current) return
          setCounted((previous) => ({
            ...key,
            result: previous?.postId === postId ? previous.result : null,
            error: (error as Error).message
          }))
        }
      )
    }
    const timer = window.setTimeout(run, firstForPost ? 0 : analyseDelayMs)
    return () => window.clearTimeout(timer)
  }, [postId, source, top, emphasis, revision, tooLarge])

  if (tooLarge) return { stats: null, result: null, busy: false, error: null, tooLarge }
  const samePost = counted?.postId === postId
  const current =
    samePost &&
    counted.source === source &&
    counted.top === top &&
    counted.emphasis === emphasis &&
    counted.revision === revision
  const result = samePost ? counted.result : null
  return {
    stats: result?.words ?? null,
    result,
    busy: !current,
    error: current ? counted.error : null,
    tooLarge
  }
}
