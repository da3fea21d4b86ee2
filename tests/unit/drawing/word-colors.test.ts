import { beforeAll, describe, expect, it } from 'vitest'
import { nodeCanvasFactory } from '@core/cloud-render/node-canvas'
import { layoutCloud } from '@drawing/index'
import type { CloudWord } from '@shared/cloud/cloud-words'
import { contrastRatio, minWordContrast } from '@shared/cloud/contrast'
import { defaultCloudOptions } from '@shared/cloud/options'
import type { CloudOptions } from '@shared/cloud/options'
import { paletteNames } from '@shared/cloud/palettes'
import type { PaletteName } from '@shared/cloud/palettes'
import { reportWords } from './fixture-words'

/**
 * The colours a laid-out cloud actually draws its words in (the window and `postcloud cloud` both
 * paint these) stand out against the background: every named palette on white, black and a
 * custom background.
 */

let words: CloudWord[]
beforeAll(async () => {
  // Enough words that every colour of a palette is used, few enough to lay out quickly.
  words = (await reportWords()).slice(0, 60)
}, 60_000)

function colorsUsed(changes: Partial<CloudOptions>): Promise<string[]> {
  return layoutCloud(nodeCanvasFactory(), {
    words,
    options: { ...defaultCloudOptions, width: 600, height: 400, ...changes },
    mask: null
  }).then((layout) => layout.placed.map((word) => word.color))
}

const named = paletteNames.filter(
  (name): name is Exclude<PaletteName, 'custom'> => name !== 'custom'
)

describe('the colours a cloud is drawn in', () => {
  it.each(named)(
    'stand out from white, black and a custom background in palette %s',
    async (palette) => {
      for (const background of ['#ffffff', '#000000', '#1e3a5f']) {
        const used = await colorsUsed({ palette, background })
        expect(used.length).toBeGreaterThan(0)
        const faint = [...new Set(used)].filter(
          (color) => contrastRatio(color, background) < minWordContrast
        )
        expect(faint, `${palette} on ${background}`).toEqual([])
      }
    },
    60_000
  )

  it('stay the same for the same seed, and keep each word’s colour slot', async () => {
    const first = await colorsUsed({ palette: 'viridis', seed: 5 })
    expect(await colorsUsed({ palette: 'viridis', seed: 5 })).toEqual(first)
    // The darkened yellow takes the yellow's place: as many distinct colours as the palette has.
    expect(new Set(first).size).toBe(5)
  }, 60_000)

  it('by word: a word keeps its colour whatever the seed and the other words', async () => {
    const colorOf = async (
      changes: Partial<CloudOptions>,
      count: number
    ): Promise<Map<string, string>> => {
      const layout = await layoutCloud(nodeCanvasFactory(), {
        words: words.slice(0, count),
        options: {
          ...defaultCloudOptions,
          width: 600,
          height: 400,
          palette: 'viridis',
          ...changes
        },
        mask: null
      })
      return new Map(layout.placed.map((word) => [word.text, word.color]))
    }
    const first = await colorOf({ colorBy: 'word', seed: 1 }, 60)
    const second = await colorOf({ colorBy: 'word', seed: 99 }, 40)
    const shared = [...second.keys()].filter((text) => first.has(text))
    expect(shared.length).toBeGreaterThan(20)
    for (const text of shared) expect(second.get(text), text).toBe(first.get(text))
    // By seed (the default), another seed gives some of the same words other colours.
    const seeded = await colorOf({ seed: 1 }, 60)
    const reseeded = await colorOf({ seed: 99 }, 60)
    const moved = [...reseeded.keys()].filter(
      (text) => seeded.has(text) && seeded.get(text) !== reseeded.get(text)
    )
    expect(moved.length).toBeGreaterThan(0)
  }, 60_000)
})
