import { describe, expect, it } from 'vitest'
import { createKramdown } from '@shared/site/kramdown'
import { sourceLineAttribute } from '@shared/markdown/blocks'

/**
 * Jekyll's `smartify` filter: each expected string was printed by Jekyll 4.3.1 with
 * `ruby -e 'require "jekyll"; require "json"; s = Jekyll::Site.new(Jekyll.configuration("quiet" => true));
 * JSON.parse(STDIN.read).each { |t| puts Liquid::Template.parse("{{ t | smartify }}").render!({"t" => t}, registers: {site: s}) }'`.
 */
const smartifyCases: [string, string][] = [
  ['He said "hi" -- it\'s fine...', 'He said “hi” – it’s fine…'],
  ['周报 "标题" \'x\'', '周报 “标题” ‘x’'],
  ['a & b < c > d', 'a &amp; b &lt; c &gt; d'],
  ['&copy; &amp; &lt; &quot;q&quot; &#8212;', '© &amp; &lt; "q" —'],
  ['<em>"quoted"</em> <<guillemets>>', '<em>“quoted”</em> «guillemets»'],
  ["It's the '90s", 'It’s the ’90s'],
  ['line one\nline two\n', 'line one\nline two'],
  ['5\' 10"', '5’ 10”'],
  ['Use `code` and **bold**', 'Use `code` and **bold**'],
  ['<a href="x?a=1&b=2">link</a>', '<a href="x?a=1&amp;b=2">link</a>'],
  ['foo---bar', 'foo—bar'],
  ['\\"escaped\\"', '\\“escaped\\”'],
  ['&unknown; & x', '&amp;unknown; &amp; x']
]

describe('smartify', () => {
  const kramdown = createKramdown({})
  for (const [input, expected] of smartifyCases) {
    it(`smartifies ${JSON.stringify(input)}`, () => {
      expect(kramdown.smartify(input)).toBe(expected)
    })
  }

  it("uses the site's smart_quotes", () => {
    const german = createKramdown({ kramdown: { smart_quotes: 'sbquo,lsquo,bdquo,ldquo' } })
    expect(german.smartify('"Hallo" \'du\'')).toBe('„Hallo“ ‚du‘')
  })
})

describe('render options', () => {
  const kramdown = createKramdown({})

  it('marks each top-level block with its 0-based source line when asked', () => {
    const markdown = '## 概要\n\n第一段\n第二行\n\n- 甲\n- 乙\n\n| a |\n|---|\n| 1 |\n'
    const html = kramdown.render(markdown, { sourceLines: true })
    const lines = [
      ...html.matchAll(new RegExp(`<(\\w+)[^>]*${sourceLineAttribute}="(\\d+)"`, 'g'))
    ].map((m) => `${m[1]}:${m[2]}`)
    expect(lines).toEqual(['h2:0', 'p:2', 'ul:5', 'table:8'])
    expect(html).not.toMatch(/<li[^>]*data-source-line/)
  })

  it('leaves the published page without source lines', () => {
    expect(kramdown.render('段落\n')).toBe('<p>段落</p>\n')
  })

  it("applies Jekyll's defaults for keys the config lacks, and the config's own keys", () => {
    expect(kramdown.render('## 标题\n')).toBe('<h2 id="标题">标题</h2>\n')
    expect(createKramdown({ kramdown: { auto_ids: false } }).render('## 标题\n')).toBe(
      '<h2>标题</h2>\n'
    )
    expect(createKramdown({ kramdown: { auto_id_prefix: 'h-' } }).render('## Title\n')).toBe(
      '<h2 id="h-title">Title</h2>\n'
    )
  })
})
