import { describe, expect, it } from 'vitest'
import {
  contrastRatio,
  minWordContrast,
  readableColor,
  relativeLuminance
} from '@shared/cloud/contrast'
import { paletteNames, palettes, wordColors } from '@shared/cloud/palettes'

/** Backgrounds a writer can pick: white, black, and custom ones (dark navy, mid grey, cream). */
const backgrounds = ['#ffffff', '#000000', '#1e3a5f', '#808080', '#fdf6e3']

/** The hue of a `#rrggbb` colour in degrees (HSL), to show an adjusted colour keeps it. */
function hueOf(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
  const max = Math.max(r, g, b)
  const d = max - Math.min(r, g, b)
  if (d === 0) return 0
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return h * 60
}

describe('contrastRatio', () => {
  it('gives WCAG 2’s figures', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#123456', '#123456')).toBe(1)
    expect(relativeLuminance('#ffffff')).toBe(1)
  })

  it('finds viridis’ yellow unreadable on white: the colour the issue names', () => {
    expect(contrastRatio('#fde725', '#ffffff')).toBeLessThan(minWordContrast)
  })
})

describe('wordColors', () => {
  it.each(paletteNames.filter((name) => name !== 'custom'))(
    'makes every colour of %s stand out on white, black and custom backgrounds',
    (name) => {
      for (const background of backgrounds) {
        for (const color of wordColors(name, [], background)) {
          expect(contrastRatio(color, background), `${color} on ${background}`).toBeGreaterThan(
            minWordContrast - 1e-9
          )
        }
      }
    }
  )

  it('makes the writer’s own custom colours stand out too', () => {
    const colors = ['#ffff00', '#fefefe', '#010101', '#1d3557']
    for (const background of backgrounds) {
      for (const color of wordColors('custom', colors, background)) {
        expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(minWordContrast)
      }
    }
  })

  it('leaves colours that already stand out as they are', () => {
    expect(wordColors('ink', [], '#ffffff')).toEqual([...palettes.ink])
    expect(wordColors('viridis', [], '#ffffff').slice(0, 3)).toEqual(palettes.viridis.slice(0, 3))
  })

  it('darkens on a light background and lightens on a dark one, keeping the hue', () => {
    const onWhite = readableColor('#fde725', '#ffffff')
    const onBlack = readableColor('#440154', '#000000')
    expect(relativeLuminance(onWhite)).toBeLessThan(relativeLuminance('#fde725'))
    expect(relativeLuminance(onBlack)).toBeGreaterThan(relativeLuminance('#440154'))
    expect(Math.abs(hueOf(onWhite) - hueOf('#fde725'))).toBeLessThan(2)
    expect(Math.abs(hueOf(onBlack) - hueOf('#440154'))).toBeLessThan(2)
  })

  it('moves a colour no further than it must: just past 3:1', () => {
    const ratio = contrastRatio(readableColor('#fde725', '#ffffff'), '#ffffff')
    expect(ratio).toBeGreaterThanOrEqual(minWordContrast)
    expect(ratio).toBeLessThan(minWordContrast + 0.1)
  })
})
