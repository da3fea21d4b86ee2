import { describe, expect, it } from 'vitest'
import { idfIndexFromText } from '@core/analysis/idf'

// A small table in jieba's format: a word twice (the last line wins), a malformed line, a
// word with a space inside, values whose upper median is 5.
const table = ['模型 3.5', '推理 7.25', '模型 4', 'broken', 'new york 9', '数据 5', ''].join('\n')

describe('idfIndexFromText', () => {
  it('answers the same after prepare(), which reads the whole table at once', () => {
    const words = ['模型', '推理', '数据', 'new york', '未知', 'broken']
    const scanned = idfIndexFromText(table)
    const prepared = idfIndexFromText(table)
    prepared.prepare()
    expect(prepared.lookup(words)).toEqual(scanned.lookup(words))
    expect(prepared.lookup(words)).toEqual([
      ['模型', 4],
      ['推理', 7.25],
      ['数据', 5],
      ['new york', 9]
    ])
    expect(prepared.median).toBe(scanned.median)
    expect(prepared.median).toBe(5)
  })

  it('can be prepared after lookups and twice', () => {
    const idf = idfIndexFromText(table)
    expect(idf.lookup(['推理'])).toEqual([['推理', 7.25]])
    idf.prepare()
    idf.prepare()
    expect(idf.lookup(['模型', '推理'])).toEqual([
      ['模型', 4],
      ['推理', 7.25]
    ])
    expect(idf.median).toBe(5)
  })

  it('finds every word of a large table by its hash, and no word it does not hold', () => {
    // Enough words that many share a probe run; each word's value is the last line's.
    const lines: string[] = []
    const expected = new Map<string, number>()
    for (let k = 0; k < 20_000; k++) {
      const word = String.fromCharCode(0x4e00 + (k % 900), 0x4e00 + Math.floor(k / 900))
      const value = (k * 7919) % 1000
      lines.push(`${word} ${value}`)
      expected.set(word, value)
    }
    for (let k = 0; k < 20_000; k += 97) lines.push(`${lines[k].split(' ')[0]} ${k}`)
    for (let k = 0; k < 20_000; k += 97) expected.set(lines[k].split(' ')[0], k)
    const idf = idfIndexFromText(lines.join('\n'))
    const words = [...expected.keys()]
    expect(new Map(idf.lookup(words))).toEqual(expected)
    expect(idf.lookup(['甲乙丙', '一', 'x', '一一一'])).toEqual([])
  })

  it('reads each value exactly as Number does, whatever its form', () => {
    const values = ['13.900677652', '0.1', '.5', '5.', '007', '1e3', '12345678901234567.5', '0.3']
    values.push('9007199254740993', '123456789012345', '2.675', '-4', '1_0')
    const idf = idfIndexFromText(values.map((value, k) => `词${k} ${value}`).join('\n'))
    const expected = values
      .map((value, k): [string, number] => [`词${k}`, Number(value)])
      .filter(([, value]) => Number.isFinite(value))
    expect(idf.lookup(values.map((_, k) => `词${k}`))).toEqual(expected)
  })

  it('takes the upper median of many values, as a sort would', () => {
    let seed = 7
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (const size of [1, 2, 3, 10, 1001, 4096]) {
      // Few distinct values, as in jieba's table, so that many equal the pivot.
      const values = Array.from({ length: size }, () => Math.floor(random() * 40) / 4)
      const idf = idfIndexFromText(values.map((value, k) => `w${k} ${value}`).join('\n'))
      expect(idf.median).toBe([...values].sort((a, b) => a - b)[size >> 1])
    }
  })
})
