// The share of pixels that differ between two screenshots, with pixelmatch's default
// threshold (0.1) and its anti-aliasing detection, so subpixel noise does not count.
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

export interface PixelDifference {
  /** Differing pixels over all pixels, 0..1; 1 when the sizes differ. */
  share: number
  /** The pixelmatch diff image (PNG), to look at where the pages differ. */
  diffPng: Buffer
}

export function pixelDifference(a: Buffer, b: Buffer): PixelDifference {
  const first = PNG.sync.read(a)
  const second = PNG.sync.read(b)
  if (first.width !== second.width || first.height !== second.height) {
    return { share: 1, diffPng: b }
  }
  const { width, height } = first
  const diff = new PNG({ width, height })
  const differing = pixelmatch(first.data, second.data, diff.data, width, height, {
    threshold: 0.1
  })
  return { share: differing / (width * height), diffPng: PNG.sync.write(diff) }
}
