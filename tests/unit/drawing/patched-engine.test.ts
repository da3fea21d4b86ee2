import { beforeAll, describe, expect, it } from 'vitest'
import { nodeCanvasFactory } from '@core/cloud-render/node-canvas'
import { layoutCloud } from '@drawing/index'
import type { CanvasFactory, CloudCanvas } from '@drawing/index'
import type { CloudWord } from '@shared/cloud/cloud-words'
import { defaultCloudOptions } from '@shared/cloud/options'
import { reportWords } from './fixture-words'

/**
 * wordcloud2.js as installed carries patches/wordcloud+1.2.3.patch (patch-package, run after every
 * install). Without it layouts come out the same, only slower; this test is what notices an
 * install that skipped the patch (`npm ci --ignore-scripts`, or a new wordcloud version).
 */

interface Read {
  canvas: { width: number; height: number }
  area: { width: number; height: number }
}

/** Node canvases that note every pixel read-back: which canvas, and what part of it. */
function spyingFactory(reads: Read[]): CanvasFactory {
  const real = nodeCanvasFactory()
  return {
    createCanvas(width, height): CloudCanvas {
      const canvas = real.createCanvas(width, height)
      const getContext = canvas.getContext.bind(canvas)
      canvas.getContext = (type, options) => {
        const ctx = getContext(type, options)
        if (ctx && !Object.hasOwn(ctx, 'getImageData')) {
          const getImageData = ctx.getImageData.bind(ctx)
          ctx.getImageData = (x, y, w, h) => {
            reads.push({
              canvas: { width: canvas.width, height: canvas.height },
              area: { width: w, height: h }
            })
            return getImageData(x, y, w, h)
          }
        }
        return ctx
      }
      return canvas
    }
  }
}

let words: CloudWord[]
beforeAll(async () => {
  words = await reportWords()
}, 60_000)

describe('the patched wordcloud2.js', () => {
  it('reads back only the pixels around each word it measures, not the word’s whole box', async () => {
    const reads: Read[] = []
    const options = { ...defaultCloudOptions, width: 1200, height: 800 }
    const cloud = await layoutCloud(spyingFactory(reads), { words, options, mask: null })
    expect(cloud.placed.length).toBeGreaterThanOrEqual(190)

    // The layout canvas is read whole once per pass, and a 1x1 canvas gives the background pixel.
    const measuring = reads.filter(
      (r) => !(r.canvas.width === 1200 && r.canvas.height === 800) && r.canvas.width > 1
    )
    expect(measuring.length).toBeGreaterThanOrEqual(cloud.placed.length)
    const boxes = measuring.reduce((sum, r) => sum + r.canvas.width * r.canvas.height, 0)
    const read = measuring.reduce((sum, r) => sum + r.area.width * r.area.height, 0)
    expect(read / boxes).toBeLessThan(0.5)
    for (const r of measuring) {
      expect(r.area.width * r.area.height).toBeLessThan(r.canvas.width * r.canvas.height)
    }
  }, 60_000)
})
