import { useEffect, useState } from 'react'
import type { PixelData } from '@drawing/index'
import { api } from '../../api'

export interface CloudMask {
  /** The mask's pixels; null when the shape needs none or while they load. */
  pixels: PixelData | null
  loading: boolean
  error: string | null
}

/**
 * The pixels of the mask PNG, read in the window: the image loads like any picture of the folder
 * (the asset route or protocol is allowed for images, not for fetch), then its pixels are taken
 * from a canvas for the worker. `version` changes when a mask of the same name was chosen again.
 */
export function useCloudMask(path: string | null, version: number): CloudMask {
  const [state, setState] = useState<{
    key: string
    pixels: PixelData | null
    error: string | null
  }>({ key: '', pixels: null, error: null })
  const key = path === null ? '' : `${path}#${version}`

  useEffect(() => {
    if (path === null) return undefined
    let live = true
    readMaskPixels(api.assetUrl(path), version).then(
      (pixels) => live && setState({ key, pixels, error: null }),
      (error: unknown) =>
        live && setState({ key, pixels: null, error: (error as Error).message || String(error) })
    )
    return () => {
      live = false
    }
  }, [path, version, key])

  if (path === null) return { pixels: null, loading: false, error: null }
  if (state.key !== key) return { pixels: null, loading: true, error: null }
  return { pixels: state.pixels, loading: false, error: state.error }
}

async function readMaskPixels(url: string, version: number): Promise<PixelData> {
  const image = new Image()
  // The same name chosen again is a new picture: the image cache must not answer for it.
  image.src = version > 0 ? `${url}?v=${version}` : url
  await image.decode()
  const bitmap = await createImageBitmap(image)
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('This window cannot read images.')
    ctx.drawImage(bitmap, 0, 0)
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height)
    return { width: data.width, height: data.height, data: data.data }
  } finally {
    bitmap.close()
  }
}
