import { useEffect, useRef, useState } from 'react'
import { maxAnalyzeChars } from '@shared/analysis'
import type { WordStat } from '@shared/analysis'
import { api } from '../../api'

export interface WordStats {
  /** The counted words of the buffer (null until the first analysis of this post answers). */
  stats: WordStat[] | null
  /** The words shown are not of the newest text yet (typing, or an analysis under way). */
  busy: boolean
  error: string | null
  /** The buffer is over `maxAnalyzeChars`: it is not sent for counting at all. */
  tooLarge: boolean
}

/** Typing pauses this long before the buffer is counted again. */
const analyseDelayMs = 400

interface Counted {
  postId: string
  source: string
  top: number
  revision: number
  stats: WordStat[] | null
  error: string | null
}

/**
 * Counts the words of the editor buffer (never the file on disk), again after typing pauses and
 * whenever `revision` changes (a word was excluded or added to the dictionary). A new post is
 * counted at once; an answer for text that has changed since is dropped.
 */
export function useWordStats(
  postId: string,
  source: string,
  top: number,
  revision: number
): WordStats {
  const [counted, setCounted] = useState<Counted | null>(null)
  const sequence = useRef(0)
  const lastPost = useRef<string | null>(null)

  const tooLarge = source.length > maxAnalyzeChars

  useEffect(() => {
    const request = ++sequence.current
    // Not sent: the back end would refuse it, after receiving megabytes at every pause in typing.
    if (tooLarge) return
    const firstForPost = lastPost.current !== postId
    lastPost.current = postId
    const run = (): void => {
      api.analyzeText(source, { top }).then(
        (result) => {
          if (request !== sequence.current) return
          setCounted({ postId, source, top, revision, stats: result.words, error: null })
        },
        (error: unknown) => {
          if (request !== sequence.current) return
          setCounted((previous) => ({
            postId,
            source,
            top,
            revision,
            stats: previous?.postId === postId ? previous.stats : null,
            error: (error as Error).message
          }))
        }
      )
    }
    const timer = window.setTimeout(run, firstForPost ? 0 : analyseDelayMs)
    return () => window.clearTimeout(timer)
  }, [postId, source, top, revision, tooLarge])

  if (tooLarge) return { stats: null, busy: false, error: null, tooLarge }
  const samePost = counted?.postId === postId
  const current =
    samePost && counted.source === source && counted.top === top && counted.revision === revision
  return {
    stats: samePost ? counted.stats : null,
    busy: !current,
    error: current ? counted.error : null,
    tooLarge
  }
}
