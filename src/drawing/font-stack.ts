/**
 * Family names under which the bundled Noto Sans SC files are registered: the Latin and the
 * Simplified Chinese subsets are separate files, so both are named and Han text falls back to the
 * second. Every cloud font stack ends with them, so Chinese never renders as boxes whatever
 * system font the writer picks.
 */
export const bundledLatinFamily = 'Postcloud Latin'
export const bundledHanFamily = 'Postcloud Han'

/** The CSS font family list for a cloud: the writer's font (if any), then the bundled ones. */
export function cloudFontStack(font: string | null): string {
  const bundled = `"${bundledLatinFamily}", "${bundledHanFamily}"`
  return font ? `"${font}", ${bundled}` : bundled
}
