import { useCallback, useEffect, useLayoutEffect, useRef } from 'react'
import { sourceLineAttribute } from '@shared/markdown/blocks'
import { buildScrollMap, lineAtOffset, offsetForLine } from '@shared/markdown/scroll-map'
import type { LineAnchor } from '@shared/markdown/scroll-map'

export interface FrameScrollSyncOptions {
  postId: string
  /** The source line the editor shows at its top; null: do not follow. */
  syncLine: number | null
  onTopLineChange(line: number): void
}

export interface FrameScrollSync {
  /** Follows a new frame document (first load or reload); returns what stops following it. */
  attach(document: Document, frame: HTMLIFrameElement): () => void
  /** Call after the page changed, with the source's lines: the leading line goes back on top. */
  relayout(lines?: SourceLines): void
}

export interface SourceLines {
  /** Lines of the whole source: the end of the page. */
  count: number
}

/**
 * The Preview's two-way scroll sync (../preview/useScrollSync.ts), for the scrolling element of
 * the Site view's frame: the same scroll map, built from the page's `data-source-line` elements.
 * Whoever scrolled last leads; a scroll we made ourselves is never reported, and the editor
 * echoing our report is not followed. The frame's document scrolls itself, so its scroll events
 * arrive on the document, not on an element the window owns.
 */
export function useFrameScrollSync({
  postId,
  syncLine,
  onTopLineChange
}: FrameScrollSyncOptions): FrameScrollSync {
  const frameDocument = useRef<Document | null>(null)
  const map = useRef<LineAnchor[] | null>(null)
  const anchor = useRef<number | null>(syncLine)
  const ownScrollTop = useRef<number | null>(null)
  const reported = useRef<number | null>(null)
  const lines = useRef<SourceLines>({ count: 0 })
  const latest = useRef({ onTopLineChange, syncLine })
  useLayoutEffect(() => {
    latest.current = { onTopLineChange, syncLine }
  })

  const scrollMap = useCallback((document: Document): LineAnchor[] => {
    map.current ??= measure(document, lines.current)
    return map.current
  }, [])

  const scrollToAnchor = useCallback(() => {
    const document = frameDocument.current
    const scroller = document?.scrollingElement
    if (!document || !scroller || anchor.current === null) return
    const top = Math.round(offsetForLine(scrollMap(document), anchor.current))
    if (Math.abs(scroller.scrollTop - top) < 1) return
    scroller.scrollTop = top
    ownScrollTop.current = scroller.scrollTop
  }, [scrollMap])

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

  const relayout = useCallback(
    (next?: SourceLines) => {
      if (next !== undefined) lines.current = next
      map.current = null
      scrollToAnchor()
    },
    [scrollToAnchor]
  )

  const attach = useCallback(
    (document: Document, frame: HTMLIFrameElement) => {
      frameDocument.current = document
      map.current = null
      const onScroll = (): void => {
        const scroller = document.scrollingElement
        if (!scroller) return
        const own = ownScrollTop.current
        ownScrollTop.current = null
        if (own !== null && Math.abs(scroller.scrollTop - own) < 2) return
        const exact = lineAtOffset(scrollMap(document), scroller.scrollTop)
        anchor.current = exact
        const line = Math.floor(exact)
        if (line === reported.current) return
        reported.current = line
        latest.current.onTopLineChange(line)
      }
      // Images and fonts loading, and a new width or height of the frame, move the page.
      const moved = (): void => relayout()
      const resize = new ResizeObserver(moved)
      resize.observe(frame)
      document.addEventListener('scroll', onScroll, { passive: true })
      document.addEventListener('load', moved, true)
      document.fonts.addEventListener('loadingdone', moved)
      return () => {
        resize.disconnect()
        document.removeEventListener('scroll', onScroll)
        document.removeEventListener('load', moved, true)
        document.fonts.removeEventListener('loadingdone', moved)
        if (frameDocument.current === document) frameDocument.current = null
      }
    },
    [relayout, scrollMap]
  )

  return { attach, relayout }
}

/** Where each element with a source line sits in the frame's scrolled page. */
function measure(document: Document, { count }: SourceLines): LineAnchor[] {
  const scroller = document.scrollingElement
  if (!scroller) return buildScrollMap([], { line: count, top: 0 })
  const origin = -scroller.scrollTop
  const anchors: LineAnchor[] = []
  for (const element of document.querySelectorAll(`[${sourceLineAttribute}]`)) {
    const line = Number(element.getAttribute(sourceLineAttribute))
    if (Number.isFinite(line)) {
      anchors.push({ line, top: element.getBoundingClientRect().top - origin })
    }
  }
  return buildScrollMap(anchors, { line: count, top: scroller.scrollHeight })
}
