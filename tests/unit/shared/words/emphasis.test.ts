import { describe, expect, it } from 'vitest'
import { distinctiveScores } from '@shared/words'

describe('distinctiveScores', () => {
  // The worked example of emphasis.ts, by hand: N = 4, idf = ln((1 + N) / (1 + df)) + 1.
  //   模型 10 × (ln(5/5) + 1) = 10 × 1                      = 10
  //   具身  6 × (ln(5/2) + 1) = 6 × (0.9162907318741551 + 1) = 11.497744391244931
  //   智能  6 × (ln(5/3) + 1) = 6 × (0.5108256237659907 + 1) = 9.064953742595944
  const counts = new Map([
    ['模型', 10],
    ['具身', 6],
    ['智能', 6]
  ])
  const documentFrequency = new Map([
    ['模型', 4],
    ['具身', 1],
    ['智能', 2]
  ])

  it('weights each count by the smooth idf of the series', () => {
    const scores = distinctiveScores(counts, documentFrequency, 4)
    expect(scores.get('模型')).toBeCloseTo(10, 12)
    expect(scores.get('具身')).toBeCloseTo(11.497744391244931, 12)
    expect(scores.get('智能')).toBeCloseTo(9.064953742595944, 12)
  })

  it('ranks the issue’s own word first, where count ranked the series-wide word first', () => {
    const scores = distinctiveScores(counts, documentFrequency, 4)
    const ranked = [...scores].sort((a, b) => b[1] - a[1]).map(([word]) => word)
    expect(ranked).toEqual(['具身', '模型', '智能'])
  })

  it('keeps a word every document uses above zero', () => {
    const scores = distinctiveScores(new Map([['报告', 3]]), new Map([['报告', 20]]), 20)
    expect(scores.get('报告')).toBe(3)
  })

  it('treats a word without a document frequency as this post’s alone, and clamps df to 1..N', () => {
    const alone = 2 * (Math.log(6 / 2) + 1)
    const scores = distinctiveScores(
      new Map([
        ['新词', 2],
        ['越界', 2],
        ['零', 2]
      ]),
      new Map([
        ['越界', 9],
        ['零', 0]
      ]),
      5
    )
    expect(scores.get('新词')).toBeCloseTo(alone, 12)
    expect(scores.get('越界')).toBe(2)
    expect(scores.get('零')).toBeCloseTo(alone, 12)
  })

  it('scores a post that is its own only document by its counts', () => {
    const scores = distinctiveScores(new Map([['词', 7]]), new Map(), 1)
    expect(scores.get('词')).toBe(7)
  })
})
