import { describe, expect, it } from 'vitest'
import { fillBudget, fitFontSizes } from '@shared/cloud/sizing'
import type { SizingInput } from '@shared/cloud/sizing'
import { seededRandom } from '@shared/cloud/seeded-random'

/** Font sizes from the area budget: pure, so checked on made-up word lists of every shape. */

/** Counts falling like a report's (a long tail of 2s and 3s), highest first. */
function zipfCounts(n: number, top = 40): number[] {
  return Array.from({ length: n }, (_, i) => Math.max(2, Math.round(top / (i + 1) ** 0.8)))
}

/** Chinese words of 2 to 4 characters (1 em each), with a few long English names. */
function emWidths(n: number, seed = 3): number[] {
  const random = seededRandom(seed)
  return Array.from({ length: n }, () =>
    random() < 0.05 ? 4 + random() * 5 : 2 + Math.floor(random() * 3)
  )
}

function input(changes: Partial<SizingInput>): SizingInput {
  const n = changes.counts?.length ?? 200
  return {
    counts: zipfCounts(n),
    emWidths: emWidths(n),
    width: 1200,
    height: 800,
    insideShare: 1,
    minFontSize: 10,
    ...changes
  }
}

const boxArea = (sizes: number[], ems: readonly number[]): number =>
  sizes.reduce((sum, s, i) => sum + ems[i] * s * s * 1.15, 0)

const canvases: Array<[number, number, number]> = [
  [1200, 800, 1],
  [1600, 900, 1],
  [1080, 1080, Math.PI / 4],
  [800, 600, 1],
  [300, 200, 0.5]
]

describe('fitFontSizes', () => {
  it('returns no sizes for no words', () => {
    expect(fitFontSizes(input({ counts: [], emWidths: [] }))).toEqual([])
  })

  it.each(canvases)(
    '%dx%d (inside %f): never below the minimum font size',
    (width, height, insideShare) => {
      for (const minFontSize of [4, 10, 24]) {
        const sizes = fitFontSizes(input({ width, height, insideShare, minFontSize }))
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(minFontSize)
      }
    }
  )

  it.each(canvases)(
    '%dx%d: sizes never grow as counts fall (words of one width)',
    (width, height, insideShare) => {
      const counts = zipfCounts(200)
      const sizes = fitFontSizes(
        input({ counts, emWidths: counts.map(() => 3), width, height, insideShare })
      )
      for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1])
      // Equal counts get equal sizes.
      expect(sizes[198]).toBe(sizes[199])
    }
  )

  it.each(canvases)(
    '%dx%d: the top word fits the canvas, however long',
    (width, height, insideShare) => {
      for (const topEm of [1, 2, 6, 20]) {
        const ems = [topEm, ...emWidths(199)]
        const [top] = fitFontSizes(input({ emWidths: ems, width, height, insideShare }))
        expect(top * topEm).toBeLessThanOrEqual(width)
        expect(top).toBeLessThanOrEqual(height)
      }
    }
  )

  it('grows a few words to fill the canvas: larger than at the head of a long list', () => {
    const few = input({ counts: [9, 5, 3], emWidths: [2, 2, 3] })
    const sizes = fitFontSizes(few)
    // Their boxes claim the whole canvas (the budget itself may be out of reach: no word grows
    // past 95% of the width or 80% of the height).
    expect(boxArea(sizes, few.emWidths)).toBeGreaterThanOrEqual(
      Math.min(fillBudget, 1) * 1200 * 800
    )
    const long = fitFontSizes(
      input({ counts: [9, 5, 3, ...zipfCounts(197, 3)], emWidths: [2, 2, 3, ...emWidths(197)] })
    )
    sizes.forEach((size, i) => expect(size).toBeGreaterThan(long[i]))
    expect(sizes[0]).toBeGreaterThan(sizes[1])
  })

  it('a single word fills the width rather than the budget when it cannot fill both', () => {
    const [size] = fitFontSizes(input({ counts: [5], emWidths: [2] }))
    expect(size * 2).toBeLessThanOrEqual(1200)
    expect(size * 2).toBeGreaterThan(0.9 * 1200)
  })

  it('claims about the fill budget for a long list', () => {
    const long = input({})
    const area = boxArea(fitFontSizes(long), long.emWidths)
    expect(area / (fillBudget * 1200 * 800)).toBeGreaterThan(0.95)
    expect(area / (fillBudget * 1200 * 800)).toBeLessThan(1.05)
  })
})
