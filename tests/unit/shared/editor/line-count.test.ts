import { describe, expect, it } from 'vitest'
import { countLines as lineCount } from '@shared/editor/line-count'

describe('countLines', () => {
  it('counts lines as the editor does', () => {
    expect(lineCount('')).toBe(1)
    expect(lineCount('a\nb')).toBe(2)
    expect(lineCount('a\nb\n')).toBe(3)
    expect(lineCount('a\r\nb')).toBe(2)
  })
})
