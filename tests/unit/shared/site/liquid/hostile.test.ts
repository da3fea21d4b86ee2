/**
 * Templates that would stop or hang a build: each renders what it can, returns quickly (no timing
 * threshold here: liquidjs's render limit and our output and nesting limits do the stopping)
 * and says what happened with file and file line.
 */
import { describe, expect, it } from 'vitest'
import { harness } from './helpers'

describe('hostile and broken templates', () => {
  it('a loop over 10^7 items stops with a limit diagnostic', () => {
    const h = harness()
    const out = h.render(
      'head\n{% for i in (1..10000000) %}{{ i }} {% endfor %}\ntail',
      {},
      '_layouts/default.html',
      3
    )
    // How far it gets depends on the machine; the head is always there.
    expect(out.startsWith('head\n')).toBe(true)
    expect(h.diagnostics).toEqual([
      expect.objectContaining({ kind: 'limit', file: '_layouts/default.html' })
    ])
    // The loop's own line (template line 2 of a template starting at file line 3), not the top.
    expect(h.diagnostics[0].line).toBe(4)
  })

  it('nested loops that would print forever stop', () => {
    const h = harness()
    h.render(
      '{% for a in (1..100000) %}{% for b in (1..100000) %}xxxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}{% endfor %}'
    )
    expect(h.diagnostics.map((d) => d.kind)).toEqual(['limit'])
  })

  it('an include that includes itself stops at a Liquid-like depth', () => {
    const h = harness({ '_includes/loop.html': 'a\n{% include loop.html %}' })
    const out = h.render('before {% include loop.html %} after')
    expect(out.startsWith('before a\na\n')).toBe(true)
    // A broken include never blanks the page: what follows it still renders.
    expect(out.endsWith(' after')).toBe(true)
    expect(h.diagnostics).toEqual([
      expect.objectContaining({ kind: 'limit', file: '_includes/loop.html', line: 2 })
    ])
  })

  it('two includes that include each other twice (exponential) stop too', () => {
    const h = harness({
      '_includes/a.html': '{% include b.html %}{% include b.html %}',
      '_includes/b.html': '{% include a.html %}{% include a.html %}'
    })
    expect(h.render('{% include a.html %} and the rest')).toBe(' and the rest')
    expect(h.diagnostics.map((d) => d.kind)).toEqual(['limit'])
  })

  it.each([
    ['{% gist 12345 %}', 'gist'],
    ['{% twitter https://twitter.com/x/status/1 %}', 'twitter'],
    ["{% youtube 'abc' %}", 'youtube'],
    ['{% tabs x %}inner{% endtabs %}', 'tabs']
  ])('unknown tag %s renders as nothing, the rest renders', (tag, name) => {
    const h = harness()
    const out = h.render(`<p>a</p>\n\n${tag}\n<p>{{ "b" | upcase }}</p>`, {}, '_posts/x.md', 6)
    expect(out).toBe(`<p>a</p>\n\n${name === 'tabs' ? 'inner' : ''}\n<p>B</p>`)
    expect(h.diagnostics).toEqual([
      expect.objectContaining({ kind: 'plugin', file: '_posts/x.md', line: 8 })
    ])
    expect(h.diagnostics[0].message).toContain(`'${name}'`)
  })

  it('an unclosed if is reported at its line and the rest of the file still renders', () => {
    const h = harness()
    const out = h.render(
      'one\n{% if page.x %}\ntwo {{ "3" }}\n',
      { page: {} },
      '_layouts/post.html',
      4
    )
    expect(out).toBe('one\n{% if page.x %}\ntwo 3\n')
    expect(h.diagnostics).toEqual([
      expect.objectContaining({ kind: 'liquid', file: '_layouts/post.html', line: 5 })
    ])
  })

  it.each([
    ['{% assign = 1 %}', 'liquid'],
    ['{% for %}x{% endfor %}', 'liquid'],
    ['{% endif %}', 'liquid'],
    ['{% else %}', 'liquid'],
    ['{{ x | no_such_filter }}', 'liquid'],
    ['{% include_relative %}', 'include'],
    ['{% highlight %}x{% endhighlight %}', 'liquid'],
    ['{% post_url nonsense %}', 'liquid'],
    ['{% render "x" %}', 'include'],
    ['{% layout "x" %}', 'liquid'],
    ['{{ 1 | divided_by: 0 }}', 'liquid'],
    ['{{ nil | sort }}', 'liquid'],
    ['{{ "x" | date_to_xmlschema }}', 'liquid']
  ])('%s gives a %s diagnostic and the page goes on', (template, kind) => {
    const h = harness()
    const out = h.render(`start\n${template}\nend`, { x: 'v' }, 'page.html', 1)
    expect(out.startsWith('start\n')).toBe(true)
    expect(out.endsWith('\nend')).toBe(true)
    expect(h.diagnostics.length).toBeGreaterThan(0)
    expect(h.diagnostics[0]).toMatchObject({ file: 'page.html', line: 2 })
    expect(h.diagnostics.map((d) => d.kind)).toContain(
      kind === 'liquid' ? h.diagnostics[0].kind : kind
    )
  })

  it('a render nested in another (a post read by a layout) stops alone; the layout goes on', () => {
    const h = harness()
    const post = {
      get content(): string {
        const text = '{% for i in (1..10000000) %}x{% endfor %}'
        return h.liquid.render({ text, file: '_posts/a.md', line: 3 }, {}) ? 'cut' : 'none'
      }
    }
    const out = h.render('head {{ post.content }} tail {% for i in (1..3) %}{{ i }}{% endfor %}', {
      post
    })
    // The nested render took its whole second; the layout still has its own.
    expect(out).toMatch(/^head (cut|none) tail 123$/)
    expect(h.diagnostics).toEqual([
      expect.objectContaining({ kind: 'limit', file: '_posts/a.md', line: 3 })
    ])
  })

  it('never throws, even on a getter that throws', () => {
    const h = harness()
    const page = {
      get content(): string {
        throw new Error('boom')
      }
    }
    expect(h.render('a{{ page.content }}b', { page })).toBe('ab')
    expect(h.diagnostics[0]).toMatchObject({ kind: 'liquid', line: 1 })
  })

  it('reports each problem once per render even inside loops', () => {
    const h = harness()
    h.render('{% for i in (1..50) %}{% include gone.html %}{% endfor %}')
    expect(h.diagnostics).toHaveLength(1)
  })

  it('reports parse problems again on the next render of the same (cached) text', () => {
    const h = harness()
    h.render('{% gist 1 %}')
    h.render('{% gist 1 %}')
    expect(h.diagnostics).toHaveLength(2)
  })
})
