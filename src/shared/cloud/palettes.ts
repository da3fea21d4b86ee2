import { readableColors } from './contrast'

/** Named colour sets for the words of a cloud, chosen to read well on a light or a dark background. */

export const palettes = {
  postcloud: ['#2b6cb0', '#c05621', '#2f855a', '#6b46c1', '#b83280'],
  viridis: ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'],
  ocean: ['#03045e', '#0077b6', '#0096c7', '#00b4d8', '#48cae4'],
  sunset: ['#9d0208', '#d00000', '#dc2f02', '#e85d04', '#f48c06'],
  forest: ['#1b4332', '#2d6a4f', '#40916c', '#52b788', '#74c69d'],
  ink: ['#111111', '#333333', '#555555', '#777777'],
  pastel: ['#f4a6a6', '#f9d48b', '#a8d8b9', '#9ec9f0', '#c8b6e2']
} as const satisfies Record<string, readonly string[]>

export type PaletteName = keyof typeof palettes | 'custom'

export const paletteNames: readonly PaletteName[] = [
  ...(Object.keys(palettes) as Array<keyof typeof palettes>),
  'custom'
]

/** The colours a cloud draws with: the named set, or the writer's own for `custom`. */
export function paletteColors(name: PaletteName, custom: readonly string[]): readonly string[] {
  if (name === 'custom') return custom.length > 0 ? custom : palettes.postcloud
  return palettes[name]
}

/**
 * The colours a cloud's words are drawn in: the palette's, each made to stand out against the
 * background (contrast.ts). The window and the command line both lay out with these.
 */
export function wordColors(
  name: PaletteName,
  custom: readonly string[],
  background: string
): string[] {
  return readableColors(paletteColors(name, custom), background)
}
