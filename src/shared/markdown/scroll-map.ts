/**
 * The two-way map between source lines and the preview's scroll offset, from the positions of the
 * elements that carry a source line. Pure: the window measures, this interpolates.
 */

export interface LineAnchor {
  /** 0-based line of the source. */
  line: number
  /** Offset of the element's top from the top of the scrolled content, in pixels. */
  top: number
}

/**
 * Anchors in document order, reduced to lines and offsets that both increase (nested and moved
 * elements such as footnotes would run backwards), framed by the top of the page (line 0, the
 * front matter's header) and `end` (the last line at the bottom of the content).
 */
export function buildScrollMap(anchors: readonly LineAnchor[], end: LineAnchor): LineAnchor[] {
  const map: LineAnchor[] = [{ line: 0, top: 0 }]
  for (const anchor of [...anchors, end]) {
    const last = map[map.length - 1]
    if (anchor.line > last.line && anchor.top >= last.top) map.push(anchor)
  }
  return map
}

/** The last index whose key is <= value (0 when none), by binary search. */
function floorIndex(map: readonly LineAnchor[], value: number, key: 'line' | 'top'): number {
  let low = 0
  let high = map.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (map[middle][key] <= value) low = middle
    else high = middle - 1
  }
  return low
}

/** The scroll offset that puts a line at the top, between the anchors around it. */
export function offsetForLine(map: readonly LineAnchor[], line: number): number {
  const i = floorIndex(map, line, 'line')
  const from = map[i]
  const to = map[i + 1]
  if (!to) return from.top
  return from.top + ((line - from.line) / (to.line - from.line)) * (to.top - from.top)
}

/** The source line at a scroll offset, with the fraction of it already scrolled past. */
export function lineAtOffset(map: readonly LineAnchor[], offset: number): number {
  const i = floorIndex(map, offset, 'top')
  const from = map[i]
  const to = map[i + 1]
  if (!to || to.top === from.top || offset <= from.top) return from.line
  return from.line + ((offset - from.top) / (to.top - from.top)) * (to.line - from.line)
}
