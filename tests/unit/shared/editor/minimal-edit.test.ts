import { describe, expect, it } from 'vitest'
import { minimalEdit } from '@shared/editor/minimal-edit'

function apply(current: string, next: string): string {
  const edit = minimalEdit(current, next)
  if (!edit) return current
  return current.slice(0, edit.start) + edit.text + current.slice(edit.end)
}

describe('minimalEdit', () => {
  it('is null for equal texts', () => {
    expect(minimalEdit('同样', '同样')).toBeNull()
  })

  it.each([
    ['one word changed', 'title: 旧\nbody', 'title: 新\nbody', { start: 7, end: 8, text: '新' }],
    ['insertion', 'ab', 'aXb', { start: 1, end: 1, text: 'X' }],
    ['deletion', 'aXb', 'ab', { start: 1, end: 2, text: '' }],
    ['repeated characters stay within both texts', 'aaa', 'aaaa', { start: 3, end: 3, text: 'a' }],
    ['all replaced', 'abc', 'xyz', { start: 0, end: 3, text: 'xyz' }],
    ['from empty', '', 'new', { start: 0, end: 0, text: 'new' }],
    ['to empty', 'old', '', { start: 0, end: 3, text: '' }]
  ])('%s', (_name, current, next, edit) => {
    expect(minimalEdit(current, next)).toEqual(edit)
    expect(apply(current, next)).toBe(next)
  })

  it.each([
    // 😀 is \ud83d\ude00 and 😁 is \ud83d\ude01: they share the high surrogate.
    ['a surrogate pair at the start', 'a😀b', 'a😁b'],
    // 𠀀 (\ud840\udc00) and 𡀀 (\ud844\udc00) share the low surrogate.
    ['a surrogate pair at the end', 'a𠀀b', 'a𡀀b'],
    ['a CRLF at the start', 'a\r\nb', 'a\rXb'],
    ['a CRLF at the end', 'a\r\nb', 'aX\nb']
  ])('never splits %s', (_name, current, next) => {
    const edit = minimalEdit(current, next)
    expect(edit).not.toBeNull()
    const replaced = current.slice(edit!.start, edit!.end)
    expect(replaced).toBe([...replaced].join(''))
    expect(/^[\udc00-\udfff\n]|[\ud800-\udbff\r]$/.test(replaced)).toBe(false)
    expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(edit!.text)).toBe(false)
    expect(apply(current, next)).toBe(next)
  })
})
