import { describe, expect, it } from 'vitest'
import type { WordStat } from '@shared/analysis'
import { cloudWords } from '@shared/cloud/cloud-words'
import type { WordEdits } from '@shared/cloud/settings'

/** The writer's merges and renames applied to a post's word statistics. */

const stats: WordStat[] = [
  { word: '模型', count: 10, weight: 0.5, score: 10 },
  { word: '大模型', count: 6, weight: 0.25, score: 6 },
  { word: 'LLM', count: 4, weight: 0.125, score: 4 },
  { word: '推理', count: 3, weight: 0.0625, score: 3 },
  { word: '成本', count: 3, weight: 0.03125, score: 3 },
  { word: '延迟', count: 1, weight: 0.015625, score: 1 }
]

const edits = (changes: Partial<WordEdits>): WordEdits => ({ merge: {}, rename: {}, ...changes })
const summary = (words: ReturnType<typeof cloudWords>): string[] =>
  words.map((w) => `${w.word}/${w.text}:${w.count}:${w.weight}`)

describe('cloudWords', () => {
  it('keeps the statistics as they are without edits, sorted by count then weight', () => {
    expect(summary(cloudWords(stats, edits({}), 10))).toEqual([
      '模型/模型:10:0.5',
      '大模型/大模型:6:0.25',
      'LLM/LLM:4:0.125',
      '推理/推理:3:0.0625',
      '成本/成本:3:0.03125',
      '延迟/延迟:1:0.015625'
    ])
  })

  it('adds merged counts and weights to the target, which moves up', () => {
    const words = cloudWords(stats, edits({ merge: { 延迟: '成本' } }), 10)
    expect(summary(words).slice(3)).toEqual(['成本/成本:4:0.046875', '推理/推理:3:0.0625'])
    expect(words.map((w) => w.word)).not.toContain('延迟')
  })

  it('follows chains of merges to their end', () => {
    const words = cloudWords(stats, edits({ merge: { LLM: '大模型', 大模型: '模型' } }), 10)
    expect(summary(words)[0]).toBe('模型/模型:20:0.875')
    expect(words).toHaveLength(4)
  })

  it('merges into a word the post does not use', () => {
    const words = cloudWords(stats, edits({ merge: { 推理: '推理成本', 成本: '推理成本' } }), 10)
    expect(summary(words)).toContain('推理成本/推理成本:6:0.09375')
  })

  it.each([
    ['a two-word cycle', { 模型: '大模型', 大模型: '模型' }],
    ['a three-word cycle', { 模型: '大模型', 大模型: 'LLM', LLM: '模型' }],
    ['a word merged into itself', { 模型: '模型' }]
  ])('stops at %s and loses no count', (_name, merge) => {
    const words = cloudWords(stats, edits({ merge }), 10)
    expect(words.reduce((sum, w) => sum + w.count, 0)).toBe(27)
  })

  it('renames what is shown, never the key', () => {
    const words = cloudWords(stats, edits({ rename: { LLM: '大语言模型', 推理: '  ' } }), 10)
    expect(words.find((w) => w.word === 'LLM')?.text).toBe('大语言模型')
    // A blank rename is ignored rather than drawing an empty word.
    expect(words.find((w) => w.word === '推理')?.text).toBe('推理')
  })

  it('renames a merge target, and a renamed source is merged under the target key', () => {
    const words = cloudWords(
      stats,
      edits({ merge: { LLM: '模型' }, rename: { 模型: 'AI 模型', LLM: '大语言模型' } }),
      10
    )
    expect(summary(words)[0]).toBe('模型/AI 模型:14:0.625')
    expect(words.map((w) => w.text)).not.toContain('大语言模型')
  })

  it.each([
    [3, 3],
    [0, 0],
    [-1, 0],
    [100, 6]
  ])('keeps at most %d words (%d here)', (max, expected) => {
    const words = cloudWords(stats, edits({}), max)
    expect(words).toHaveLength(expected)
    expect(words.map((w) => w.word)).toEqual(
      ['模型', '大模型', 'LLM', '推理', '成本', '延迟'].slice(0, expected)
    )
  })

  it('is not fooled by merge keys named like Object properties', () => {
    const tricky: WordStat[] = [
      { word: 'constructor', count: 2, weight: 0.1, score: 2 },
      { word: 'toString', count: 1, weight: 0.1, score: 1 }
    ]
    const words = cloudWords(tricky, edits({}), 10)
    expect(summary(words)).toEqual(['constructor/constructor:2:0.1', 'toString/toString:1:0.1'])
  })
})
