import { describe, expect, it } from 'vitest'
import { trendLists } from '@core/words/trends'

const counts = (entries: Record<string, number>): Map<string, number> =>
  new Map(Object.entries(entries))

describe('trendLists', () => {
  // Worked out by hand. Post: 模型 3, 推理 2, 芯片 1 (T = 6). Baseline: {模型 1, 成本 4} and
  // {模型 1, 成本 2} (B = 8, 模型 2 and 成本 6 summed). V = |{模型, 推理, 芯片, 成本}| = 4.
  //   推理: count 2, in no baseline post: new.
  //   芯片: count 1: neither new nor rising.
  //   模型: log2(4/10) - log2(3/12) = log2(1.6) = 0.678072: rising.
  //   成本: count 0, baseline 6: log2(1/10) - log2(7/12) = log2(0.171429) = -2.544321: falling.
  const post = counts({ 模型: 3, 推理: 2, 芯片: 1 })
  const baseline = [counts({ 模型: 1, 成本: 4 }), counts({ 模型: 1, 成本: 2 })]

  it('finds the new, rising and falling words with the scores worked out by hand', () => {
    const trends = trendLists(post, baseline)
    expect(trends.new).toEqual([{ word: '推理', count: 2 }])
    expect(trends.rising).toHaveLength(1)
    expect(trends.rising[0]).toMatchObject({ word: '模型', count: 3, baseline: 2 })
    expect(trends.rising[0].score).toBeCloseTo(0.678072, 5)
    expect(trends.falling).toHaveLength(1)
    expect(trends.falling[0]).toMatchObject({ word: '成本', count: 0, baseline: 6 })
    expect(trends.falling[0].score).toBeCloseTo(-2.544321, 5)
  })

  it('sorts new words by count, then in code point order (not the locale’s)', () => {
    const trends = trendLists(counts({ b: 2, a: 2, Z: 2, 中: 5, é: 2 }), [])
    expect(trends.new.map((w) => w.word)).toEqual(['中', 'Z', 'a', 'b', 'é'])
    expect(trends.rising).toEqual([])
    expect(trends.falling).toEqual([])
  })

  it('keeps the 20 highest rising and the 20 lowest falling words, ties by word', () => {
    const now: Record<string, number> = {}
    const before: Record<string, number> = {}
    for (let k = 0; k < 30; k++) {
      // Rising: the post says each more often than the baseline; falling: the other way round.
      now[`r${String(k).padStart(2, '0')}`] = 10 + (k % 3)
      before[`r${String(k).padStart(2, '0')}`] = 1
      before[`f${String(k).padStart(2, '0')}`] = 20 + (k % 3)
    }
    const trends = trendLists(counts(now), [counts(before)])
    expect(trends.rising).toHaveLength(20)
    expect(trends.falling).toHaveLength(20)
    // The 10 words with 12 come first (in word order), then those with 11.
    expect(trends.rising.slice(0, 10).every((w) => w.count === 12)).toBe(true)
    expect(trends.rising.map((w) => w.word).slice(0, 3)).toEqual(['r02', 'r05', 'r08'])
    expect(trends.falling.slice(0, 10).every((w) => w.baseline === 22)).toBe(true)
    const scores = trends.falling.map((w) => w.score)
    expect(scores).toEqual([...scores].sort((a, b) => a - b))
  })

  it('never lists a baseline word below 4 as falling; equal scores go by word', () => {
    // T = 6, B = 9, V = 3. 少: count 0, baseline 3: below 4, not falling although it fell.
    // 同 and 稳 both log2(3/9) - log2(3/12) = log2(5/9) - log2(5/12) = log2(4/3) = 0.415037.
    const trends = trendLists(counts({ 同: 2, 稳: 4 }), [counts({ 同: 2, 稳: 4, 少: 3 })])
    expect(trends.falling).toEqual([])
    expect(trends.rising.map((w) => w.word)).toEqual(['同', '稳'])
    for (const word of trends.rising) expect(word.score).toBeCloseTo(0.415037, 5)
  })
})
