import { useLayoutEffect, useState } from 'react'
import type { CSSProperties, RefObject } from 'react'

/**
 * The frame's box for a page width: the page keeps its full width (so the site's own media
 * queries decide its layout) and is scaled down with a CSS transform when the pane is narrower,
 * its height stretched by the same factor so it still fills the pane.
 */
export function useStageScale(
  stageRef: RefObject<HTMLElement | null>,
  pageWidth: number
): { style: CSSProperties; scale: number } {
  const [size, setSize] = useState({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const stage = stageRef.current
    if (!stage) return undefined
    const measure = (): void =>
      setSize((previous) =>
        previous.width === stage.clientWidth && previous.height === stage.clientHeight
          ? previous
          : { width: stage.clientWidth, height: stage.clientHeight }
      )
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(stage)
    return () => observer.disconnect()
  }, [stageRef])

  const scale = size.width > 0 ? Math.min(1, size.width / pageWidth) : 1
  const style: CSSProperties = {
    width: `${pageWidth}px`,
    height: `${Math.max(size.height, 1) / scale}px`,
    transform: scale < 1 ? `scale(${scale})` : undefined,
    // A narrower page than the pane sits in its middle, as a browser window would show it.
    marginLeft: scale < 1 ? 0 : `${Math.max(0, (size.width - pageWidth) / 2)}px`
  }
  return { style, scale }
}
