import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { measureSourceLines, ScrollLeader } from '../preview/scroll-leader'

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
 * The Preview's two-way scroll sync (ScrollLeader) for the scrolling element of the Site view's
 * frame, measured from the page's `data-source-line` elements. The frame's document scrolls
 * itself, so its scroll events arrive on the document, not on an element the window owns.
 */
export function useFrameScrollSync({
  postId,
  syncLine,
  onTopLineChange
}: FrameScrollSyncOptions): FrameScrollSync {
  const frameDocument = useRef<Document | null>(null)
  const lines = useRef<SourceLines>({ count: 0 })
  const latestSyncLine = useRef(syncLine)
  const [leader] = useState(() => new ScrollLeader(syncLine))
  useLayoutEffect(() => {
    latestSyncLine.current = syncLine
    leader.setSurface({
      scroller: () => frameDocument.current?.scrollingElement ?? null,
      measure: () => {
        const document = frameDocument.current
        const scroller = document?.scrollingElement
        // Only measured once the leader has found a scroller, so never without a document.
        if (!document || !scroller) return []
        return measureSourceLines(
          document,
          -scroller.scrollTop,
          lines.current.count,
          scroller.scrollHeight
        )
      },
      report: onTopLineChange
    })
  })

  useEffect(() => leader.restart(latestSyncLine.current), [leader, postId])
  useEffect(() => leader.follow(syncLine), [leader, syncLine])

  const relayout = useCallback(
    (next?: SourceLines) => {
      if (next !== undefined) lines.current = next
      leader.relayout()
    },
    [leader]
  )

  const attach = useCallback(
    (document: Document, frame: HTMLIFrameElement) => {
      frameDocument.current = document
      leader.forgetLayout()
      // Images and fonts loading, and a new width or height of the frame, move the page.
      const moved = (): void => leader.relayout()
      const scrolled = (): void => leader.scrolled()
      const resize = new ResizeObserver(moved)
      resize.observe(frame)
      document.addEventListener('scroll', scrolled, { passive: true })
      document.addEventListener('load', moved, true)
      document.fonts.addEventListener('loadingdone', moved)
      return () => {
        resize.disconnect()
        document.removeEventListener('scroll', scrolled)
        document.removeEventListener('load', moved, true)
        document.fonts.removeEventListener('loadingdone', moved)
        if (frameDocument.current === document) frameDocument.current = null
      }
    },
    [leader]
  )

  return { attach, relayout }
}
