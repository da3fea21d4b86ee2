import type { CanvasFactory, CloudCanvas, CloudContext, Matrix2D, PixelData } from './canvas-types'

/** Pixels of margin around a word's measured ink box: antialiasing reaches past it. */
const margin = 3

interface DrawnText {
  text: string
  x: number
  y: number
  matrix: Matrix2D
}

type MeasuringCanvas = CloudCanvas & { setAttribute(name: string, value: unknown): void }

/**
 * The canvas wordcloud2.js measures each word on: it draws the word in a box three times the
 * font size tall and twice as wide as the word needs, then reads every pixel of the box back to
 * find the grid cells the glyphs cover. Reading pixels back is the slow part of a canvas (about
 * 10 ns a pixel on @napi-rs/canvas; over a 300 px headline that is tens of milliseconds), and the
 * glyphs cover a third of the box at most. So this canvas reads back only the rectangle around
 * the drawn text (its measured ink box plus a margin) and returns the box's pixels with the rest
 * left transparent, exactly as a full read of the freshly cleared canvas would give them.
 */
export function measuringCanvas(factory: CanvasFactory): MeasuringCanvas {
  const canvas = factory.createCanvas(1, 1) as MeasuringCanvas
  let drawn: DrawnText | null = null
  let context: CloudContext | null = null
  canvas.setAttribute = (name, value) => {
    if (name !== 'width' && name !== 'height') return
    canvas[name] = Number(value)
    drawn = null
  }
  const getContext = canvas.getContext.bind(canvas)
  canvas.getContext = (type, options) => {
    const real = getContext(type, options)
    if (!real) return real
    context ??= new Proxy(real, {
      get(target, key) {
        if (key === 'fillText') {
          return (text: string, x: number, y: number) => {
            // More than one text on the canvas: fall back to reading everything.
            drawn = drawn === null ? { text, x, y, matrix: target.getTransform() } : null
            target.fillText(text, x, y)
          }
        }
        if (key === 'getImageData') {
          return (x: number, y: number, w: number, h: number) =>
            drawn && x === 0 && y === 0 && w === canvas.width && h === canvas.height
              ? readAroundText(target, drawn, w, h)
              : target.getImageData(x, y, w, h)
        }
        const value = Reflect.get(target, key, target) as unknown
        return typeof value === 'function'
          ? (value as (...args: unknown[]) => unknown).bind(target)
          : value
      },
      set(target, key, value) {
        return Reflect.set(target, key, value, target)
      }
    })
    return context
  }
  return canvas
}

function readAroundText(
  ctx: CloudContext,
  drawn: DrawnText,
  width: number,
  height: number
): PixelData {
  const box = ctx.measureText(drawn.text) as TextMetrics
  const left = drawn.x - box.actualBoundingBoxLeft
  const right = drawn.x + box.actualBoundingBoxRight
  const top = drawn.y - box.actualBoundingBoxAscent
  const bottom = drawn.y + box.actualBoundingBoxDescent
  const m = drawn.matrix
  const corners = [
    [left, top],
    [right, top],
    [left, bottom],
    [right, bottom]
  ].map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f])
  const x0 = clamp(Math.floor(Math.min(...corners.map((c) => c[0]))) - margin, width)
  const x1 = clamp(Math.ceil(Math.max(...corners.map((c) => c[0]))) + margin, width)
  const y0 = clamp(Math.floor(Math.min(...corners.map((c) => c[1]))) - margin, height)
  const y1 = clamp(Math.ceil(Math.max(...corners.map((c) => c[1]))) + margin, height)
  const data = new Uint8ClampedArray(width * height * 4)
  if (x1 > x0 && y1 > y0) {
    const part = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data
    const rowBytes = (x1 - x0) * 4
    for (let row = 0; row < y1 - y0; row++) {
      data.set(part.subarray(row * rowBytes, (row + 1) * rowBytes), ((y0 + row) * width + x0) * 4)
    }
  }
  return { width, height, data }
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value))
}
