import { describe, expect, it } from 'vitest'
import { buildScrollMap, lineAtOffset, offsetForLine } from '@shared/markdown/scroll-map'

// A header of 100 px (lines 0-7 are front matter), blocks at lines 8, 10 and 20, content 1000 px.
const map = buildScrollMap(
  [
    { line: 8, top: 100 },
    { line: 10, top: 200 },
    // A list item on the same line as its list, then a footnote moved to the end: both dropped.
    { line: 10, top: 210 },
    { line: 20, top: 600 },
    { line: 12, top: 900 }
  ],
  { line: 30, top: 1000 }
)

describe('scroll map', () => {
  it('keeps only anchors whose lines and offsets both increase, framed by top and end', () => {
    expect(map).toEqual([
      { line: 0, top: 0 },
      { line: 8, top: 100 },
      { line: 10, top: 200 },
      { line: 20, top: 600 },
      { line: 30, top: 1000 }
    ])
  })

  it.each([
    [0, 0],
    [4, 50],
    [8, 100],
    [9, 150],
    [15, 400],
    [25, 800],
    [30, 1000],
    [99, 1000]
  ])('line %d is at offset %d', (line, offset) => {
    expect(offsetForLine(map, line)).toBe(offset)
  })

  it.each([
    [0, 0],
    [-5, 0],
    [150, 9],
    [199, 9],
    [200, 10],
    [400, 15],
    [1000, 30],
    [5000, 30]
  ])('offset %d shows line %d at the top', (offset, line) => {
    expect(Math.floor(lineAtOffset(map, offset))).toBe(line)
  })

  it('keeps the fraction of a line for anchoring', () => {
    expect(lineAtOffset(map, 150)).toBe(9)
    expect(lineAtOffset(map, 175)).toBe(9.5)
    expect(offsetForLine(map, lineAtOffset(map, 437))).toBeCloseTo(437)
  })

  it('maps lines to offsets and back', () => {
    for (let line = 0; line <= 30; line++) {
      expect(lineAtOffset(map, offsetForLine(map, line))).toBe(line)
    }
  })

  it('works for an empty preview', () => {
    const empty = buildScrollMap([], { line: 0, top: 0 })
    expect(offsetForLine(empty, 5)).toBe(0)
    expect(lineAtOffset(empty, 50)).toBe(0)
  })
})
