/** The options of one post's word cloud: what the panel edits, `.postcloud/` remembers and the CLI takes. */

import { emphasisValues } from '../analysis'
import type { Emphasis } from '../analysis'
import { isPlainObject } from '../contract-arguments/checks'
import { PostcloudError } from '../errors'
import { paletteNames } from './palettes'
import type { PaletteName } from './palettes'

export type CloudShape = 'rectangle' | 'ellipse' | 'mask'
/** none: all horizontal; some: a share turned upright (90°); mixed: a share at -90, -45, 45 or 90°. */
export type CloudRotation = 'none' | 'some' | 'mixed'

export interface CloudOptions {
  width: number
  height: number
  maxWords: number
  shape: CloudShape
  /** Folder-relative path of a PNG silhouette (opaque = inside), used when `shape` is `mask`. */
  mask: string | null
  palette: PaletteName
  /** Colours of the `custom` palette, `#rrggbb`. */
  colors: string[]
  /**
   * How a word's colour is picked from the palette: with the layout's seed, or from the word
   * alone, so that a word keeps its colour in every cloud (of a series, say) drawn with the
   * same palette and background. The seed still decides the layout.
   */
  colorBy: ColorBy
  /** A system font family drawn first; null for the bundled Noto Sans SC. Han glyphs always fall back to it. */
  font: string | null
  rotation: CloudRotation
  /** Share of words turned, 0..1 (ignored for `none`). */
  rotateRatio: number
  /** `#rrggbb`; a PNG export may leave it transparent instead. */
  background: string
  /** Smallest font size in CSS pixels; smaller words are left out rather than drawn unreadable. */
  minFontSize: number
  seed: number
  /** JPEG quality, 1..100. */
  quality: number
  /** Export at 1x or 2x the chosen size. */
  scale: 1 | 2
  /** Words sized by their count, or by how distinctive they are in the post's series. */
  emphasis: Emphasis
}

export const sizePresets: ReadonlyArray<{ width: number; height: number }> = [
  { width: 1200, height: 800 },
  { width: 1600, height: 900 },
  { width: 1080, height: 1080 },
  { width: 800, height: 600 }
]

export const colorByValues = ['seed', 'word'] as const
export type ColorBy = (typeof colorByValues)[number]

export const defaultCloudOptions: Readonly<CloudOptions> = {
  width: 1200,
  height: 800,
  maxWords: 200,
  shape: 'rectangle',
  mask: null,
  palette: 'postcloud',
  colors: [],
  colorBy: 'seed',
  font: null,
  rotation: 'some',
  rotateRatio: 0.1,
  background: '#ffffff',
  minFontSize: 10,
  seed: 1,
  quality: 92,
  scale: 1,
  emphasis: 'count'
}

/** Bounds the canvas size: large enough for any slide, small enough that a layout stays interactive. */
export const cloudSizeLimits = { min: 100, max: 4000 }
export const maxWordsLimit = 1000

const hexColor = /^#[0-9a-f]{6}$/i

/**
 * Options from untrusted JSON (a settings file, the contract, the command line): every key checked,
 * unknown keys refused, missing keys taken from `base`. Throws INVALID_ARGUMENT naming the key.
 */
export function checkCloudOptions(
  input: unknown,
  base: Readonly<CloudOptions> = defaultCloudOptions
): CloudOptions {
  const out: CloudOptions = { ...base, colors: [...base.colors], ...checkCloudOptionChanges(input) }
  if (out.shape === 'mask' && out.mask === null) throw invalid('shape "mask" needs a mask image')
  if (out.palette === 'custom' && out.colors.length === 0) {
    throw invalid('the custom palette needs at least one colour')
  }
  return out
}

/**
 * Some options, each key checked on its own (colours lowercased, the font trimmed); whether they
 * fit together is `checkCloudOptions`'s question, once they are merged with a post's own.
 */
export function checkCloudOptionChanges(input: unknown): Partial<CloudOptions> {
  if (!isPlainObject(input)) {
    throw invalid('cloud options must be an object')
  }
  const out: Partial<CloudOptions> = {}
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue
    switch (key) {
      case 'width':
      case 'height':
        out[key] = integer(key, value, cloudSizeLimits.min, cloudSizeLimits.max)
        break
      case 'maxWords':
        out.maxWords = integer(key, value, 1, maxWordsLimit)
        break
      case 'minFontSize':
        out.minFontSize = integer(key, value, 4, 100)
        break
      case 'seed':
        out.seed = integer(key, value, 0, 2 ** 31 - 1)
        break
      case 'quality':
        out.quality = integer(key, value, 1, 100)
        break
      case 'scale':
        if (value !== 1 && value !== 2) throw invalid('scale must be 1 or 2')
        out.scale = value
        break
      case 'rotateRatio':
        if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
          throw invalid('rotateRatio must be a number from 0 to 1')
        }
        out.rotateRatio = value
        break
      case 'shape':
        out.shape = oneOf(key, value, ['rectangle', 'ellipse', 'mask'] as const)
        break
      case 'rotation':
        out.rotation = oneOf(key, value, ['none', 'some', 'mixed'] as const)
        break
      case 'emphasis':
        out.emphasis = oneOf(key, value, emphasisValues)
        break
      case 'palette':
        out.palette = oneOf(key, value, paletteNames)
        break
      case 'background':
        out.background = color(key, value)
        break
      case 'colorBy':
        out.colorBy = oneOf(key, value, colorByValues)
        break
      case 'colors':
        if (!Array.isArray(value) || value.length > 24)
          throw invalid('colors must be up to 24 colours')
        out.colors = value.map((c) => color(key, c))
        break
      case 'mask':
        out.mask = value === null ? null : maskPath(value)
        break
      case 'font':
        out.font = value === null ? null : fontName(value)
        break
      default:
        throw invalid(`unknown cloud option "${key}"`)
    }
  }
  return out
}

function integer(key: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${key} must be a whole number from ${min} to ${max}`)
  }
  return value
}

function oneOf<T extends string>(key: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw invalid(`${key} must be one of ${allowed.join(', ')}`)
}

function color(key: string, value: unknown): string {
  if (typeof value === 'string' && hexColor.test(value)) return value.toLowerCase()
  throw invalid(`${key} must be a colour like #1a2b3c`)
}

/**
 * A folder-relative `/` path of a `.png` (as saveCloudMask returns): never absolute, never a
 * drive, a URL or a `..` step, so what is remembered for a post names a file of the folder on
 * every machine. The file is still read only through the folder's confinement (links out).
 */
function maskPath(value: unknown): string {
  if (
    typeof value === 'string' &&
    /\.png$/i.test(value) &&
    value.length <= 1000 &&
    !/[\0\\:]/.test(value) &&
    value.split('/').every((step) => step !== '' && step !== '.' && step !== '..')
  ) {
    return value
  }
  throw invalid('mask must be the folder-relative path of a .png file in the folder')
}

/** A family name goes into a CSS font string: quotes, semicolons and control characters would break out of it. */
function fontName(value: unknown): string {
  if (
    typeof value === 'string' &&
    value.trim() !== '' &&
    value.length <= 100 &&
    !/["'\\;{}\u0000-\u001f]/.test(value)
  ) {
    return value.trim()
  }
  throw invalid('font must be a font family name')
}

function invalid(message: string): PostcloudError {
  return new PostcloudError('INVALID_ARGUMENT', `Invalid cloud option: ${message}.`)
}
