import { describe, expect, it } from 'vitest'
import { openElementBalance } from '@shared/markdown/html-balance'

describe('openElementBalance', () => {
  it.each([
    ['<details>\n<summary>更多</summary>', 1],
    ['</details>', -1],
    ['<div><p>a</p></div>', 0],
    ['<div class="note">', 1],
    ['<section><div>', 2],
    ['<div/>', 0],
    ['<p>unclosed <svg><math><mtext><table><mglyph>', 0],
    ['<!-- <div> --><div>', 1],
    ['<!-- unclosed <div>', 0],
    ['a < b and c > d', 0],
    ['<DETAILS OPEN>', 1],
    ['<a', 0]
  ])('%j -> %d', (html, balance) => {
    expect(openElementBalance(html)).toBe(balance)
  })

  it.each<[string, () => string]>([
    ['500k <a without >', () => '<a'.repeat(500_000)],
    ['500k < <', () => '< '.repeat(500_000)],
    ['500k unclosed comments', () => '<!--'.repeat(250_000)]
  ])('%s completes', (_name, make) => {
    expect(Number.isFinite(openElementBalance(make()))).toBe(true)
  })
})
