/**
 * Font sizes for a cloud from an area budget, in one pass: no trial layouts (each costs hundreds of
 * milliseconds). Sizes follow amueller's `relative_scaling = 0.5` rule (each word's size is the
 * previous one's times the mean of 1 and their count ratio), the top word is as large as a
 * readable headline allows, and the curve is made steeper until the words' boxes add up to the
 * area the layout can fill. Boxes may add up to more than the canvas: glyphs interlock on the
 * layout grid, and words that still do not fit are shrunk by the layout.
 */

export interface SizingInput {
  /** Counts, highest first. */
  counts: readonly number[]
  /** Advance width of each word at a font size of 1 px. */
  emWidths: readonly number[]
  width: number
  height: number
  /** Share of the canvas inside the shape: 1 for a rectangle, about 0.79 for an ellipse. */
  insideShare: number
  minFontSize: number
}

/** Box area (width x 1.15 line height) the words may claim, as a share of the inside area. */
export const fillBudget = 1.8
/** The top word may span this share of the width (and 80% of it of the height). */
const topShare = 0.5
const lineHeight = 1.15

export function fitFontSizes(input: SizingInput): number[] {
  const { counts, emWidths, width, height, minFontSize } = input
  const n = counts.length
  if (n === 0) return []
  const rel = relativeSizes(counts)
  const shapeScale = Math.sqrt(Math.min(1, Math.max(0.05, input.insideShare)))
  const top = Math.max(
    minFontSize,
    Math.min((topShare * width) / Math.max(emWidths[0], 0.5), 0.8 * topShare * height) * shapeScale
  )
  const budget = fillBudget * width * height * input.insideShare
  const sizesFor = (steepness: number): number[] =>
    rel.map((r) => Math.max(minFontSize, top * Math.pow(r, steepness)))
  const area = (sizes: number[]): number =>
    sizes.reduce((sum, s, i) => sum + emWidths[i] * s * s * lineHeight, 0)

  // Bisection on the steepness: a larger exponent shrinks every word but the first.
  let flat = 0.5
  let steep = 6
  if (area(sizesFor(steep)) >= budget) {
    return sizesFor(steep).map((s, i) => capSize(s, emWidths[i], width, height))
  }
  for (let i = 0; i < 32; i++) {
    const mid = (flat + steep) / 2
    if (area(sizesFor(mid)) > budget) flat = mid
    else steep = mid
  }
  let sizes = sizesFor(steep)
  // Few words cannot fill the budget even with the flattest curve: grow them all alike.
  const claimed = area(sizes)
  if (claimed < budget) sizes = sizes.map((s) => s * Math.sqrt(budget / claimed))
  return sizes.map((s, i) => capSize(s, emWidths[i], width, height))
}

/** A word never starts wider than the canvas or taller than most of it. */
function capSize(size: number, em: number, width: number, height: number): number {
  return Math.min(size, (0.95 * width) / Math.max(em, 0.5), 0.8 * height)
}

/** amueller's `relative_scaling = 0.5`: size_i = size_(i-1) x (0.5 x count_i / count_(i-1) + 0.5). */
function relativeSizes(counts: readonly number[]): number[] {
  const rel = [1]
  for (let i = 1; i < counts.length; i++) {
    const ratio = counts[i - 1] > 0 ? counts[i] / counts[i - 1] : 1
    rel.push(rel[i - 1] * (0.5 * Math.min(1, ratio) + 0.5))
  }
  return rel
}
