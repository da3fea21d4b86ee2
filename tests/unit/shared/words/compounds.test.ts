import { describe, expect, it } from 'vitest'
import { applyCompounds, findCompounds } from '@shared/words'
import type { Compound } from '@shared/words'
import { fixture, pairCount, tokenCount, tokenLines } from './jieba-lines'

const terms = (compounds: readonly Compound[]): string[] => compounds.map((c) => c.term)
const repeat = <T>(times: number, line: T): T[] => Array.from({ length: times }, () => line)

describe('findCompounds on a real report (具身智能 ten times, never 具身 alone)', () => {
  const lines = tokenLines(fixture('embodied-ai-weekly.md'))

  it('finds the split terms, sorted by term in code unit order', () => {
    expect(pairCount(lines, '具身', '智能')).toBe(10)
    expect(findCompounds(lines)).toEqual([
      { term: '世界模型', parts: ['世界', '模型'], count: 3 },
      { term: '具身智能', parts: ['具身', '智能'], count: 10 },
      { term: '多模态', parts: ['多', '模态'], count: 5 },
      { term: '大语言模型', parts: ['大', '语言', '模型'], count: 4 },
      // jieba cut one occurrence as 用大/语言/模型, so 语言模型 stands alone once
      { term: '语言模型', parts: ['语言', '模型'], count: 1 },
      { term: '跨模态', parts: ['跨', '模态'], count: 4 }
    ])
  })

  it('does not bind a function word, however often the pair occurs', () => {
    expect(pairCount(lines, '这种', '方案')).toBe(3)
    expect(tokenCount(lines, '方案')).toBe(3)
    expect(terms(findCompounds(lines))).not.toContain('这种方案')
  })

  it('does not bind a pair seen twice, nor one below 90% on both sides', () => {
    expect(pairCount(lines, '触觉', '传感器')).toBe(2)
    expect(tokenCount(lines, '触觉')).toBe(2)
    expect(pairCount(lines, '机器人', '公司')).toBe(4)
    expect(tokenCount(lines, '公司')).toBe(6)
    const found = terms(findCompounds(lines))
    expect(found).not.toContain('触觉传感器')
    expect(found).not.toContain('机器人公司')
  })

  it('never makes a user-dictionary word part of a term', () => {
    expect(terms(findCompounds(lines, { protectedWords: new Set(['具身']) }))).not.toContain(
      '具身智能'
    )
    const found = findCompounds(lines, { protectedWords: new Set(['模态', '语言']) })
    expect(terms(found)).toEqual(['世界模型', '具身智能'])
  })

  it('merges every occurrence of the terms it found, and nothing else', () => {
    const compounds = findCompounds(lines)
    const merged = lines.map((line) => applyCompounds(line, compounds))
    expect(tokenCount(merged, '具身智能')).toBe(10)
    expect(tokenCount(merged, '具身')).toBe(0)
    expect(tokenCount(merged, '大语言模型')).toBe(4)
    expect(tokenCount(merged, '机器人')).toBe(tokenCount(lines, '机器人'))
    merged.forEach((line, i) => expect(line.join('')).toBe(lines[i].join('')))
  })
})

describe('findCompounds rules', () => {
  it('binds from 3 occurrences when one part is always inside the pair', () => {
    expect(findCompounds(repeat(2, ['具身', '智能']))).toEqual([])
    expect(findCompounds(repeat(3, ['具身', '智能']))).toEqual([
      { term: '具身智能', parts: ['具身', '智能'], count: 3 }
    ])
  })

  it('binds at 90% of one part’s occurrences, not below', () => {
    const lines = (together: number, alone: number): string[][] => [
      ...repeat(together, ['具身', '智能']),
      ...repeat(alone, ['具身', '', '智能'])
    ]
    expect(terms(findCompounds(lines(9, 1)))).toEqual(['具身智能'])
    expect(findCompounds(lines(8, 1))).toEqual([])
    // one side is enough: 智能 is often alone, 具身 never
    expect(terms(findCompounds([...repeat(3, ['具身', '智能']), ...repeat(20, ['智能'])]))).toEqual(
      ['具身智能']
    )
  })

  it('lets a single character bind only as a prefix, and function words never', () => {
    expect(terms(findCompounds(repeat(3, ['多', '模态'])))).toEqual(['多模态'])
    expect(terms(findCompounds(repeat(3, ['跨', '平台'])))).toEqual(['跨平台'])
    expect(findCompounds(repeat(3, ['用', '模型']))).toEqual([])
    expect(findCompounds(repeat(3, ['模型', '大']))).toEqual([])
    expect(findCompounds(repeat(3, ['可', '模型']))).toEqual([])
    for (const stopper of ['的', '在', '是', '我们', '这个', '以及', '附近']) {
      expect(findCompounds(repeat(5, [stopper, '模型'])), stopper).toEqual([])
      expect(findCompounds(repeat(5, ['模型', stopper])), stopper).toEqual([])
    }
  })

  it('binds one prefix to several words, each always written after it', () => {
    const lines = [...repeat(3, ['多', '模态']), ...repeat(4, ['多', '平台']), ['多', '']]
    expect(terms(findCompounds(lines))).toEqual(['多平台', '多模态'])
  })

  it('never binds across a break, and binds Latin to Han', () => {
    expect(findCompounds(repeat(5, ['具身', '', '智能']))).toEqual([])
    expect(terms(findCompounds(repeat(3, ['MIRA', '模型'])))).toEqual(['MIRA模型'])
  })

  it('grows 3-part terms through repetition, with the original tokens as parts', () => {
    expect(findCompounds(repeat(4, ['用', '大', '语言', '模型', '的', '能力']))).toEqual([
      { term: '大语言模型', parts: ['大', '语言', '模型'], count: 4 }
    ])
  })

  it('gives the same list whatever the order of the lines', () => {
    const lines = [
      ...repeat(3, ['多', '模态', '模型']),
      ...repeat(4, ['具身', '智能']),
      ...repeat(3, ['跨', '模态'])
    ]
    const expected = findCompounds(lines)
    expect(findCompounds([...lines].reverse())).toEqual(expected)
    expect(terms(expected)).toEqual([...terms(expected)].sort())
  })

  it('stops after a bounded number of rounds on a long repeated line', () => {
    const line = Array.from({ length: 40 }, (_, i) => `词${String.fromCharCode(0x4e00 + i)}`)
    const [compound] = findCompounds(repeat(3, line))
    expect(compound.parts.length).toBeLessThanOrEqual(16)
    expect(compound.count).toBe(3)
  })
})

describe('applyCompounds', () => {
  const compounds: Compound[] = [
    { term: '语言模型', parts: ['语言', '模型'], count: 1 },
    { term: '大语言模型', parts: ['大', '语言', '模型'], count: 4 }
  ]

  it('merges the longest compound first and leaves other tokens and breaks alone', () => {
    expect(
      applyCompounds(['用', '大', '语言', '模型', '', '语言', '模型', '大'], compounds)
    ).toEqual(['用', '大语言模型', '', '语言模型', '大'])
  })

  it('does not merge across a break or a partial match', () => {
    expect(applyCompounds(['大', '语言', '', '模型', '语言'], compounds)).toEqual([
      '大',
      '语言',
      '',
      '模型',
      '语言'
    ])
  })

  it('copies the line when there is nothing to merge', () => {
    const line = ['具身', '智能']
    const out = applyCompounds(line, [])
    expect(out).toEqual(line)
    expect(out).not.toBe(line)
  })
})
