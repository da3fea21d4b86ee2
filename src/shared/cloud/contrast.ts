/**
 * Word colours that stand out against the cloud's background. WCAG 2's contrast ratio for large
 * text and graphics is 3:1; a colour below it (viridis' yellow on white) is moved in HSL lightness
 * only, away from the background, so the palette keeps its hues and saturations.
 */

/** The least contrast ratio a word's colour has against the background. */
export const minWordContrast = 3

type Rgb = [number, number, number]

function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}

function linear(channel: number): number {
  const c = channel / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** WCAG 2 relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(linear)
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a)
  const lb = relativeLuminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

interface Hsl {
  h: number
  s: number
  l: number
}

function toHsl([r, g, b]: Rgb): Hsl {
  const [R, G, B] = [r / 255, g / 255, b / 255]
  const max = Math.max(R, G, B)
  const min = Math.min(R, G, B)
  const l = (max + min) / 2
  const d = max - min
  if (d === 0) return { h: 0, s: 0, l }
  const s = d / (1 - Math.abs(2 * l - 1))
  const h = max === R ? ((G - B) / d + 6) % 6 : max === G ? (B - R) / d + 2 : (R - G) / d + 4
  return { h: h * 60, s, l }
}

function fromHsl({ h, s, l }: Hsl): Rgb {
  const c = (1 - Math.abs(2 * l - 1)) * s
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1))
  const m = l - c / 2
  const [r, g, b] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x]
  return [(r + m) * 255, (g + m) * 255, (b + m) * 255]
}

/**
 * The colour with the same hue and saturation and the lightness nearest its own (towards `end`,
 * 0 or 1) that reaches `minWordContrast` against `background`, or null when even `end` does not.
 * Lightness and luminance rise together, so halving the interval finds it; the answer is checked
 * after rounding to `#rrggbb`.
 */
function shiftLightness(hsl: Hsl, background: string, end: 0 | 1): string | null {
  const at = (l: number): string => toHex(fromHsl({ ...hsl, l }))
  const enough = (l: number): boolean => contrastRatio(at(l), background) >= minWordContrast
  if (!enough(end)) return null
  let near = hsl.l
  let far: number = end
  for (let step = 0; step < 24; step++) {
    const mid = (near + far) / 2
    if (enough(mid)) far = mid
    else near = mid
  }
  return at(far)
}

/**
 * `color` itself when it stands out against `background` (both `#rrggbb`), else the same hue
 * darkened (or lightened, on a dark background) just enough. Pure and deterministic.
 */
export function readableColor(color: string, background: string): string {
  const hex = color.toLowerCase()
  if (contrastRatio(hex, background) >= minWordContrast) return hex
  const hsl = toHsl(parseHex(hex))
  const away: 0 | 1 = relativeLuminance(hex) <= relativeLuminance(background) ? 0 : 1
  // Every background has 3:1 against black or white, so one of the two directions reaches it.
  return (
    shiftLightness(hsl, background, away) ??
    shiftLightness(hsl, background, away === 0 ? 1 : 0) ??
    hex
  )
}

/** Every colour of a palette made readable on `background`: compute once per cloud, not per word. */
export function readableColors(colors: readonly string[], background: string): string[] {
  return colors.map((color) => readableColor(color, background))
}
