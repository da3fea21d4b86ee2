import type { SKRSContext2D } from '@napi-rs/canvas'
import { newNodeCanvas } from '@core/cloud-render/node-canvas'
import { paintCloud } from '@drawing/index'
import type { CloudCanvas, CloudLayout, PlacedWord } from '@drawing/index'

/**
 * Each placed word painted alone, as its pixels. A canvas clips what falls off its edge, so a word
 * cut off at the border would look inside; the words are painted on a canvas larger by `margin`
 * on every side (the layout moved by it), where ink beyond the cloud's edge stays visible.
 */
export const margin = 64

export interface WordInk {
  word: PlacedWord
  /** Alpha of every pixel of the padded canvas, row by row. */
  alpha: Uint8Array
}

export function paddedSize(layout: CloudLayout): { width: number; height: number } {
  return { width: layout.width + 2 * margin, height: layout.height + 2 * margin }
}

export function paintAlone(layout: CloudLayout, word: PlacedWord): WordInk {
  const size = paddedSize(layout)
  const shifted: PlacedWord = {
    ...word,
    matrix: { ...word.matrix, e: word.matrix.e + margin, f: word.matrix.f + margin }
  }
  const canvas = newNodeCanvas(size.width, size.height)
  paintCloud(
    canvas as unknown as CloudCanvas,
    { ...layout, ...size, placed: [shifted] },
    {
      scale: 1,
      background: null
    }
  )
  const rgba = canvas.getContext('2d').getImageData(0, 0, size.width, size.height).data
  const alpha = new Uint8Array(size.width * size.height)
  for (let i = 0, j = 3; i < alpha.length; i++, j += 4) alpha[i] = rgba[j]
  return { word, alpha }
}

export interface InkCheck {
  /** Pixels inked (alpha > 0) outside the cloud's canvas. */
  outside: number
  /** Pixels inked with alpha >= 128 by two words, and the first such pair. */
  overlaps: number
  firstOverlap: string | null
  /** Words with no ink at all (a word drawn off the canvas entirely, or not drawn). */
  blank: string[]
}

export function checkInk(layout: CloudLayout): InkCheck {
  const { width } = paddedSize(layout)
  const owner = new Int16Array(width * (layout.height + 2 * margin)).fill(-1)
  const result: InkCheck = { outside: 0, overlaps: 0, firstOverlap: null, blank: [] }
  layout.placed.forEach((word, index) => {
    const { alpha } = paintAlone(layout, word)
    let inked = 0
    for (let i = 0; i < alpha.length; i++) {
      if (alpha[i] === 0) continue
      inked++
      const x = i % width
      const y = (i - x) / width
      const inside =
        x >= margin && y >= margin && x < margin + layout.width && y < margin + layout.height
      if (!inside) result.outside++
      if (alpha[i] < 128) continue
      if (owner[i] >= 0) {
        result.overlaps++
        result.firstOverlap ??= `${layout.placed[owner[i]].text} / ${word.text} at ${x - margin},${y - margin}`
      } else owner[i] = index
    }
    if (inked === 0) result.blank.push(word.text)
  })
  return result
}

/** The text's measured box (glyph extents), through the word's transform, in canvas pixels. */
export function measuredCorners(ctx: SKRSContext2D, word: PlacedWord): Array<[number, number]> {
  ctx.font = word.font
  ctx.textBaseline = 'middle'
  const m = ctx.measureText(word.text)
  const left = word.x - m.actualBoundingBoxLeft
  const right = word.x + m.actualBoundingBoxRight
  const top = word.y - m.actualBoundingBoxAscent
  const bottom = word.y + m.actualBoundingBoxDescent
  const { a, b, c, d, e, f } = word.matrix
  return [
    [left, top],
    [right, top],
    [left, bottom],
    [right, bottom]
  ].map(([x, y]) => [a * x + c * y + e, b * x + d * y + f])
}
