/**
 * `{% include %}` and `{% include_relative %}` as Jekyll 4.3.1 renders them. The expected
 * outputs of the first table were taken from `jekyll build` (Jekyll 4.3.1, Liquid 5.4, Debian)
 * on a scratch site with the same `_includes/` files; the refusals and limits are Postcloud's
 * (Jekyll stops the whole build there).
 */
import { describe, expect, it } from 'vitest'
import { harness } from './helpers'

const files = {
  '_includes/note.html': '[{{ include.text }}|{{ include.level }}|{{ include.page_title }}]',
  '_includes/nested.html': '<{% include inner.html %}>',
  '_includes/inner.html': 'inner:{{ include.text }}',
  '_includes/self.html': 'x{% include self.html %}',
  '_includes/broken.html': 'a\n{% if x %}\nb',
  '_includes/dir/item.html': 'item',
  '_posts/snippet.md': 'snippet {{ page.title }}'
}

describe('include', () => {
  it.each([
    ['{% include note.html text="hi" level=2 page_title=page.title %}', '[hi|2|T]'],
    ["{% include note.html text='it\\'s' %}", "[it's||]"],
    ['{% include note.html text="say \\"x\\"" %}', '[say "x"||]'],
    // The name can carry {{ }}: Jekyll renders it as Liquid first.
    ['{% include {{ name }}.html text="v" %}', '[v||]'],
    ['{% include dir/item.html %}', 'item'],
    // An include without parameters sees the enclosing include's `include` (context.stack).
    ['{% include nested.html %}', '<inner:>'],
    ['{%- include note.html text="t" -%}', '[t||]']
  ])('%s', (template, expected) => {
    const h = harness(files)
    expect(h.render(template, { page: { title: 'T' }, name: 'note' })).toBe(expected)
    expect(h.diagnostics).toEqual([])
  })

  it('include_cached (jekyll-include-cache) renders as include does', () => {
    const h = harness(files)
    expect(h.render('{% include_cached note.html text="c" %}')).toBe('[c||]')
  })

  it('assigns inside an include reach the including page, as in Ruby Liquid', () => {
    const h = harness({ '_includes/set.html': '{% assign v = "set" %}' })
    expect(h.render('{% include set.html %}{{ v }}')).toBe('set')
  })

  it.each([
    ['{% include ../secret.html %}'],
    ['{% include /etc/passwd %}'],
    ['{% include a//b.html %}'],
    ['{% include {{ evil }} %}'],
    ['{% include a\\b.html %}']
  ])('%s is refused without asking the host', (template) => {
    const h = harness(files)
    expect(h.render(`before\n${template}\nafter`, { evil: '../../x' }, '_layouts/p.html', 3)).toBe(
      'before\n\nafter'
    )
    expect(h.asked).toEqual([])
    expect(h.diagnostics).toHaveLength(1)
    expect(h.diagnostics[0]).toMatchObject({ kind: 'include', file: '_layouts/p.html', line: 4 })
  })

  it('a missing include renders as nothing with a diagnostic, the page goes on', () => {
    const h = harness(files)
    expect(h.render('a{% include missing.html %}b', {}, 'index.html', 5)).toBe('ab')
    expect(h.diagnostics).toEqual([
      expect.objectContaining({ kind: 'include', file: 'index.html', line: 5 })
    ])
  })

  it('an include that includes itself stops with a limit diagnostic naming file and line', () => {
    const h = harness(files)
    const out = h.render('start {% include self.html %} end')
    expect(out.startsWith('start x')).toBe(true)
    expect(out.endsWith(' end')).toBe(true)
    expect(h.diagnostics).toEqual([
      expect.objectContaining({ kind: 'limit', file: '_includes/self.html', line: 1 })
    ])
  })

  it('broken Liquid in an include is reported at its own file and line', () => {
    const h = harness(files)
    const out = h.render('<{% include broken.html %}>')
    expect(out).toContain('<a\n')
    expect(out).toContain('b>')
    expect(h.diagnostics[0]).toMatchObject({
      kind: 'liquid',
      file: '_includes/broken.html',
      line: 2
    })
  })

  it('include_relative resolves against the page path, as Jekyll does', () => {
    const h = harness(files)
    const out = h.render('{% include_relative snippet.md %}', {
      page: { title: 'P', path: '_posts/2024-01-02-a.md' }
    })
    expect(out).toBe('snippet P')
    expect(h.asked).toEqual(['_posts/snippet.md'])
  })

  it('include_relative refuses climbing names', () => {
    const h = harness(files)
    expect(h.render('{% include_relative ../x.md %}', { page: { path: '_posts/a.md' } })).toBe('')
    expect(h.asked).toEqual([])
    expect(h.diagnostics[0]).toMatchObject({ kind: 'include' })
  })

  it('parses each distinct include once', () => {
    let reads = 0
    const h = harness(
      files,
      {},
      {
        include: (name) => {
          reads++
          return { text: `[${name}]`, file: `_includes/${name}`, line: 1 }
        }
      }
    )
    expect(h.render('{% for i in (1..3) %}{% include a.html %}{% endfor %}')).toBe(
      '[a.html][a.html][a.html]'
    )
    expect(reads).toBe(3)
  })
})
