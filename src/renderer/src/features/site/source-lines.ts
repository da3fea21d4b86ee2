/** Lines of the source, as the editor counts them: the end of the Site view's scroll map. */
export function lineCount(source: string): number {
  let lines = 1
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) lines++
  return lines
}
