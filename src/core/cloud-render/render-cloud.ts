import { performance } from 'node:perf_hooks'
import { layoutCloud, paintCloud, paintSize, prepareLayout } from '@drawing/index'
import type { CloudCanvas, CloudLayout } from '@drawing/index'
import type { Canvas } from '@napi-rs/canvas'
import type { CloudImageRequest, CloudRenderer } from './cloud-image'
import { decodeMask, newNodeCanvas, nodeCanvasFactory } from './node-canvas'

export interface RenderedCloud {
  bytes: Buffer
  layout: CloudLayout
  /** Layout plus painting and encoding, in milliseconds. */
  ms: number
  /**
   * Share of the image's pixels that differ from the background (the cloud's ink), 0..1: a read
   * of every pixel, so only reported figures ask for it, not every image of a batch.
   */
  measureInk(): number
}

/**
 * A cloud image on a Node canvas: the same layout the window draws for the same words, options and
 * seed, painted at the export scale and encoded. A PNG keeps its background transparent.
 */
export async function renderCloudImage(request: CloudImageRequest): Promise<RenderedCloud> {
  const { options } = request
  const mask = options.shape === 'mask' && request.mask ? await decodeMask(request.mask) : null
  const canvases = nodeCanvasFactory()
  // Start-up (loading wordcloud2.js and the fonts' glyphs) is not part of the timed drawing.
  await prepareLayout(canvases, options.font)
  const started = performance.now()
  const layout = await layoutCloud(canvases, { words: request.words, options, mask })
  const size = paintSize(layout, options.scale)
  const canvas = newNodeCanvas(size.width, size.height)
  paintCloud(canvas as unknown as CloudCanvas, layout, {
    scale: options.scale,
    background: request.format === 'png' ? null : options.background
  })
  const bytes =
    request.format === 'png'
      ? await canvas.encode('png')
      : await canvas.encode('jpeg', options.quality)
  const ms = Math.round(performance.now() - started)
  return {
    bytes,
    layout,
    ms,
    measureInk: () => inkedShare(canvas, request.format === 'png' ? null : options.background)
  }
}

/** Pixels that differ from the background colour (or, without one, that are not fully transparent). */
function inkedShare(canvas: Canvas, background: string | null): number {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height)
  const bg =
    background === null ? null : [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16))
  let inked = 0
  for (let i = 0; i < data.length; i += 4) {
    const differs = bg
      ? data[i] !== bg[0] || data[i + 1] !== bg[1] || data[i + 2] !== bg[2]
      : data[i + 3] !== 0
    if (differs) inked++
  }
  return inked / (canvas.width * canvas.height)
}

/** Draws in this thread, one image at a time, as a single `postcloud cloud` does; reports its ink. */
export const renderInThread: CloudRenderer = async (request) => {
  const image = await renderCloudImage(request)
  return {
    bytes: image.bytes,
    requested: image.layout.requested,
    placed: image.layout.placed.length,
    ms: image.ms,
    inked: image.measureInk()
  }
}
