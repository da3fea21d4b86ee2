import { describe, expect, it } from 'vitest'
import { createWordSet, hasWord, parseWordList, unionLookup } from '@shared/text'

describe('parseWordList', () => {
  it.each([
    ['的\n了\n', ['的', '了']],
    ['\ufeff的\r\n  了  \r\n', ['的', '了']],
    ['# 注释\n\n的\n   \n# another\nthe', ['的', 'the']],
    ['', []]
  ])('%j -> %j', (text, words) => {
    expect(parseWordList(text)).toEqual(words)
  })
})

describe('createWordSet and hasWord', () => {
  const set = createWordSet(['的', 'The'], ['OpenAI', ' 了 '])

  it.each([
    ['的', true],
    ['了', true],
    ['the', true],
    ['THE', true],
    ['The', true],
    ['openai', true],
    ['OPENAI', true],
    ['模型', false]
  ])('%s -> %s', (word, expected) => {
    expect(hasWord(set, word)).toBe(expected)
  })
})

describe('unionLookup', () => {
  it('answers for every list', () => {
    const lookup = unionLookup(new Set(['a']), new Set(['b']), new Set())
    expect(lookup.has('a')).toBe(true)
    expect(lookup.has('b')).toBe(true)
    expect(lookup.has('c')).toBe(false)
    expect(unionLookup().has('a')).toBe(false)
  })
})
