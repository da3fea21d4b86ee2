import { useEffect, useRef, useState } from 'react'
import { paintCloud } from '@drawing/index'
import type { CloudCanvas as DrawingCanvas, CloudLayout } from '@drawing/index'
import { loadCloudFonts } from './cloud-fonts'

interface Props {
  layout: CloudLayout | null
  /** Width and height of the cloud being made: the box keeps its aspect before the first layout. */
  width: number
  height: number
  background: string
  font: string | null
  label: string
}

/** The picture never takes more than this share of the window's height, whatever its aspect. */
const maxHeightShare = 0.5

/**
 * The cloud on screen: as wide as the panel (or as the height allows), keeping the cloud's aspect,
 * and painted at the device pixel ratio, so it is sharp on HiDPI screens. Only the painting
 * happens here; the layout comes from the worker.
 */
export function CloudCanvas(props: Props): React.JSX.Element {
  const { layout, width, height, background, font, label } = props
  const boxRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [room, setRoom] = useState({ width: 0, height: 0, ratio: 1 })

  useEffect(() => {
    const box = boxRef.current
    if (!box) return undefined
    const measure = (): void =>
      setRoom({
        width: box.clientWidth,
        height: window.innerHeight * maxHeightShare,
        ratio: window.devicePixelRatio || 1
      })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(box)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [])

  const aspect = (layout?.width ?? width) / (layout?.height ?? height)
  const cssWidth = Math.max(0, Math.floor(Math.min(room.width, room.height * aspect)))

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || cssWidth === 0) return undefined
    if (!layout) {
      canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height)
      return undefined
    }
    let live = true
    const scale = (cssWidth * room.ratio) / layout.width
    void loadCloudFonts(document.fonts, document.baseURI, font).then(() => {
      if (!live) return
      canvas.width = Math.round(layout.width * scale)
      canvas.height = Math.round(layout.height * scale)
      // A canvas element has every member the drawing code uses.
      paintCloud(canvas as unknown as DrawingCanvas, layout, { scale, background })
      canvas.dataset.painted = String(Number(canvas.dataset.painted ?? 0) + 1)
    })
    return () => {
      live = false
    }
  }, [layout, background, font, cssWidth, room.ratio])

  return (
    <div ref={boxRef} className="cloud-canvas-box">
      <canvas
        ref={canvasRef}
        className="cloud-canvas"
        data-testid="cloud-canvas"
        role="img"
        aria-label={label}
        style={{ width: cssWidth, height: cssWidth / aspect }}
      />
    </div>
  )
}
