import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { SequenceMatcher, sequenceRatio } from './sequence-matcher'

// Expected values printed by CPython 3's difflib.SequenceMatcher(None, a, b), so the test needs
// no Python; the last test compares with a live python3 as well when one is installed.

const modularA = Array.from({ length: 300 }, (_, i) => String((i * 7) % 13))
const modularB = Array.from({ length: 250 }, (_, i) => String((i * 5) % 11))
// A page-like sequence: `li` is 2/3 of it, far above autojunk's 1% line.
const popularA = Array.from({ length: 400 }, (_, i) => (i % 3 ? 'li' : `p${i}`))
const popularB = Array.from({ length: 410 }, (_, i) => (i % 3 ? 'li' : `p${i + (i > 200 ? 1 : 0)}`))

function pythonRatio(a: string[], b: string[]): number | null {
  const script =
    'import difflib, json, sys\n' +
    'a, b = json.load(sys.stdin)\n' +
    'print(repr(difflib.SequenceMatcher(None, a, b).ratio()))'
  try {
    return Number(execFileSync('python3', ['-c', script], { input: JSON.stringify([a, b]) }))
  } catch {
    return null
  }
}

describe('SequenceMatcher (difflib port)', () => {
  it('matches difflib on small sequences, opcodes included', () => {
    const m = new SequenceMatcher([...'abcd'], [...'bcde'])
    expect(m.ratio()).toBe(0.75)
    expect(m.getOpcodes()).toEqual([
      { tag: 'delete', i1: 0, i2: 1, j1: 0, j2: 0 },
      { tag: 'equal', i1: 1, i2: 4, j1: 0, j2: 3 },
      { tag: 'insert', i1: 4, i2: 4, j1: 3, j2: 4 }
    ])
    const tokens = new SequenceMatcher(
      '今天 的 天气 很 好 我们 去 公园'.split(' '),
      '今天 天气 很 好 我们 去 公园 散步'.split(' ')
    )
    expect(tokens.ratio()).toBe(0.875)
    expect(tokens.getOpcodes().map((op) => op.tag)).toEqual(['equal', 'delete', 'equal', 'insert'])
    expect(
      sequenceRatio(
        [...'private Thread currentThread;'],
        [...'private volatile Thread currentThread;']
      )
    ).toBe(0.8656716417910447)
  })

  it('gives 1 for two empty sequences and 0 against an empty one', () => {
    expect(sequenceRatio([], [])).toBe(1)
    expect(sequenceRatio(['a'], [])).toBe(0)
    expect(new SequenceMatcher(['a'], []).getOpcodes()).toEqual([
      { tag: 'delete', i1: 0, i2: 1, j1: 0, j2: 0 }
    ])
  })

  it('applies autojunk as difflib does on sequences of 200 items or more', () => {
    expect(sequenceRatio(modularA, modularB)).toBe(0.0036363636363636364)
    expect(new SequenceMatcher(modularA, modularB, false).ratio()).toBe(0.21454545454545454)
    expect(sequenceRatio(popularA, popularB)).toBe(0.4962962962962963)
    expect(new SequenceMatcher(popularA, popularB, false).ratio()).toBe(0.8222222222222222)
  })

  it('agrees with a live python3 on generated sequences, when python3 is installed', () => {
    let seed = 12345
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648)
    const pairs = Array.from({ length: 12 }, (_, n) => {
      const length = n < 6 ? 20 + n * 7 : 190 + n * 15
      const a = Array.from({ length }, () => `t${next() % (4 + n * 3)}`)
      const b = a.filter(() => next() % 10 > 0).map((t) => (next() % 15 === 0 ? 'x' : t))
      return [a, b] as const
    })
    const expected = pairs.map(([a, b]) => pythonRatio(a, b))
    if (expected.includes(null)) {
      console.log('python3 with difflib not found: the live comparison is skipped')
      return
    }
    expect(pairs.map(([a, b]) => sequenceRatio(a, b))).toEqual(expected)
  })
})
