import { describe, expect, it } from 'vitest'
import { joinParts, termParts } from '@renderer/features/wordcloud/term-parts'

describe('termParts', () => {
  it('maps each compound term of the counted words to its parts, and nothing else', () => {
    const stats = [
      { word: '具身智能', count: 10, weight: 1, score: 10, parts: ['具身', '智能'] },
      { word: '机器人', count: 6, weight: 1, score: 6 },
      { word: '大语言模型', count: 3, weight: 1, score: 3, parts: ['大', '语言', '模型'] }
    ]
    expect([...termParts(stats)]).toEqual([
      ['具身智能', ['具身', '智能']],
      ['大语言模型', ['大', '语言', '模型']]
    ])
  })

  it('is empty before the words are counted', () => {
    expect(termParts(null).size).toBe(0)
  })
})

describe('joinParts', () => {
  it('reads the parts with plus signs between them', () => {
    expect(joinParts(['具身', '智能'])).toBe('具身 + 智能')
  })
})
