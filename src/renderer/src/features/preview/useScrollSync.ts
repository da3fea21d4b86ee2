import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'
import type { RefObject } from 'react'
import { sourceLineAttribute } from '@shared/markdown/blocks'
import { buildScrollMap, lineAtOffset, offsetForLine } from '@shared/markdown/scroll-map'
import type { LineAnchor } from '@shared/markdown/scroll-map'

export interface ScrollSyncOptions {
  postId: string
  /** The source line the editor shows at its top; null: do not follow. */
  syncLine: number | null
  onTopLineChange(line: number): void
}

/** Call after the preview's content changed, with the source's new line count when known. */
export type Relayout = (lineCount?: number) => void

/**
 * Two-way scroll sync between the editor and the preview, through the elements' source lines.
 * Whoever scrolled last leads: a new line from the editor is followed, a scroll by the writer in
 * the preview is reported, and after each change of content (`relayout`, called right after the
 * DOM is patched, before anything is painted) the preview puts the leading line back at its top. A scroll the preview makes itself is recognised by
 * its offset and never reported, and the editor echoing our own report is not followed, so the
 * two never chase each other.
 */
export function useScrollSync(
  scrollerRef: RefObject<HTMLElement | null>,
  { postId, syncLine, onTopLineChange }: ScrollSyncOptions
): Relayout {
  const map = useRef<LineAnchor[] | null>(null)
  /** The source line (with its fraction) kept at the top of the preview. */
  const anchor = useRef<number | null>(syncLine)
  /** The offset our last programmatic scroll landed on, until its scroll event arrives. */
  const ownScrollTop = useRef<number | null>(null)
  /** The line we last reported; the editor following it must not move us again. */
  const reported = useRef<number | null>(null)
  const lineCount = useRef(0)
  const latest = useRef({ onTopLineChange, syncLine })
  useLayoutEffect(() => {
    latest.current = { onTopLineChange, syncLine }
  })

  const scrollMap = useCallback((scroller: HTMLElement): LineAnchor[] => {
    map.current ??= measure(scroller, lineCount.current)
    return map.current
  }, [])

  const scrollToAnchor = useCallback(() => {
    const scroller = scrollerRef.current
    if (!scroller || anchor.current === null) return
    const top = Math.round(offsetForLine(scrollMap(scroller), anchor.current))
    if (Math.abs(scroller.scrollTop - top) < 1) return
    scroller.scrollTop = top
    ownScrollTop.current = scroller.scrollTop
  }, [scrollerRef, scrollMap])

  // Another post starts where the editor is.
  useEffect(() => {
    anchor.current = latest.current.syncLine
    reported.current = null
  }, [postId])

  useEffect(() => {
    if (syncLine === null || syncLine === reported.current) return
    anchor.current = syncLine
    reported.current = null
    scrollToAnchor()
  }, [syncLine, scrollToAnchor])

  const relayout = useCallback<Relayout>(
    (lines) => {
      if (lines !== undefined) lineCount.current = lines
      map.current = null
      scrollToAnchor()
    },
    [scrollToAnchor]
  )

  // Images loading and width changes move everything below them.
  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return undefined
    const moved = (): void => relayout()
    const resize = new ResizeObserver(moved)
    resize.observe(scroller)
    scroller.addEventListener('load', moved, true)
    return () => {
      resize.disconnect()
      scroller.removeEventListener('load', moved, true)
    }
  }, [scrollerRef, relayout])

  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return undefined
    const onScroll = (): void => {
      const own = ownScrollTop.current
      ownScrollTop.current = null
      if (own !== null && Math.abs(scroller.scrollTop - own) < 2) return
      const exact = lineAtOffset(scrollMap(scroller), scroller.scrollTop)
      anchor.current = exact
      const line = Math.floor(exact)
      if (line === reported.current) return
      reported.current = line
      latest.current.onTopLineChange(line)
    }
    scroller.addEventListener('scroll', onScroll, { passive: true })
    return () => scroller.removeEventListener('scroll', onScroll)
  }, [scrollerRef, scrollMap])

  return relayout
}

/** Where each element with a source line sits in the scrolled content. */
function measure(scroller: HTMLElement, lineCount: number): LineAnchor[] {
  const origin = scroller.getBoundingClientRect().top - scroller.scrollTop
  const anchors: LineAnchor[] = []
  for (const element of scroller.querySelectorAll(`[${sourceLineAttribute}]`)) {
    const line = Number(element.getAttribute(sourceLineAttribute))
    if (Number.isFinite(line)) {
      anchors.push({ line, top: element.getBoundingClientRect().top - origin })
    }
  }
  return buildScrollMap(anchors, { line: lineCount, top: scroller.scrollHeight })
}
