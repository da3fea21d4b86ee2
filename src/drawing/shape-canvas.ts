import type { CloudShape } from '@shared/cloud/options'
import type { CloudCanvas, PixelData } from './canvas-types'
import { context2d } from './canvas-types'

/** wordcloud2.js takes every pixel that differs from this colour as taken. */
export const layoutBackground = '#ffffff'

/**
 * Prepares the layout canvas for a shape: white inside, black outside, so wordcloud2.js (run with
 * `clearCanvas: false`) places words only inside. Returns the share of the canvas inside, which
 * the sizing uses as its area. The final picture is painted from the recorded words on a clean
 * canvas, so the black never shows.
 */
export function prepareShape(
  canvas: CloudCanvas,
  shape: CloudShape,
  mask: PixelData | null
): number {
  const ctx = context2d(canvas)
  const { width, height } = canvas
  ctx.fillStyle = layoutBackground
  ctx.fillRect(0, 0, width, height)
  if (shape === 'rectangle') return 1
  if (shape === 'ellipse') {
    ctx.fillStyle = '#000000'
    ctx.fillRect(0, 0, width, height)
    ctx.fillStyle = layoutBackground
    ctx.beginPath()
    ctx.ellipse(width / 2, height / 2, width / 2, height / 2, 0, 0, Math.PI * 2)
    ctx.fill()
    return Math.PI / 4
  }
  if (!mask) throw new Error('The mask image is missing.')
  return paintMask(canvas, mask)
}

/**
 * A silhouette scaled to fit the canvas (kept in proportion, centred): its opaque, non-white
 * pixels are inside, like amueller's masks where white means "no words here".
 */
function paintMask(canvas: CloudCanvas, mask: PixelData): number {
  const ctx = context2d(canvas)
  const { width, height } = canvas
  const fit = Math.min(width / mask.width, height / mask.height)
  const offsetX = (width - mask.width * fit) / 2
  const offsetY = (height - mask.height * fit) / 2
  const out = ctx.createImageData(width, height)
  let inside = 0
  for (let y = 0; y < height; y++) {
    const my = Math.floor((y - offsetY) / fit)
    for (let x = 0; x < width; x++) {
      const mx = Math.floor((x - offsetX) / fit)
      const o = (y * width + x) * 4
      const isInside =
        mx >= 0 && my >= 0 && mx < mask.width && my < mask.height && maskPixelInside(mask, mx, my)
      const value = isInside ? 255 : 0
      out.data[o] = out.data[o + 1] = out.data[o + 2] = value
      out.data[o + 3] = 255
      if (isInside) inside++
    }
  }
  ctx.putImageData(out, 0, 0)
  if (inside === 0) throw new Error('The mask image has no opaque, non-white area to fill.')
  return inside / (width * height)
}

function maskPixelInside(mask: PixelData, x: number, y: number): boolean {
  const i = (y * mask.width + x) * 4
  const d = mask.data
  if (d[i + 3] < 128) return false
  return d[i] + d[i + 1] + d[i + 2] < 3 * 250
}
