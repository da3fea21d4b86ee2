import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { measureSourceLines, ScrollLeader } from './scroll-leader'

export interface ScrollSyncOptions {
  postId: string
  /** The source line the editor shows at its top; null: do not follow. */
  syncLine: number | null
  onTopLineChange(line: number): void
}

/** Call after the preview's content changed, with the source's new line count when known. */
export type Relayout = (lineCount?: number) => void

/**
 * The Preview's two-way scroll sync with the editor (see ScrollLeader). `relayout` is called
 * right after the DOM is patched, before anything is painted, so the leading line never jumps.
 */
export function useScrollSync(
  scrollerRef: RefObject<HTMLElement | null>,
  { postId, syncLine, onTopLineChange }: ScrollSyncOptions
): Relayout {
  const lineCount = useRef(0)
  const latestSyncLine = useRef(syncLine)
  const [leader] = useState(() => new ScrollLeader(syncLine))
  useLayoutEffect(() => {
    latestSyncLine.current = syncLine
    leader.setSurface({
      scroller: () => scrollerRef.current,
      measure: () => {
        const scroller = scrollerRef.current
        if (!scroller) return []
        const origin = scroller.getBoundingClientRect().top - scroller.scrollTop
        return measureSourceLines(scroller, origin, lineCount.current, scroller.scrollHeight)
      },
      report: onTopLineChange
    })
  })

  useEffect(() => leader.restart(latestSyncLine.current), [leader, postId])
  useEffect(() => leader.follow(syncLine), [leader, syncLine])

  const relayout = useCallback<Relayout>(
    (lines) => {
      if (lines !== undefined) lineCount.current = lines
      leader.relayout()
    },
    [leader]
  )

  // Images loading and width changes move everything below them.
  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return undefined
    const moved = (): void => leader.relayout()
    const scrolled = (): void => leader.scrolled()
    const resize = new ResizeObserver(moved)
    resize.observe(scroller)
    scroller.addEventListener('load', moved, true)
    scroller.addEventListener('scroll', scrolled, { passive: true })
    return () => {
      resize.disconnect()
      scroller.removeEventListener('load', moved, true)
      scroller.removeEventListener('scroll', scrolled)
    }
  }, [scrollerRef, leader])

  return relayout
}
