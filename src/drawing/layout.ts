import type { CloudWord } from '@shared/cloud/cloud-words'
import type { CloudOptions } from '@shared/cloud/options'
import { wordColors } from '@shared/cloud/palettes'
import { hashSeed, seededRandom } from '@shared/cloud/seeded-random'
import { fitFontSizes } from '@shared/cloud/sizing'
import type { CanvasFactory, CloudContext, Matrix2D, PixelData } from './canvas-types'
import { context2d } from './canvas-types'
import { cloudFontStack } from './font-stack'
import { layoutBackground, prepareShape } from './shape-canvas'
import { bindLayout, loadWordCloud, withLayoutRandom } from './wordcloud-runtime'
import type { WordCloudFn, WordCloudOptions } from './wordcloud-runtime'

/** One word where the layout put it: enough to paint it again at any scale. */
export interface PlacedWord {
  word: string
  text: string
  count: number
  /** Font size in CSS pixels after any shrinking to fit. */
  size: number
  color: string
  font: string
  /** Transform in force when wordcloud2.js drew the word, and where it drew it. */
  matrix: Matrix2D
  x: number
  y: number
}

export interface CloudLayout {
  width: number
  height: number
  requested: number
  placed: PlacedWord[]
  /** Words left out because they did not fit even at the minimum font size. */
  dropped: string[]
}

export interface LayoutInput {
  words: readonly CloudWord[]
  options: CloudOptions
  /** Pixels of the PNG silhouette when `options.shape` is `mask`. */
  mask: PixelData | null
}

let queue: Promise<unknown> = Promise.resolve()

/**
 * Lays out a cloud with wordcloud2.js. The same words, options and seed give the same layout:
 * every random choice comes from the seed. Layouts run one at a time (the library's stand-ins
 * are shared), so concurrent calls wait their turn.
 */
export function layoutCloud(canvases: CanvasFactory, input: LayoutInput): Promise<CloudLayout> {
  const run = queue.then(() => runLayout(canvases, input))
  queue = run.catch(() => undefined)
  return run
}

/**
 * Loads wordcloud2.js and the cloud's fonts (a canvas loads a font's glyphs on first use), so a
 * caller can time the layout itself, as the command line's `ms` does, apart from start-up.
 */
export async function prepareLayout(canvases: CanvasFactory, font: string | null): Promise<void> {
  bindLayout(canvases, seededRandom(0))
  await loadWordCloud()
  const ctx = context2d(canvases.createCanvas(8, 8))
  ctx.font = `16px ${cloudFontStack(font)}`
  ctx.measureText('Postcloud 词云 0123')
}

/** The layout grid in pixels: finer packs denser, coarser is faster; about 1/165 of the canvas. */
export function gridSizeFor(width: number, height: number): number {
  return Math.max(4, Math.round(Math.sqrt(width * height) / 165))
}

async function runLayout(canvases: CanvasFactory, input: LayoutInput): Promise<CloudLayout> {
  const { options } = input
  const { width, height, seed } = options
  bindLayout(canvases, seededRandom(seed))
  const { wordCloud } = await loadWordCloud()

  const canvas = canvases.createCanvas(width, height)
  const insideShare = prepareShape(canvas, options.shape, input.mask)
  const ctx = context2d(canvas)
  const font = cloudFontStack(options.font)
  const words = input.words
  const emWidths = measureEm(ctx, font, words)
  const sizes = fitFontSizes({
    // The emphasis's score: the count itself unless the writer chose distinctive words.
    counts: words.map((w) => w.score),
    emWidths,
    width,
    height,
    insideShare,
    minFontSize: options.minFontSize
  })
  const order = drawingOrder(sizes, seed)
  const colors = wordColors(options.palette, options.colors, options.background)
  // By word, the colour comes from the word alone: the same in every cloud with these colours.
  const colorKey = options.colorBy === 'word' ? 'word:' : `${seed}:`
  const colorOf = (text: string): string => colors[hashSeed(colorKey + text) % colors.length]
  const jitter = seededRandom(hashSeed(`origin:${seed}`))
  const origin: [number, number] = [
    width * (0.5 + (jitter() - 0.5) * 0.1),
    height * (0.5 + (jitter() - 0.5) * 0.1)
  ]

  const placed: PlacedWord[] = []
  const dropped: string[] = []
  let lastDrawn: Omit<PlacedWord, 'word' | 'text' | 'count' | 'size' | 'color'> | null = null
  const target = layoutTarget(
    canvas.width,
    canvas.height,
    recordingContext(ctx, (drawn) => (lastDrawn = drawn))
  )
  const list: Array<[string, number, number]> = order.map((i) => [words[i].text, sizes[i], i])
  let current = 0
  target.addEventListener('wordclouddrawn', (event) => {
    const { item, drawn } = (
      event as CustomEvent<{ item: [string, number, number]; drawn: boolean }>
    ).detail
    const word = words[item[2]]
    if (drawn && item[1] < sizes[item[2]]) capLaterWords(list, current, item[1])
    current++
    if (drawn && lastDrawn) {
      const color = colorOf(word.text)
      placed.push({
        word: word.word,
        text: word.text,
        count: word.count,
        size: item[1],
        color,
        ...lastDrawn
      })
    } else {
      dropped.push(word.word)
    }
    lastDrawn = null
  })

  for (const pass of layoutPasses(list, gridSizeFor(width, height))) {
    await runPass(wordCloud, target, {
      list: pass.items,
      weightFactor: 1,
      fontFamily: font,
      fontWeight: 'normal',
      // The layout canvas only tells taken from free; the colours are the recorded words' own.
      color: '#000000',
      backgroundColor: layoutBackground,
      // Always read the prepared canvas: its grid's last row and column stick out past the edge
      // when the size is not a multiple of the grid, and only a read marks them taken (clearing
      // would call them free, and words there would be cut off by up to a grid cell).
      clearCanvas: false,
      gridSize: pass.gridSize,
      origin,
      shape: spiralShape(options.shape === 'ellipse'),
      ellipticity: height / width,
      shuffle: false,
      drawOutOfBound: false,
      shrinkToFit: true,
      minSize: options.minFontSize - 0.001,
      ...rotationSettings(options),
      wait: 0,
      abortThreshold: 0
    })
  }
  return { width, height, requested: words.length, placed, dropped }
}

/**
 * A word that had to shrink to find room tells how crowded the canvas has become: no later word
 * starts larger than it ended. This is amueller's rule of carrying the last size forward, and it
 * spares the later words the failed searches (each a scan of the whole spiral) they would
 * otherwise repeat at sizes that no longer fit. wordcloud2.js reads each entry when it reaches it.
 */
function capLaterWords(list: Array<[string, number, number]>, drawnAt: number, size: number): void {
  for (let j = drawnAt + 1; j < list.length; j++) {
    if (list[j][1] > size) list[j][1] = size
  }
}

/** Words at least this many grid cells tall are laid out first, on a grid twice as coarse. */
const headlineCells = 12

/**
 * The big words first on a coarse grid, then the rest on the fine one (the second run reads the
 * first one's words back from the canvas). wordcloud2.js checks every grid cell a word covers at
 * every spot it tries: for the few headline words that is most of the layout's time on a fine
 * grid, while a coarse one places them as well. The entries are shared with `list`, so capping
 * later words reaches both runs.
 */
function layoutPasses(
  list: Array<[string, number, number]>,
  grid: number
): Array<{ items: Array<[string, number, number]>; gridSize: number }> {
  const split = list.findIndex((item) => item[1] < headlineCells * grid)
  if (split <= 0) return [{ items: list, gridSize: grid }]
  return [
    { items: list.slice(0, split), gridSize: grid * 2 },
    { items: list.slice(split), gridSize: grid }
  ]
}

/**
 * How far apart, in grid cells, the spiral's successive rings and spots are. wordcloud2.js tries
 * every spot of every ring from the origin out for each word, and a word several cells wide
 * loses little by starting one and a half cells further: the layout tries 40% fewer spots and
 * packs as densely (inked share within a percent on the sample posts).
 */
const spiralStep = 1.5

/** wordcloud2.js's circle or square spiral, its rings spread `spiralStep` cells apart. */
function spiralShape(round: boolean): (theta: number) => number {
  if (round) return () => spiralStep
  return (theta) =>
    spiralStep * Math.min(1 / Math.abs(Math.cos(theta)), 1 / Math.abs(Math.sin(theta)))
}

/** One wordcloud2.js run on the layout canvas; it ends with a `wordcloudstop` event. */
function runPass(
  wordCloud: WordCloudFn,
  target: EventTarget,
  settings: WordCloudOptions
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    target.addEventListener('wordcloudstop', () => resolve(), { once: true })
    try {
      withLayoutRandom(() => wordCloud(target as unknown as HTMLElement, settings))
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)))
    }
  })
}

/** Advance width of each word at 1 px, measured with the cloud's own font. */
function measureEm(ctx: CloudContext, font: string, words: readonly CloudWord[]): number[] {
  ctx.font = `100px ${font}`
  return words.map((w) => ctx.measureText(w.text).width / 100)
}

/**
 * Largest first, as the sizes demand, but words of nearly the same size trade places by the seed:
 * that is what makes a new seed a new layout (the spiral itself is not shuffled, which would
 * double the layout time). The top word always goes first, so it is never crowded out.
 */
function drawingOrder(sizes: readonly number[], seed: number): number[] {
  const random = seededRandom(hashSeed(`order:${seed}`))
  const keys = sizes.map((s, i) => (i === 0 ? Infinity : s * (1 + (random() - 0.5) * 0.3)))
  return sizes.map((_, i) => i).sort((a, b) => keys[b] - keys[a] || a - b)
}

function rotationSettings(options: CloudOptions): {
  rotateRatio: number
  minRotation: number
  maxRotation: number
  rotationSteps: number
} {
  if (options.rotation === 'none') {
    return { rotateRatio: 0, minRotation: 0, maxRotation: 0, rotationSteps: 0 }
  }
  if (options.rotation === 'some') {
    return {
      rotateRatio: options.rotateRatio,
      minRotation: Math.PI / 2,
      maxRotation: Math.PI / 2,
      rotationSteps: 0
    }
  }
  // -90°, -45°, 45° or 90° (0° is what the unturned share already gets).
  return {
    rotateRatio: options.rotateRatio,
    minRotation: -Math.PI / 2,
    maxRotation: Math.PI / 2,
    rotationSteps: 5
  }
}

/** The element wordcloud2.js draws on: the layout canvas's context, plus DOM events. */
function layoutTarget(width: number, height: number, ctx: CloudContext): EventTarget {
  const target = new EventTarget()
  return Object.assign(target, { tagName: 'CANVAS', width, height, getContext: () => ctx })
}

/**
 * The layout context, forwarding everything, that also notes the font, colour, transform and
 * position of each word drawn: the picture is painted from these notes, at any scale and on any
 * background, without the shape's outside that the layout canvas carries.
 */
function recordingContext(
  ctx: CloudContext,
  onText: (drawn: Omit<PlacedWord, 'word' | 'text' | 'count' | 'size' | 'color'>) => void
): CloudContext {
  return new Proxy(ctx, {
    get(target, key) {
      if (key === 'fillText') {
        return (text: string, x: number, y: number) => {
          const m = target.getTransform()
          onText({
            font: target.font,
            matrix: { a: m.a, b: m.b, c: m.c, d: m.d, e: m.e, f: m.f },
            x,
            y
          })
          target.fillText(text, x, y)
        }
      }
      const value = Reflect.get(target, key, target) as unknown
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value
    },
    set(target, key, value) {
      return Reflect.set(target, key, value, target)
    }
  })
}
