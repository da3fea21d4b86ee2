import type { CloudCanvas } from './canvas-types'
import { context2d } from './canvas-types'
import type { CloudLayout } from './layout'

export interface PaintOptions {
  /** Canvas pixels per layout pixel: the device pixel ratio on screen, 1 or 2 for an export. */
  scale: number
  /** `#rrggbb`, or null for a transparent background (PNG). */
  background: string | null
}

/** A canvas of the right size for a layout at a scale (the export is exactly width x scale). */
export function paintSize(layout: CloudLayout, scale: number): { width: number; height: number } {
  return { width: Math.round(layout.width * scale), height: Math.round(layout.height * scale) }
}

/** Paints a laid-out cloud: every word with the transform it was laid out with, scaled. */
export function paintCloud(canvas: CloudCanvas, layout: CloudLayout, options: PaintOptions): void {
  const ctx = context2d(canvas)
  const s = options.scale
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.clearRect(0, 0, canvas.width, canvas.height)
  if (options.background !== null) {
    ctx.fillStyle = options.background
    ctx.fillRect(0, 0, canvas.width, canvas.height)
  }
  ctx.textBaseline = 'middle'
  for (const word of layout.placed) {
    const m = word.matrix
    ctx.setTransform(m.a * s, m.b * s, m.c * s, m.d * s, m.e * s, m.f * s)
    ctx.font = word.font
    ctx.fillStyle = word.color
    ctx.fillText(word.text, word.x, word.y)
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0)
}
