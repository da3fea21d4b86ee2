/**
 * Lines of a text as the editor counts them (a trailing newline starts one more line): the end
 * of the Preview's and the Site view's scroll maps.
 */
export function countLines(text: string): number {
  let lines = 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++
  return lines
}
