import { findFence, lineOf } from '../../../../shared/frontmatter/fence'

/**
 * The 0-based line of the source where the post's body starts. The site page numbers its
 * blocks' `data-source-line` from the Markdown body the back end rendered (after the front
 * matter), while the editor counts lines of the whole file: this is what lies between them.
 */
export function bodyLineOffset(source: string): number {
  const fence = findFence(source)
  return fence.kind === 'closed' ? lineOf(source, fence.blockEnd) : 0
}

/** Lines of the source, as the editor counts them. */
export function lineCount(source: string): number {
  let lines = 1
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) lines++
  return lines
}
