/** Cloud drawing shared by the window (in a worker, on an OffscreenCanvas) and the command line (@napi-rs/canvas). */
export { layoutCloud, gridSizeFor, prepareLayout } from './layout'
export type { CloudLayout, LayoutInput, PlacedWord } from './layout'
export { paintCloud, paintSize } from './paint'
export type { PaintOptions } from './paint'
export { cloudFontStack, bundledHanFamily, bundledLatinFamily } from './font-stack'
export type { CanvasFactory, CloudCanvas, PixelData } from './canvas-types'
