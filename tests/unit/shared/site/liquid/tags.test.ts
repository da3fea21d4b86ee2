/**
 * Jekyll's tags. Expected outputs are what `jekyll build` (Jekyll 4.3.1, Liquid 5.4, Rouge 3.30,
 * Debian) wrote for the same template in a scratch site with baseurl /b, a post
 * `_posts/2024-01-02-hello.md`, `_posts/sub/2024-02-03-deep-post.md`, `about.md` and
 * `docs/file.txt`. The host stands in for Rouge and the site's files, answering what Jekyll found
 * (the host writes the highlight block's <figure> wrapper; the expected output is Jekyll's whole).
 */
import { describe, expect, it } from 'vitest'
import { harness } from './helpers'

/** What Rouge 3.30 returned for the two highlighted blocks (copied from the build). */
const rouge: Record<string, string> = {
  'def x; end':
    '<span class="k">def</span> <span class="nf">x</span><span class="p">;</span> <span class="k">end</span>\n',
  'int x;':
    '<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1\n</pre></td><td class="code"><pre><span class="kt">int</span> <span class="n">x</span><span class="p">;</span>\n</pre></td></tr></tbody></table>'
}

function site(): ReturnType<typeof harness> {
  return harness(
    {},
    { baseurl: '/b', url: 'https://x.org' },
    {
      // The host writes the whole block, as src/shared/site/rouge's highlightTag does.
      highlight: (code, language) =>
        `<figure class="highlight"><pre><code class="language-${language.replace(/\+/g, '-')}" data-lang="${language}">${(rouge[code] ?? code).replace(/\n$/, '')}</code></pre></figure>`,
      postUrl: (name) =>
        ({
          '2024-01-02-hello': '/2024/01/02/hello.html',
          'sub/2024-02-03-deep-post': '/2024/02/03/deep-post.html'
        })[name] ?? null,
      link: (path) =>
        ({ 'about.md': '/about.html', 'docs/file.txt': '/docs/file.txt' })[path] ?? null
    }
  )
}

describe('tags as Jekyll 4.3.1 renders them', () => {
  it.each([
    [
      'A{% highlight ruby %}\ndef x; end\n{% endhighlight %}B',
      'A<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby"><span class="k">def</span> <span class="nf">x</span><span class="p">;</span> <span class="k">end</span></code></pre></figure>B'
    ],
    [
      'C{% highlight c++ linenos %}\nint {{ "x" }};\n{% endhighlight %}D',
      `C<figure class="highlight"><pre><code class="language-c--" data-lang="c++">${rouge['int x;']}</code></pre></figure>D`
    ],
    [
      'E{% post_url 2024-01-02-hello %}|{% post_url sub/2024-02-03-deep-post %}|{% link about.md %}|{% link docs/file.txt %}F',
      'E/b/2024/01/02/hello.html|/b/2024/02/03/deep-post.html|/b/about.html|/b/docs/file.txtF'
    ],
    ['{% assign doc = "about.md" %}{% link {{ doc }} %}', '/b/about.html'],
    [
      '{% raw %}{{ x }}{% if %}{% endraw %}|{% comment %} {{ gone }} {% endcomment %}|{% # inline %}|',
      '{{ x }}{% if %}|||'
    ],
    ['{%- liquid\n  assign y = 2\n  echo y\n-%}', '2']
  ])('%s', (template, expected) => {
    const h = site()
    expect(h.render(template)).toBe(expected)
    expect(h.diagnostics).toEqual([])
  })

  it('tells the host that linenos means Rouge’s table (Jekyll 4.3 uses HTMLTable for any linenos)', () => {
    const seen: unknown[] = []
    const h = harness(
      {},
      {},
      { highlight: (_c, lang, options) => (seen.push([lang, options]), '') }
    )
    h.render(
      '{% highlight Ruby linenos %}x{% endhighlight %}{% highlight js mark_lines="1 2" %}y{% endhighlight %}'
    )
    expect(seen).toEqual([
      ['ruby', { linenos: 'table' }],
      ['js', { markLines: [1, 2] }]
    ])
  })

  it('a post_url or link that matches nothing renders as nothing with a diagnostic', () => {
    const h = site()
    expect(
      h.render('a{% post_url 2020-01-01-none %}b\n{% link none.md %}c', {}, 'index.md', 3)
    ).toBe('ab\nc')
    expect(h.diagnostics).toEqual([
      expect.objectContaining({ kind: 'liquid', file: 'index.md', line: 3 }),
      expect.objectContaining({ kind: 'liquid', file: 'index.md', line: 4 })
    ])
  })

  it('highlighter_prefix and highlighter_suffix wrap the block', () => {
    const h = site()
    expect(
      h.render('{% highlight ruby %}def x; end{% endhighlight %}', {
        highlighter_prefix: '<div>',
        highlighter_suffix: '</div>'
      })
    ).toMatch(/^<div><figure class="highlight">.*<\/figure><\/div>$/)
  })
})
