/**
 * Filters and core tags against the real Jekyll: fixtures/filter-expected.json holds what Jekyll
 * 4.3.1 (Liquid 5.4, Ruby 3.1, Debian) renders for each template of filter-templates.json, over
 * the data in site-data.json with baseurl /blog, url https://Ex.com and timezone Asia/Shanghai
 * (written by fixtures/regenerate-expected.rb). The same templates and data go through
 * Postcloud's engine here.
 */
import { describe, expect, it } from 'vitest'
import { harness } from './helpers'
import { timeAtOffset } from '@shared/site/liquid'
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

/**
 * Where Postcloud knowingly differs from Jekyll, with what it renders instead and why. The test
 * pins these so a change either way is seen.
 */
const knownDifferences: Record<string, { ours: string; why: string }> = {
  '{{ 2.0 | times: 2 }} {{ 3 | times: 1.5 }} {{ 0.1 | plus: 0.2 }} {{ 10 | modulo: 3 }} {{ -1 | abs }} {{ 4.6 | round }} {{ 4.5612 | round: 2 }} {{ 3.2 | ceil }} {{ 3.7 | floor }} {{ 5 | at_least: 7 }} {{ 5 | at_most: 3 }}':
    {
      ours: '4 4.5 0.3 1 1 5 4.56 4 3 7 3',
      why: 'liquidjs reads the literal 2.0 as the number 2, so an input written as a Float is not seen (an argument is)'
    },
  "{{ 'abc' | size }} {{ d.hash.size }} {{ d.words.first }} {{ d.hash.first }}": {
    ours: '3 4 one ',
    why: 'Ruby calls Hash#first (the first pair) for hash.first; liquidjs reads first only on arrays'
  },
  '{{ true }} {{ false }} {{ nil }}|{{ 123456789012345678 }}': {
    ours: 'true false |123456789012345680',
    why: 'integers past 2^53 lose precision in JavaScript'
  }
}

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
  const compared = rendered.filter(
    (c) =>
      !sampled.has(c.template) && !hostRendered.has(c.template) && !knownDifferences[c.template]
  )
  it.each(compared)('$template', ({ template, expected }) => {
    expect(render(template).output).toBe(expected)
  })

  it.each(Object.entries(knownDifferences))('known difference: %s', (template, { ours }) => {
    expect(render(template).output).toBe(ours)
    expect(rendered.some((c) => c.template === template && c.expected !== ours)).toBe(true)
  })

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
