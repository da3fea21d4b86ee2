import { describe, expect, it } from 'vitest'
import { lineCount } from '../../../../src/renderer/src/features/site/source-lines'

describe('lineCount', () => {
  it('counts lines as the editor does', () => {
    expect(lineCount('')).toBe(1)
    expect(lineCount('a\nb')).toBe(2)
    expect(lineCount('a\nb\n')).toBe(3)
    expect(lineCount('a\r\nb')).toBe(2)
  })
})
