import { paintCloud, paintSize } from '@drawing/index'
import type { CloudCanvas, CloudLayout } from '@drawing/index'
import type { CloudImageFormat } from '@shared/cloud/export-types'
import type { CloudOptions } from '@shared/cloud/options'
import { loadCloudFonts } from './cloud-fonts'
import { bytesToBase64 } from '../../base64'

/**
 * The cloud as an image file: the layout painted at the export scale, exactly width x scale by
 * height x scale pixels, on the background colour (JPG) or on nothing (PNG, transparent).
 */
export async function cloudImage(
  layout: CloudLayout,
  options: CloudOptions,
  format: CloudImageFormat,
  transparent = format === 'png'
): Promise<Blob> {
  await loadCloudFonts(document.fonts, document.baseURI, options.font)
  const { width, height } = paintSize(layout, options.scale)
  const canvas = new OffscreenCanvas(width, height)
  paintCloud(canvas as unknown as CloudCanvas, layout, {
    scale: options.scale,
    background: transparent ? null : options.background
  })
  return canvas.convertToBlob(
    format === 'jpg'
      ? { type: 'image/jpeg', quality: options.quality / 100 }
      : { type: 'image/png' }
  )
}

/** A file's bytes as base64, the form the contract carries images in. */
export async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()))
}
