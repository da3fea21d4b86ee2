import { describe, expect, it } from 'vitest'
import { splitFragments } from '@shared/words'
import { fixture, jiebaKnown, tokenCount, tokenLines } from './jieba-lines'

const known = jiebaKnown()

/** The tokens of `before` that the filter replaced, each with what it became. */
function splits(before: string[][], after: string[][]): Map<string, string[]> {
  const found = new Map<string, string[]>()
  before.forEach((line, i) => {
    let j = 0
    for (const token of line) {
      if (after[i][j] === token) {
        j++
        continue
      }
      const parts: string[] = []
      while (parts.join('') !== token) parts.push(after[i][j++])
      found.set(token, parts)
    }
  })
  return found
}

describe('splitFragments on real jieba output', () => {
  it('re-splits the issue’s example: 成本较低且效果明显', () => {
    const lines = tokenLines('成本较低且效果明显')
    expect(lines).toEqual([['成本', '较', '低且', '效果', '明显']])
    expect(splitFragments(lines, known)).toEqual([['成本', '较', '低', '且', '效果', '明显']])
  })

  it('re-splits the debris jieba leaves at phrase boundaries of a report', () => {
    const lines = tokenLines(fixture('phrase-boundaries.md'))
    const after = splitFragments(lines, known)
    expect(Object.fromEntries(splits(lines, after))).toEqual({
      低且: ['低', '且'],
      较多且: ['较多', '且'],
      高而: ['高', '而'],
      少且: ['少', '且'],
      长且: ['长', '且'],
      高且: ['高', '且'],
      偏高且: ['偏高', '且'],
      更大: ['更', '大'],
      得少: ['得', '少'],
      差着: ['差', '着'],
      变了: ['变', '了'],
      短得: ['短', '得']
    })
    after.forEach((line, i) => expect(line.join('')).toBe(lines[i].join('')))
  })

  it('keeps a new word the post repeats, like the product name 得物', () => {
    const lines = tokenLines(fixture('phrase-boundaries.md'))
    expect(tokenCount(lines, '得物')).toBe(2)
    expect(known('得物')).toBe(false)
    expect(tokenCount(splitFragments(lines, known), '得物')).toBe(2)
  })

  it('never re-splits dictionary words, even with a function character at the edge', () => {
    const lines = tokenLines(fixture('phrase-boundaries.md'))
    const after = splitFragments(lines, known)
    for (const word of ['了解', '目的', '就业']) {
      expect(tokenCount(lines, word), word).toBe(1)
      expect(tokenCount(after, word), word).toBe(1)
    }
  })
})

describe('splitFragments rules', () => {
  const nothingKnown = (): boolean => false

  it('keeps a user-dictionary word that looks like debris', () => {
    const user = new Set(['低且'])
    expect(splitFragments([['成本', '较', '低且']], (word) => user.has(word))).toEqual([
      ['成本', '较', '低且']
    ])
  })

  it('keeps a token the post repeats and splits one it writes once', () => {
    expect(splitFragments([['低且'], ['', '低且']], nothingKnown)).toEqual([['低且'], ['', '低且']])
    expect(splitFragments([['了的'], ['且高而']], nothingKnown)).toEqual([
      ['了', '的'],
      ['且', '高', '而']
    ])
  })

  it('leaves single characters, Latin and mixed tokens, and tokens without a function edge', () => {
    const lines = [['且', 'GPT的', 'and', '率低', '认知核心', '']]
    expect(splitFragments(lines, nothingKnown)).toBe(lines)
  })

  it('asks known() only about debris-shaped tokens the post writes once', () => {
    const asked: string[] = []
    const known = (word: string): boolean => {
      asked.push(word)
      return false
    }
    splitFragments([['成本', '较', '低且', '效果', '明显', '差着', '差着', '的']], known)
    expect(asked).toEqual(['低且'])
  })

  it('leaves lines without debris as they are', () => {
    const clean = ['成本', '较低']
    const after = splitFragments([clean, ['低且']], nothingKnown)
    expect(after[0]).toEqual(clean)
    expect(after[1]).toEqual(['低', '且'])
  })
})
