/**
 * Filters and core tags against the real Jekyll: fixtures/filter-expected.json holds what Jekyll
 * 4.3.1 (Liquid 5.4, Ruby 3.1, Debian) renders for each template of filter-templates.json, over
 * the data in site-data.json with baseurl /blog, url https://Ex.com and timezone Asia/Shanghai
 * (written by fixtures/regenerate-expected.rb). The same templates and data go through
 * Postcloud's engine here.
 */
import { describe, expect, it } from 'vitest'
import { harness } from './helpers'
import { timeAtOffset } from '../../../../src/shared/site/liquid'
import cases from './fixtures/filter-expected.json'
import data from './fixtures/site-data.json'

interface Case {
  template: string
  expected?: string
  error?: string
}

/** Outputs that are random or the current time: compared by shape only. */
const sampled = new Set(['{{ d.words | sample | size }} {{ d.words | sample: 2 | size }}'])

/**
 * Where the host answers for Jekyll (kramdown, SmartyPants): the harness's stand-ins differ from
 * kramdown's, so those cases check that the host was used rather than the text.
 */
const hostRendered = new Set([
  "{{ 'Hello' | markdownify }}",
  '{{ \'"quoted" -- dash\' | smartify }}'
])

function render(template: string): { output: string; diagnostics: number } {
  const h = harness({}, { baseurl: '/blog', url: 'https://Ex.com', timezone: 'Asia/Shanghai' })
  const scope = {
    site: { data: { d: structuredClone(data) } },
    // YAML front matter `date: 2025-01-01 20:05:06 +0000` keeps its offset in Ruby.
    page: { date: timeAtOffset(Date.UTC(2025, 0, 1, 20, 5, 6), 0) }
  }
  const output = h.render(`{% assign d = site.data.d %}${template}`, scope)
  return { output, diagnostics: h.diagnostics.length }
}

describe('filters as Jekyll 4.3.1 renders them', () => {
  const rendered = (cases as Case[]).filter((c) => c.expected !== undefined)
  it.each(rendered.filter((c) => !sampled.has(c.template) && !hostRendered.has(c.template)))(
    '$template',
    ({ template, expected }) => {
      expect(render(template).output).toBe(expected)
    }
  )

  it('sample returns one item, or that many', () => {
    expect(render('{{ d.words | sample | size }} {{ d.words | sample: 2 | size }}').output).toMatch(
      /^[35] 2$/
    )
  })

  it('markdownify and smartify go through the host', () => {
    expect(render("{{ 'Hello' | markdownify }}").output).toBe('<p>Hello</p>\n')
    expect(render('{{ \'"quoted" x\' | smartify }}').output).toBe('&ldquo;quoted&rdquo; x')
  })

  it.each((cases as Case[]).filter((c) => c.error !== undefined))(
    'Jekyll fails on $template; Postcloud renders without throwing',
    ({ template }) => {
      expect(() => render(template)).not.toThrow()
    }
  )
})
