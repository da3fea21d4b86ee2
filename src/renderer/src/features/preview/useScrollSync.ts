import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'
import type { RefObject } from 'react'
import { sourceLineAttribute } from '../../../../shared/markdown/blocks'
import {
  buildScrollMap,
  lineForOffset,
  offsetForLine
} from '../../../../shared/markdown/scroll-map'
import type { LineAnchor } from '../../../../shared/markdown/scroll-map'

export interface ScrollSyncOptions {
  /** The source line the editor shows at its top; null: do not follow. */
  syncLine: number | null
  onTopLineChange(line: number): void
  /** Changes after every render (the layout may have moved). */
  renders: number
  lineCount: number
}

/**
 * Two-way scroll sync between the editor and the preview, through the elements' source lines.
 * A scroll the preview makes itself is recognised by its offset and never reported back, and a
 * line the editor echoes after our own report is not followed, so the two never chase each other.
 */
export function useScrollSync(
  scrollerRef: RefObject<HTMLElement | null>,
  { syncLine, onTopLineChange, renders, lineCount }: ScrollSyncOptions
): void {
  const map = useRef<LineAnchor[] | null>(null)
  /** The offset our last programmatic scroll landed on, until its scroll event arrives. */
  const ownScrollTop = useRef<number | null>(null)
  /** The line we last reported; the editor following it must not move us again. */
  const reported = useRef<number | null>(null)
  const appliedRenders = useRef(renders)
  const latest = useRef({ onTopLineChange, lineCount })
  useLayoutEffect(() => {
    latest.current = { onTopLineChange, lineCount }
  })

  const scrollMap = useCallback((scroller: HTMLElement): LineAnchor[] => {
    map.current ??= measure(scroller, latest.current.lineCount)
    return map.current
  }, [])

  useLayoutEffect(() => {
    map.current = null
  }, [renders])

  // Images loading and width changes move everything below them.
  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return undefined
    const forget = (): void => {
      map.current = null
    }
    const resize = new ResizeObserver(forget)
    resize.observe(scroller)
    scroller.addEventListener('load', forget, true)
    return () => {
      resize.disconnect()
      scroller.removeEventListener('load', forget, true)
    }
  }, [scrollerRef])

  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller || syncLine === null) return
    const echo = syncLine === reported.current && appliedRenders.current === renders
    appliedRenders.current = renders
    if (echo) return
    reported.current = null
    const top = Math.round(offsetForLine(scrollMap(scroller), syncLine))
    if (Math.abs(scroller.scrollTop - top) < 1) return
    scroller.scrollTop = top
    ownScrollTop.current = scroller.scrollTop
  }, [scrollerRef, scrollMap, syncLine, renders])

  useEffect(() => {
    const scroller = scrollerRef.current
    if (!scroller) return undefined
    const onScroll = (): void => {
      const own = ownScrollTop.current
      ownScrollTop.current = null
      if (own !== null && Math.abs(scroller.scrollTop - own) < 2) return
      const line = lineForOffset(scrollMap(scroller), scroller.scrollTop)
      if (line === reported.current) return
      reported.current = line
      latest.current.onTopLineChange(line)
    }
    scroller.addEventListener('scroll', onScroll, { passive: true })
    return () => scroller.removeEventListener('scroll', onScroll)
  }, [scrollerRef, scrollMap])
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
