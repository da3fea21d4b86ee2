import { useEffect, useRef, useState } from 'react'
import type { CloudLayout, PixelData } from '@drawing/index'
import type { CloudWord } from '@shared/cloud/cloud-words'
import type { CloudOptions } from '@shared/cloud/options'
import { wordColors } from '@shared/cloud/palettes'
import { CloudClient } from './cloud-client'

export interface LayoutState {
  layout: CloudLayout | null
  /** A layout is on its way: the one shown is not yet of the newest words and options. */
  busy: boolean
  error: string | null
  ms: number
}

/** The inputs of the last layout that came back, and what came back. */
interface Finished {
  words: readonly CloudWord[]
  key: string
  mask: PixelData | null
  layout: CloudLayout | null
  error: string | null
  ms: number
}

/**
 * Lays the words out in the worker whenever the words or an option that moves or colours them
 * changes. JPG quality, export scale and a background that leaves the words' colours as they are
 * only change how the layout is painted, so they do not start a layout. The previous picture stays on screen until the new one arrives; `busy` says
 * whether the picture is of the newest inputs.
 */
export function useCloudLayout(
  words: readonly CloudWord[] | null,
  options: CloudOptions | null,
  mask: PixelData | null,
  ready: boolean
): LayoutState {
  const client = useRef<CloudClient | null>(null)
  const [finished, setFinished] = useState<Finished | null>(null)

  useEffect(() => {
    const current = new CloudClient()
    client.current = current
    return () => {
      current.dispose()
      client.current = null
    }
  }, [])

  // Painting-only options are left out of the key, so changing them keeps the layout. The
  // background moves no word, but the colours words are drawn in are made readable on it.
  const key = options
    ? JSON.stringify({
        ...options,
        background: wordColors(options.palette, options.colors, options.background),
        quality: 0,
        scale: 0
      })
    : ''
  const latestOptions = useRef(options)
  useEffect(() => {
    latestOptions.current = options
  })

  useEffect(() => {
    const worker = client.current
    const layoutOptions = latestOptions.current
    if (!worker || !ready || !words || words.length === 0 || !layoutOptions) return
    void worker.layout({ words: [...words], options: layoutOptions, mask }).then((outcome) => {
      if (!outcome) return
      setFinished((previous) =>
        'error' in outcome
          ? {
              words,
              key,
              mask,
              layout: previous?.layout ?? null,
              error: outcome.error,
              ms: previous?.ms ?? 0
            }
          : { words, key, mask, layout: outcome.layout, error: null, ms: outcome.ms }
      )
    })
  }, [words, key, mask, ready])

  if (words?.length === 0) return { layout: null, busy: false, error: null, ms: 0 }
  const current =
    ready &&
    finished !== null &&
    finished.words === words &&
    finished.key === key &&
    finished.mask === mask
  return {
    layout: finished?.layout ?? null,
    busy: !current,
    error: current ? finished.error : null,
    ms: finished?.ms ?? 0
  }
}
