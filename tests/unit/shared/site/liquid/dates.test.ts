/**
 * Times in the scope. Jekyll hands Liquid Ruby Times in the site's zone (it sets ENV['TZ'] from
 * `timezone`); expected values are Ruby 3.1's own output (`TZ=<zone> ruby -e 'puts Time.at(n)'`,
 * with strftime for %Z %z).
 */
import { describe, expect, it } from 'vitest'
import { harness } from './helpers'
import { timeAtOffset } from '@shared/site/liquid'

describe('dates in the scope', () => {
  it.each([
    ['Asia/Shanghai', 1735761906, '2025-01-02 04:05:06 +0800', 'CST +0800'],
    ['Asia/Shanghai', 1720000000, '2024-07-03 17:46:40 +0800', 'CST +0800'],
    ['America/New_York', 1720000000, '2024-07-03 05:46:40 -0400', 'EDT -0400'],
    ['America/New_York', 1735761906, '2025-01-01 15:05:06 -0500', 'EST -0500'],
    ['UTC', 1720000000, '2024-07-03 09:46:40 +0000', 'UTC +0000']
  ])('a Date in %s (%d) prints as Ruby prints a local Time', (timezone, seconds, printed, zone) => {
    const h = harness({}, { timezone })
    const scope = { d: new Date(seconds * 1000) }
    expect(h.render('{{ d }}|{{ d | date: "%Z %z" }}', scope)).toBe(`${printed}|${zone}`)
  })

  it('a time with its own offset keeps it, as a YAML front matter time does', () => {
    const h = harness({}, { timezone: 'Asia/Shanghai' })
    const d = timeAtOffset(Date.UTC(2025, 0, 1, 20, 5, 6), -300)
    expect(h.render('{{ d }}|{{ d | date: "%H:%M %z" }}|{{ d | date_to_xmlschema }}', { d })).toBe(
      '2025-01-01 15:05:06 -0500|15:05 -0500|2025-01-02T04:05:06+08:00'
    )
  })

  it('times compare with each other and with Dates by instant', () => {
    const h = harness({}, { timezone: 'UTC' })
    const scope = {
      a: timeAtOffset(Date.UTC(2025, 0, 1), 480),
      b: new Date(Date.UTC(2025, 0, 2))
    }
    expect(h.render('{% if a < b %}earlier{% endif %}{% if b > a %}later{% endif %}', scope)).toBe(
      'earlierlater'
    )
  })

  it('sorts posts by date, newest last', () => {
    const h = harness({}, { timezone: 'UTC' })
    const posts = [
      { t: 'b', date: new Date(Date.UTC(2024, 5, 1)) },
      { t: 'a', date: timeAtOffset(Date.UTC(2024, 0, 1), 60) },
      { t: 'c', date: new Date(Date.UTC(2025, 0, 1)) }
    ]
    expect(h.render("{{ posts | sort: 'date' | map: 't' | join: '' }}", { posts })).toBe('abc')
  })
})
