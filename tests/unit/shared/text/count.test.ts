import { describe, expect, it } from 'vitest'
import { WordCounter, countChars, countWords } from '@shared/text'

const idfTable = new Map([
  ['模型', 5],
  ['推理', 8],
  ['gpt', 10]
])
const idf = (word: string): number | undefined => idfTable.get(word)

function repeat(word: string, times: number): string[] {
  return Array.from({ length: times }, () => word)
}

describe('countWords', () => {
  it('folds Latin case to the most frequent spelling', () => {
    const words = countWords([...repeat('AI', 30), ...repeat('ai', 2), '模型'], idf, 7)
    expect(words[0]).toMatchObject({ word: 'AI', count: 32 })
    expect(words.map((w) => w.word)).not.toContain('ai')
  })

  it('breaks spelling ties the same way whatever the order counted', () => {
    // Posts are counted as they come out of the cache or the workers: order must not matter.
    expect(countWords(['ai', 'AI', 'Ai'], idf, 7)[0].word).toBe('AI')
    expect(countWords(['Ai', 'ai', 'AI'], idf, 7)[0].word).toBe('AI')
    expect(countWords(['ai', 'Ai', 'ai', 'Ai'], idf, 7)[0].word).toBe('Ai')
  })

  it('weights by tf x idf, falling back to the lowercase form, then the median', () => {
    const words = countWords(['模型', '模型', '推理', 'GPT', '未知词'], idf, 7)
    const byWord = new Map(words.map((w) => [w.word, w.weight]))
    expect(byWord.get('模型')).toBeCloseTo((2 / 5) * 5)
    expect(byWord.get('推理')).toBeCloseTo((1 / 5) * 8)
    expect(byWord.get('GPT')).toBeCloseTo((1 / 5) * 10)
    expect(byWord.get('未知词')).toBeCloseTo((1 / 5) * 7)
  })

  it('sorts by count, then weight, then word', () => {
    const words = countWords(['乙', '甲', '推理', '模型', '模型', '甲', '乙'], idf, 1)
    expect(words.map((w) => w.word)).toEqual(['模型', '乙', '甲', '推理'])
  })

  it('limits the list with top', () => {
    expect(countWords(['甲', '乙', '丙'], idf, 1, 2)).toHaveLength(2)
    expect(countWords(['甲', '乙', '丙'], idf, 1, 0)).toHaveLength(0)
  })

  it('returns nothing for no tokens', () => {
    expect(countWords([], idf, 1)).toEqual([])
  })
})

describe('WordCounter', () => {
  it('merging partials equals counting everything at once', () => {
    const parts = [
      ['AI', '模型', '模型', 'ai'],
      ['推理', 'AI', '模型'],
      ['GPT', 'gpt', '推理']
    ]
    const merged = new WordCounter()
    for (const part of parts) {
      const counter = new WordCounter()
      for (const word of part) counter.add(word)
      counter.chars = part.join('').length
      counter.files = 1
      merged.merge(structuredClone(counter.toPartial()))
    }
    merged.learnIdf(idf, 3)
    const all = countWords(parts.flat(), idf, 3)
    expect(merged.rank()).toEqual(all)
    expect(merged.tokens).toBe(10)
    expect(merged.files).toBe(3)
  })
})

describe('countChars', () => {
  it.each([
    ['中文 字数', 4],
    ['a b\nc', 3],
    ['𠀀x', 2],
    ['   ', 0]
  ])('%j has %i characters', (text, chars) => {
    expect(countChars(text)).toBe(chars)
  })
})
