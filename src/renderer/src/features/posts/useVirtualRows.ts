import { useEffect, useState } from 'react'
import type { RefObject } from 'react'

export interface VirtualWindow {
  /** Index of the first row to render. */
  start: number
  /** One past the last row to render. */
  end: number
  onScroll(): void
}

/**
 * Which rows of a fixed-height list are on screen (plus a margin), so that a folder of 10,000 posts
 * puts a few dozen rows in the DOM instead of 10,000.
 */
export function useVirtualRows(
  container: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan = 8
): VirtualWindow {
  const [view, setView] = useState({ top: 0, height: 800 })
  const measure = (): void => {
    const element = container.current
    if (element) setView({ top: element.scrollTop, height: element.clientHeight })
  }
  useEffect(() => {
    const element = container.current
    if (!element) return undefined
    // A ResizeObserver reports once on observe, which is the first measurement too.
    const observer = new ResizeObserver(() =>
      setView({ top: element.scrollTop, height: element.clientHeight })
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [container])
  const start = Math.max(0, Math.floor(view.top / rowHeight) - overscan)
  const end = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + overscan)
  return { start, end, onScroll: measure }
}
