import { describe, expect, it } from 'vitest'
import { unsafeStyle } from '@shared/markdown/unsafe-style'

describe('unsafeStyle: a style attribute of a post that the preview drops whole', () => {
  it.each([
    ['loads an image', 'background: url(https://example.com/x.png)'],
    ['loads through image-set', 'background-image: image-set("x.png" 1x)'],
    ['imports', '@import "https://example.com/x.css"'],
    ['old IE expression', 'width: expression(alert(1))'],
    ['hides behind an escape', 'background: u\\72l(x.png)'],
    ['hides behind a comment', 'position: fi/**/xed'],
    ['hides behind var()', 'position: var(--p)'],
    ['declares a custom property', '--p: fixed'],
    ['lies over the window (fixed)', 'position: fixed; inset: 0; background: white'],
    ['lies over the window (absolute)', 'color: red;position:absolute;top:0'],
    ['upper case', 'POSITION: FIXED'],
    ['tab before the value', 'position:\tabsolute'],
    ['fixed with !important', 'position: fixed !important']
  ])('drops a style that %s', (_what, css) => {
    expect(unsafeStyle(css)).toBe(true)
  })

  it.each([
    ['colours and alignment', 'color: #c00; text-align: center'],
    ['sizes', 'width: 50%; max-width: 30em'],
    ['relative position', 'position: relative; top: 2px'],
    ['sticky (stays inside the preview’s scroll box)', 'position: sticky; top: 0'],
    ['static with !important', 'position: static !important'],
    ['background-position is not position', 'background-position: fixed'],
    ['an empty style', '']
  ])('keeps %s', (_what, css) => {
    expect(unsafeStyle(css)).toBe(false)
  })
})
