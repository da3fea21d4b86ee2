import { layoutCloud } from '@drawing/index'
import type { CanvasFactory, CloudCanvas } from '@drawing/index'
import { loadCloudFonts } from './cloud-fonts'
import type { CloudFontSet } from './cloud-fonts'
import type { LayoutRequest, LayoutResponse } from './cloud-protocol'

/**
 * Lays clouds out off the window's thread: wordcloud2.js places a few hundred words in a few
 * hundred milliseconds, which would freeze typing. Only the layout (plain data) goes back; the
 * window paints it at its own pixel ratio.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null
  postMessage(message: LayoutResponse): void
  fonts: CloudFontSet
  location: { href: string }
}
const scope = self as unknown as WorkerScope

// An OffscreenCanvas has every member the drawing code uses; its DOM types are wider (WebGL
// contexts, gradients) than the drawing code's own canvas interface.
const canvases: CanvasFactory = {
  createCanvas: (width, height) => new OffscreenCanvas(width, height) as unknown as CloudCanvas
}

scope.onmessage = ({ data: request }) => {
  void answer(request).then((response) => scope.postMessage(response))
}

async function answer(request: LayoutRequest): Promise<LayoutResponse> {
  try {
    const started = performance.now()
    await loadCloudFonts(scope.fonts, scope.location.href, request.options.font)
    const layout = await layoutCloud(canvases, {
      words: request.words,
      options: request.options,
      mask: request.mask
    })
    return { id: request.id, layout, ms: performance.now() - started }
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) }
  }
}
