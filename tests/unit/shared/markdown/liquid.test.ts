import { describe, expect, it } from 'vitest'
import {
  absoluteUrl,
  expandLiquid,
  outputValue,
  placeholder,
  relativeUrl,
  replacePlaceholders
} from '@shared/markdown/liquid'

const site = { baseurl: '/reports', url: 'https://example.org' }
const bare = { baseurl: '', url: '' }

describe('outputValue', () => {
  it.each([
    ['{{ site.baseurl }}', site, '/reports'],
    ['{{site.url}}', site, 'https://example.org'],
    ['{{- site.baseurl -}}', site, '/reports'],
    ['{{ "/assets/a.png" | relative_url }}', site, '/reports/assets/a.png'],
    ["{{ 'assets/a.png' | relative_url }}", site, '/reports/assets/a.png'],
    ['{{ "/assets/a.png" | absolute_url }}', site, 'https://example.org/reports/assets/a.png'],
    ['{{ "/assets/a.png" | relative_url }}', bare, '/assets/a.png'],
    ['{{ "/assets/a.png" | absolute_url }}', bare, '/assets/a.png'],
    ['{{ "/a.png" | prepend: site.baseurl }}', site, '/reports/a.png'],
    ['{{ site.baseurl | append: "/a.png" }}', site, '/reports/a.png'],
    ['{{ "https://x.org/a.png" | relative_url }}', site, 'https://x.org/a.png'],
    ['{{ page.title }}', site, null],
    ['{{ site.title }}', site, null],
    ['{{ "/a" | upcase }}', site, null],
    ['{{ "/a" | prepend: page.dir }}', site, null]
  ])('%s', (tag, siteInfo, value) => {
    expect(outputValue(tag, siteInfo)).toBe(value)
  })

  it('follows Jekyll for baseurls with a trailing slash and empty paths', () => {
    expect(relativeUrl('/a', { baseurl: '/blog/', url: '' })).toBe('/blog/a')
    expect(relativeUrl('', site)).toBe('/reports')
    expect(absoluteUrl('a', { baseurl: '', url: 'https://x.org' })).toBe('https://x.org/a')
  })
})

describe('expandLiquid', () => {
  it('substitutes site values inside link and image targets', () => {
    const { text, tags } = expandLiquid('![图]({{ site.baseurl }}/assets/a.png)', site)
    expect(text).toBe('![图](/reports/assets/a.png)')
    expect(tags).toEqual([])
  })

  it('turns other tags into numbered placeholders holding the original text', () => {
    const body = '前 {% include note.html title="x" %} 中 {{ page.title | escape }} 后'
    const { text, tags } = expandLiquid(body, site)
    expect(text).toBe(`前 ${placeholder(0)} 中 ${placeholder(1)} 后`)
    expect(tags).toEqual(['{% include note.html title="x" %}', '{{ page.title | escape }}'])
    expect(replacePlaceholders(text, tags, (tag) => `[${tag}]`)).toBe(
      '前 [{% include note.html title="x" %}] 中 [{{ page.title | escape }}] 后'
    )
  })

  it('shows raw blocks literally, across lines, and drops the raw tags', () => {
    const body = '{% raw %}\n{{ site.baseurl }} {% if x %}\n{%- endraw -%}\n{{ site.baseurl }}'
    const { text, tags } = expandLiquid(body, site)
    expect(text).toBe('\n{{ site.baseurl }} {% if x %}\n\n/reports')
    expect(tags).toEqual([])
  })

  it('makes an unclosed raw tag a placeholder', () => {
    const { text, tags } = expandLiquid('{% raw %} {{ x }}', site)
    expect(tags).toEqual(['{% raw %}', '{{ x }}'])
    expect(text).toBe(`${placeholder(0)} ${placeholder(1)}`)
  })

  it('keeps the line count: tags never span lines', () => {
    const body = 'a {{ page.\ntitle }} b\n{% if\nx %}\n{{ site.url }}'
    const { text } = expandLiquid(body, site)
    expect(text.split('\n')).toHaveLength(body.split('\n').length)
    expect(text).toBe('a {{ page.\ntitle }} b\n{% if\nx %}\nhttps://example.org')
  })

  it('leaves text without tags untouched', () => {
    const body = 'JSON { "a": {"b": 1} } and { braces } and %} and }}'
    expect(expandLiquid(body, site)).toEqual({ text: body, tags: [] })
  })

  it.each<[string, () => string]>([
    ['1 MB of {{', () => '{{'.repeat(512 * 1024)],
    ['1 MB of {%', () => '{%'.repeat(512 * 1024)],
    ['many unclosed raw tags', () => '{% raw %}\n'.repeat(100_000)],
    ['a 1 MB line of { and }', () => '{ } '.repeat(256 * 1024)],
    ['200k tags', () => '{{ x }}'.repeat(200_000)]
  ])('%s completes in linear time', (_name, make) => {
    const input = make()
    const started = performance.now()
    const { text } = expandLiquid(input, site)
    console.log(`liquid: ${_name}: ${(performance.now() - started).toFixed(0)} ms`)
    expect(text.length).toBeGreaterThan(0)
  })
})
