import { describe, expect, it } from 'vitest'
import { createWordSet, filterToken, isNumberToken } from '@shared/text'
import type { TokenRules } from '@shared/text'
import { joinedRuns } from './joined-runs'

const rules: TokenRules = {
  stopwords: createWordSet(['的', '今天', 'the', 'OpenAI']),
  keepWords: createWordSet(['车', 'R'])
}

describe('LatinRuns', () => {
  it.each([
    [
      ['GPT', '-', '5', ' ', '和'],
      ['GPT-5', ' ', '和']
    ],
    [['GPT', '-', '4', 'o', '-', 'mini'], ['GPT-4o-mini']],
    [['Llama', '-', '3.1', '-', '70', 'B'], ['Llama-3.1-70B']],
    [
      ['Node', '.', 'js', '、'],
      ['Node.js', '、']
    ],
    [
      ['wordcloud', '_', 'twitter', '_', 'ai', '_', '20251111.', 'jpg'],
      ['wordcloud_twitter_ai_20251111.jpg']
    ],
    [
      ['AI', '模型'],
      ['AI', '模型']
    ],
    [
      ['end', '.', ' ', 'next'],
      ['end', '.', ' ', 'next']
    ],
    [
      ['-', 'x'],
      ['-', 'x']
    ],
    [['2025', '-', '11', '-', '11'], ['2025-11-11']]
  ])('%j -> %j', (tokens, joined) => {
    expect(joinedRuns(tokens)).toEqual(joined)
  })
})

describe('isNumberToken', () => {
  it.each(['2025', '3.5', '50%', '1,000', '2025-11-11', '20251111.', '１２３', '①', '12:30', '-5'])(
    '%s is a number',
    (token) => expect(isNumberToken(token)).toBe(true)
  )
  it.each(['GPT-5', 'H100', '5G', '十', 'x'])('%s is not a number', (token) => {
    expect(isNumberToken(token)).toBe(false)
  })
})

describe('filterToken', () => {
  it.each<[string, string | null]>([
    ['模型', '模型'],
    ['GPT-5', 'GPT-5'],
    ['H100', 'H100'],
    ['Node.js', 'Node.js'],
    ['deadbeef', 'deadbeef'],
    ['2025', null],
    ['3.5', null],
    ['50%', null],
    ['１２３', null],
    ['，', null],
    ['——', null],
    ['%', null],
    [' ', null],
    ['\n', null],
    ['', null],
    ['x.jpg', null],
    ['foo.md', null],
    ['wordcloud_twitter_ai_20251111.jpg', null],
    ['snake_case', null],
    ['3f9a2c1e7b', null],
    ['的', null],
    ['人', null],
    ['a', null],
    ['车', '车'],
    ['R', 'R'],
    ['r', 'r'],
    ['今天', null],
    ['The', null],
    ['THE', null],
    ['openai', null],
    ['𠀀', null],
    [' 模型 ', '模型']
  ])('%j -> %j', (token, expected) => {
    expect(filterToken(token, rules)).toBe(expected)
  })
})
