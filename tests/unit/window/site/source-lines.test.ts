import { describe, expect, it } from 'vitest'
import { bodyLineOffset, lineCount } from '../../../../src/renderer/src/features/site/source-lines'

describe('bodyLineOffset', () => {
  it('is the line after the closing fence', () => {
    // Line 0 `---`, 1 title, 2 `---`: the body's first line is line 3 of the file.
    expect(bodyLineOffset('---\ntitle: A\n---\n## Heading\n')).toBe(3)
    expect(bodyLineOffset('---\r\ntitle: A\r\n---\r\nBody')).toBe(3)
    expect(bodyLineOffset('\ufeff---\ntitle: A\n...\nBody')).toBe(3)
  })

  it('is 0 without front matter, or with a fence never closed', () => {
    expect(bodyLineOffset('## Heading\n')).toBe(0)
    expect(bodyLineOffset('---\ntitle: A\n')).toBe(0)
  })
})

describe('lineCount', () => {
  it('counts lines as the editor does', () => {
    expect(lineCount('')).toBe(1)
    expect(lineCount('a\nb')).toBe(2)
    expect(lineCount('a\nb\n')).toBe(3)
  })
})
