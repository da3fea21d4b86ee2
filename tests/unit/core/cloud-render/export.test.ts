import { createCanvas, loadImage } from '@napi-rs/canvas'
import { beforeAll, describe, expect, it } from 'vitest'
import { newNodeCanvas } from '@core/cloud-render/node-canvas'
import { renderCloudImage } from '@core/cloud-render/render-cloud'
import type { RenderedCloud } from '@core/cloud-render/render-cloud'
import type { CloudWord } from '@shared/cloud/cloud-words'
import type { CloudImageFormat } from '@shared/cloud/export-types'
import { defaultCloudOptions } from '@shared/cloud/options'
import type { CloudOptions } from '@shared/cloud/options'
import { wordColors } from '@shared/cloud/palettes'
import { reportWords } from '../../drawing/fixture-words'
import { measuredCorners } from '../../drawing/ink'

/** The exported image: exactly the chosen size times the scale, its background, its colours. */

let words: CloudWord[]
beforeAll(async () => {
  words = await reportWords()
}, 60_000)

const base: CloudOptions = {
  ...defaultCloudOptions,
  width: 800,
  height: 600,
  background: '#1e3a5f'
}

function render(
  format: CloudImageFormat,
  changes: Partial<CloudOptions> = {},
  only = words.length
): Promise<RenderedCloud> {
  return renderCloudImage({
    words: words.slice(0, only),
    options: { ...base, ...changes },
    format,
    mask: null
  })
}

interface Decoded {
  width: number
  height: number
  rgba: Uint8ClampedArray
}

async function decode(bytes: Buffer): Promise<Decoded> {
  const image = await loadImage(bytes)
  const canvas = createCanvas(image.width, image.height)
  const ctx = canvas.getContext('2d')
  ctx.drawImage(image, 0, 0)
  return {
    width: image.width,
    height: image.height,
    rgba: ctx.getImageData(0, 0, image.width, image.height).data
  }
}

/**
 * Pixels of the image (at `scale`) that a placed word's measured glyph box, widened by `pad`
 * cloud pixels, reaches: everything else is background.
 */
function nearWords(cloud: RenderedCloud, scale: number, pad: number): Uint8Array {
  const width = cloud.layout.width * scale
  const height = cloud.layout.height * scale
  const near = new Uint8Array(width * height)
  const ctx = newNodeCanvas(1, 1).getContext('2d')
  for (const word of cloud.layout.placed) {
    const corners = measuredCorners(ctx, word)
    const xs = corners.map(([x]) => x)
    const ys = corners.map(([, y]) => y)
    const left = Math.max(0, Math.floor((Math.min(...xs) - pad) * scale))
    const right = Math.min(width, Math.ceil((Math.max(...xs) + pad) * scale))
    const top = Math.max(0, Math.floor((Math.min(...ys) - pad) * scale))
    const bottom = Math.min(height, Math.ceil((Math.max(...ys) + pad) * scale))
    for (let y = top; y < bottom; y++) near.fill(1, y * width + left, y * width + right)
  }
  return near
}

function pixel(image: Decoded, x: number, y: number): number[] {
  const o = (y * image.width + x) * 4
  return [...image.rgba.subarray(o, o + 4)]
}

describe('export', () => {
  it.each([
    ['jpg', 1],
    ['png', 1],
    ['jpg', 2],
    ['png', 2]
  ] as const)(
    '%s at scale %d decodes to exactly the chosen size times the scale, same layout',
    async (format, scale) => {
      const cloud = await render(format, { scale })
      const image = await decode(cloud.bytes)
      expect([image.width, image.height]).toEqual([800 * scale, 600 * scale])
      expect(cloud.layout.placed).toEqual((await render(format, { scale: 1 })).layout.placed)
    },
    60_000
  )

  it.each([1, 2] as const)(
    'at scale %d a PNG is transparent away from the words, a JPG has the background colour',
    async (scale) => {
      const pngCloud = await render('png', { scale })
      // The full cloud leaves no JPEG block clear of words: the background is checked on 12.
      const jpgCloud = await render('jpg', { scale }, 12)
      const [png, jpg] = [await decode(pngCloud.bytes), await decode(jpgCloud.bytes)]

      // Antialiasing reaches a pixel past a glyph's box: 2 px of room.
      const near = nearWords(pngCloud, scale, 2)
      let background = 0
      let opaque = 0
      near.forEach((isNear, i) => {
        if (isNear) return
        background++
        if (png.rgba[i * 4 + 3] !== 0) opaque++
      })
      expect(background).toBeGreaterThan(0)
      expect(opaque).toBe(0)

      // JPEG codes 16x16 blocks (colour at half resolution), and a word's edge disturbs its
      // neighbours: check the centre of every block with no word within 8 px of it.
      const clear = nearWords(jpgCloud, scale, 2 + 8 / scale)
      const width = jpg.width
      let blocks = 0
      const off: string[] = []
      for (let by = 0; by + 16 <= jpg.height; by += 16) {
        for (let bx = 0; bx + 16 <= width; bx += 16) {
          let touched = false
          for (let y = by; y < by + 16 && !touched; y++) {
            touched = clear.subarray(y * width + bx, y * width + bx + 16).includes(1)
          }
          if (touched) continue
          blocks++
          const [r, g, b, a] = pixel(jpg, bx + 8, by + 8)
          const distance = Math.max(Math.abs(r - 0x1e), Math.abs(g - 0x3a), Math.abs(b - 0x5f))
          if (a !== 255 || distance > 2) off.push(`${bx + 8},${by + 8}: ${r},${g},${b},${a}`)
        }
      }
      expect(blocks).toBeGreaterThan(0)
      expect(off).toEqual([])
    },
    60_000
  )

  it('paints every word in a custom colour made readable on the background, and only those', async () => {
    // On the navy background #1d3557 and #d62828 fall short of 3:1 and are lightened.
    const own = ['#d62828', '#1d3557', '#2a9d8f']
    const colors = wordColors('custom', own, base.background)
    expect(colors).toEqual(['#df5353', '#5484c6', '#2a9d8f'])
    const cloud = await render('png', { palette: 'custom', colors: own })
    const used = new Set(cloud.layout.placed.map((w) => w.color.toLowerCase()))
    expect([...used].sort()).toEqual([...colors].sort())

    const image = await decode(cloud.bytes)
    const allowed = new Set(colors.map((c) => parseInt(c.slice(1), 16)))
    let opaque = 0
    const strangers = new Set<string>()
    for (let o = 0; o < image.rgba.length; o += 4) {
      if (image.rgba[o + 3] !== 255) continue
      opaque++
      const rgb = (image.rgba[o] << 16) | (image.rgba[o + 1] << 8) | image.rgba[o + 2]
      if (!allowed.has(rgb)) strangers.add(`#${rgb.toString(16).padStart(6, '0')}`)
    }
    expect(opaque).toBeGreaterThan(0)
    expect([...strangers]).toEqual([])
  }, 60_000)
})
