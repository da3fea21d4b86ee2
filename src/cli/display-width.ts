/** Terminal columns a text takes: CJK characters take two. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(char)
      ? 2
      : 1
  return width
}
