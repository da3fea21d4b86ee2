import { describe, expect, it } from 'vitest'
import { markdownToProse, textToProse } from '@shared/text'

/**
 * Inputs that make backtracking regexes or naive "search for the closer from every opener" code
 * quadratic. No timing thresholds here (they flake); the 10 s timeout is the guard, and the time
 * is printed so a regression is visible in the log.
 */
const MB = 1024 * 1024

const hostile: Array<[string, () => string]> = [
  ['1 MB of *a', () => '*a'.repeat(MB / 2)],
  ['100k nested >', () => '>'.repeat(100_000) + ' 引用'],
  ['100k nested "> "', () => '> '.repeat(100_000) + '引用'],
  ['a 5 MB single line', () => '多模态模型 GPT-5 和 [链接](x) `c` '.repeat((5 * MB) / 30)],
  ['1M unclosed [', () => '['.repeat(MB)],
  ['500k ![', () => '!['.repeat(MB / 2)],
  ['500k [a](', () => '[a]('.repeat(MB / 4)],
  ['500k <a without >', () => '<a '.repeat(MB / 3)],
  [
    '1M backticks in growing runs',
    () => Array.from({ length: 1400 }, (_, i) => '`'.repeat(i)).join('x')
  ],
  ['alternating ` and ``', () => '` `` '.repeat(MB / 5)],
  ['500k &entity without ;', () => '&abcdefgh'.repeat(MB / 9)],
  ['an unclosed <!-- then 1 MB', () => '<!--' + '文字\n'.repeat(MB / 3)],
  ['an unclosed {% then 1 MB', () => '{%' + 'a '.repeat(MB / 2)],
  ['1 MB of | - : table junk', () => '| - : '.repeat(MB / 6)],
  ['1 MB URL-ish run', () => 'http://' + 'a.'.repeat(MB / 2)],
  ['1 MB of dots and slashes', () => './'.repeat(MB / 2)],
  ['200k lines of ---', () => '---\n'.repeat(200_000)],
  ['200k fence lines', () => '```\n'.repeat(200_000)],
  ['200k list markers', () => '- 1. * + '.repeat(200_000)],
  ['deep brackets', () => '['.repeat(200_000) + ']'.repeat(200_000)],
  ['deep parens after a link', () => '[a](' + '('.repeat(200_000) + ')'.repeat(200_000)]
]

describe('markdownToProse on hostile input', () => {
  it.each(hostile)(
    '%s completes',
    (name, make) => {
      const input = make()
      const started = performance.now()
      const prose = markdownToProse(input)
      const plain = textToProse(input)
      const ms = performance.now() - started
      console.log(`${name}: ${(input.length / MB).toFixed(1)} M chars in ${ms.toFixed(0)} ms`)
      expect(typeof prose).toBe('string')
      expect(typeof plain).toBe('string')
    },
    10_000
  )

  it('keeps the words of the 5 MB single line', () => {
    const prose = markdownToProse('多模态模型 [链接](https://x.com) `code` '.repeat(1000))
    expect(prose).toContain('多模态模型')
    expect(prose).toContain('链接')
    expect(prose).not.toContain('x.com')
    expect(prose).not.toContain('code')
  })
})
