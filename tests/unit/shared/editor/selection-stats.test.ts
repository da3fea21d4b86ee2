import { describe, expect, it } from 'vitest'
import { selectionStats } from '@shared/editor/selection-stats'

describe('selectionStats', () => {
  it.each([
    ['nothing selected', [{ text: '', startLine: 3, endLine: 3, endColumn: 5 }], 0, 0, ''],
    [
      'a few Chinese characters',
      [{ text: '词云分析', startLine: 1, endLine: 1, endColumn: 5 }],
      4,
      1,
      '词云分析'
    ],
    [
      'an emoji and a rare character count once',
      [{ text: '😀𠀀', startLine: 1, endLine: 1, endColumn: 5 }],
      2,
      1,
      '😀𠀀'
    ],
    [
      'line breaks are not characters',
      [{ text: 'ab\r\ncd', startLine: 1, endLine: 2, endColumn: 3 }],
      4,
      2,
      'ab\r\ncd'
    ],
    [
      'ending at the start of a line',
      [{ text: 'ab\n', startLine: 4, endLine: 5, endColumn: 1 }],
      2,
      1,
      'ab\n'
    ],
    [
      'several selections add up',
      [
        { text: '甲', startLine: 1, endLine: 1, endColumn: 2 },
        { text: '', startLine: 2, endLine: 2, endColumn: 1 },
        { text: 'b\nc', startLine: 3, endLine: 4, endColumn: 2 }
      ],
      3,
      3,
      '甲\nb\nc'
    ]
  ])('%s', (_name, ranges, chars, lines, text) => {
    expect(selectionStats(ranges, '\n')).toEqual({ chars, lines, text })
  })
})
