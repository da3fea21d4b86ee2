import { type Element, element } from './elements'

/**
 * kramdown keeps each run of blank lines between blocks as a `:blank` element and writes it as a
 * newline; the blank lines around math and raw HTML are part of the page's text, so they are put
 * back here from the source lines. A list item's trailing blank is dropped, as kramdown drops it.
 */
export function insertBlankLines(parent: Element, lines: readonly string[], start = 0): void {
  const out: Element[] = []
  let previousEnd = parent.type === 'root' ? start : undefined
  for (const child of parent.children) {
    const line = child.options.line
    if (line !== undefined && previousEnd !== undefined && hasBlank(lines, previousEnd, line)) {
      out.push(element('blank'))
    }
    out.push(child)
    if (child.children.length > 0 && child.options.line !== undefined)
      insertBlankLines(child, lines)
    previousEnd = child.options.end ?? (line === undefined ? previousEnd : undefined)
  }
  if (
    parent.type === 'root' &&
    previousEnd !== undefined &&
    hasBlank(lines, previousEnd, lines.length)
  ) {
    out.push(element('blank'))
  }
  parent.children = out
}

function hasBlank(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lines[i] !== undefined && lines[i].trim() === '') return true
  return false
}
