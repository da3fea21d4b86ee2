import { describe, expect, it } from 'vitest'
import { isReadableDate } from '@shared/frontmatter/readable-date'

// docs/BAD-INPUTS.md#bi-fm-date
// Each case was checked against `jekyll build` (4.x) on a post with that `date:` in quotes.
describe('isReadableDate: the dates jekyll build reads', () => {
  it.each([
    '2025-11-11 15:33:03 +0800',
    '2025-11-11T15:33:03+08:00',
    '2025-11-11',
    '2025-1-5 5:03',
    '2025-11-11 15:33 UTC',
    '2025-11-11 24:00',
    '2025-02-30'
  ])('reads %j', (date) => expect(isReadableDate(date)).toBe(true))

  it.each([
    '2025/13/45 25:00',
    '',
    'hello',
    '2025-02-32',
    '2025-11-11 24:30',
    '2025-11-11 23:60',
    '2025-11-11 15:33:03 +2400'
  ])('stops the build at %j', (date) => expect(isReadableDate(date)).toBe(false))

  it('stops the build at a date that is not text', () => {
    expect(isReadableDate(2025)).toBe(false)
    expect(isReadableDate(['2025-11-11'])).toBe(false)
  })
})
