import { describe, expect, it } from 'vitest'
import { lazyList } from '@shared/site/model/lazy-list'

describe('lazyList', () => {
  it('makes an item only when it is read, once, and behaves as an array', () => {
    const made: number[] = []
    const list = lazyList([1, 2, 3, 4], (n) => {
      made.push(n)
      return { n }
    })
    expect(Array.isArray(list)).toBe(true)
    expect(list).toHaveLength(4)
    expect(made).toEqual([])
    expect(list.slice(0, 2).map((item) => item.n)).toEqual([1, 2])
    expect(made).toEqual([1, 2])
    expect(list[0]).toBe(list[0])
    expect(made).toEqual([1, 2])
    expect(list.map((item) => item.n)).toEqual([1, 2, 3, 4])
    expect([...list].map((item) => item.n)).toEqual([1, 2, 3, 4])
    expect(list.filter((item) => item.n > 2)).toHaveLength(2)
    expect(JSON.stringify(list)).toBe('[{"n":1},{"n":2},{"n":3},{"n":4}]')
    expect(Object.keys(list)).toEqual(['0', '1', '2', '3'])
    expect(list[4]).toBeUndefined()
    expect(2 in list).toBe(true)
    expect(made).toEqual([1, 2, 3, 4])
  })
})
