import { createCanvas, loadImage } from '@napi-rs/canvas'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderCloudImage } from '@core/cloud-render/render-cloud'
import type { CloudWord } from '@shared/cloud/cloud-words'
import { defaultCloudOptions } from '@shared/cloud/options'
import { reportWords } from '../../drawing/fixture-words'

/**
 * A PNG silhouette keeps the cloud inside it: every inked pixel of the exported picture lies in
 * the silhouette, scaled to fit the canvas in proportion and centred, give or take 2 px of edge.
 */

let words: CloudWord[]
beforeAll(async () => {
  words = await reportWords()
}, 60_000)

/** The classic heart curve (x² + y² − 1)³ − x²y³ <= 0, y up, filling the image. */
function inHeart(px: number, py: number, width: number, height: number): boolean {
  const x = ((px + 0.5) / width) * 2.6 - 1.3
  const y = 1.3 - ((py + 0.5) / height) * 2.6 + 0.1
  return (x * x + y * y - 1) ** 3 - x * x * y ** 3 <= 0
}

/** Black heart on white, set pixel by pixel: no antialiased edge, so inside is exact. */
function heartPng(width: number, height: number): { png: Buffer; inside: boolean[] } {
  const canvas = createCanvas(width, height)
  const ctx = canvas.getContext('2d')
  const image = ctx.createImageData(width, height)
  const inside: boolean[] = []
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const isIn = inHeart(x, y, width, height)
      inside.push(isIn)
      const o = (y * width + x) * 4
      image.data.fill(isIn ? 0 : 255, o, o + 3)
      image.data[o + 3] = 255
    }
  }
  ctx.putImageData(image, 0, 0)
  return { png: canvas.toBuffer('image/png'), inside }
}

/** Canvas pixels within `tolerance` px of the silhouette once it is fitted and centred. */
function allowedArea(
  mask: { width: number; height: number; inside: boolean[] },
  width: number,
  height: number,
  tolerance: number
): Uint8Array {
  const fit = Math.min(width / mask.width, height / mask.height)
  const offsetX = (width - mask.width * fit) / 2
  const offsetY = (height - mask.height * fit) / 2
  const allowed = new Uint8Array(width * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const mx = Math.floor((x - offsetX) / fit)
      const my = Math.floor((y - offsetY) / fit)
      if (mx < 0 || my < 0 || mx >= mask.width || my >= mask.height) continue
      if (!mask.inside[my * mask.width + mx]) continue
      for (let dy = -tolerance; dy <= tolerance; dy++) {
        for (let dx = -tolerance; dx <= tolerance; dx++) {
          const ax = x + dx
          const ay = y + dy
          if (ax >= 0 && ay >= 0 && ax < width && ay < height) allowed[ay * width + ax] = 1
        }
      }
    }
  }
  return allowed
}

const cases: Array<[string, { width: number; height: number }, { width: number; height: number }]> =
  [
    ['a wide heart on a 1200x800 cloud', { width: 240, height: 200 }, { width: 1200, height: 800 }],
    [
      'a tall heart on a 1080x1080 cloud',
      { width: 150, height: 300 },
      { width: 1080, height: 1080 }
    ]
  ]

describe('mask shape', () => {
  it.each(cases)(
    '%s: every inked pixel lies in the silhouette',
    async (_name, maskSize, size) => {
      const { png, inside } = heartPng(maskSize.width, maskSize.height)
      const rendered = await renderCloudImage({
        words,
        options: { ...defaultCloudOptions, ...size, shape: 'mask', mask: 'heart.png' },
        format: 'png',
        mask: png
      })
      expect(rendered.layout.placed.map((w) => w.word)).toContain(words[0].word)

      const image = await loadImage(rendered.bytes)
      const canvas = createCanvas(image.width, image.height)
      const ctx = canvas.getContext('2d')
      ctx.drawImage(image, 0, 0)
      const rgba = ctx.getImageData(0, 0, image.width, image.height).data
      const allowed = allowedArea({ ...maskSize, inside }, size.width, size.height, 2)
      let inked = 0
      let strays = 0
      for (let i = 0; i < allowed.length; i++) {
        if (rgba[i * 4 + 3] === 0) continue
        inked++
        if (!allowed[i]) strays++
      }
      expect(inked).toBeGreaterThan(0)
      expect(strays).toBe(0)
    },
    60_000
  )
})
