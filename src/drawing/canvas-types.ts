/**
 * The little of a canvas the drawing code uses, so the same code runs on a browser
 * OffscreenCanvas and on an @napi-rs/canvas Canvas under Node.
 */

export interface Matrix2D {
  a: number
  b: number
  c: number
  d: number
  e: number
  f: number
}

export interface PixelData {
  width: number
  height: number
  data: Uint8ClampedArray
}

export interface CloudContext {
  font: string
  fillStyle: unknown
  textBaseline: string
  globalCompositeOperation: string
  save(): void
  restore(): void
  scale(x: number, y: number): void
  translate(x: number, y: number): void
  rotate(angle: number): void
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void
  getTransform(): Matrix2D
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  fillRect(x: number, y: number, w: number, h: number): void
  clearRect(x: number, y: number, w: number, h: number): void
  beginPath(): void
  ellipse(
    x: number,
    y: number,
    rx: number,
    ry: number,
    rotation: number,
    start: number,
    end: number
  ): void
  fill(): void
  getImageData(x: number, y: number, w: number, h: number): PixelData
  putImageData(data: PixelData, x: number, y: number): void
  createImageData(w: number, h: number): PixelData
}

export interface CloudCanvas {
  width: number
  height: number
  getContext(type: '2d', options?: { willReadFrequently?: boolean }): CloudContext | null
}

/** What the platform hands the drawing code: how to make canvases (fonts are loaded beforehand). */
export interface CanvasFactory {
  createCanvas(width: number, height: number): CloudCanvas
}

export function context2d(canvas: CloudCanvas): CloudContext {
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('This canvas cannot draw 2D graphics.')
  return ctx
}
