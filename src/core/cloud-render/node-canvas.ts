import { createRequire } from 'node:module'
import { createCanvas, GlobalFonts, loadImage } from '@napi-rs/canvas'
import type { Canvas } from '@napi-rs/canvas'
import type { CanvasFactory, CloudCanvas, PixelData } from '@drawing/index'
import { bundledHanFamily, bundledLatinFamily } from '@drawing/index'

/**
 * @napi-rs/canvas as the drawing module's canvas, with the bundled Noto Sans SC registered first:
 * a Node canvas never loads fonts by itself, and without these Chinese would come out as boxes on
 * a machine without CJK fonts.
 */

const fontFiles = [
  [bundledLatinFamily, '@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff2'],
  [
    bundledHanFamily,
    '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2'
  ]
] as const

let registered = false

function registerBundledFonts(): void {
  if (registered) return
  const require = createRequire(import.meta.url)
  for (const [family, file] of fontFiles) {
    const path = require.resolve(file)
    if (!GlobalFonts.registerFromPath(path, family)) {
      throw new Error(`The bundled font ${path} could not be loaded.`)
    }
  }
  registered = true
}

export function nodeCanvasFactory(): CanvasFactory {
  registerBundledFonts()
  return { createCanvas: (width, height) => createCanvas(width, height) as unknown as CloudCanvas }
}

export function newNodeCanvas(width: number, height: number): Canvas {
  registerBundledFonts()
  return createCanvas(width, height)
}

/** The pixels of a PNG silhouette, for a shaped cloud. */
export async function decodeMask(png: Uint8Array): Promise<PixelData> {
  const image = await loadImage(Buffer.from(png))
  const canvas = createCanvas(image.width, image.height)
  const ctx = canvas.getContext('2d')
  ctx.drawImage(image, 0, 0)
  const data = ctx.getImageData(0, 0, image.width, image.height)
  return { width: data.width, height: data.height, data: data.data }
}
