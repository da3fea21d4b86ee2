import { describe, expect, it } from 'vitest'
import { highlightBlock, highlightTag } from '@shared/site/rouge'

/**
 * The Rouge helpers against real output. The expected strings were printed by Jekyll 4.3.1 with
 * Rouge 3.30.0: the tag through
 * `ruby -e 'require "jekyll"; s = Jekyll::Site.new(Jekyll.configuration("quiet" => true));
 * puts Liquid::Template.parse(STDIN.read).render!({}, registers: {site: s})'`, the block through
 * the kramdown converter (see ./fixtures.ts).
 */
describe('highlightTag', () => {
  it('writes the figure, code attributes and Rouge spans', () => {
    expect(highlightTag('def f(x):\n    return x & 1  # c\n', 'python')).toBe(
      '<figure class="highlight"><pre><code class="language-python" data-lang="python">' +
        '<span class="k">def</span> <span class="nf">f</span><span class="p">(</span><span class="n">x</span><span class="p">):</span>\n' +
        '    <span class="k">return</span> <span class="n">x</span> <span class="o">&amp;</span> <span class="mi">1</span>  <span class="c1"># c</span>' +
        '</code></pre></figure>'
    )
  })

  it('puts the code in the gutter table with linenos', () => {
    expect(highlightTag('\nputs "hi"\nx = 2\n', 'ruby', { linenos: true })).toBe(
      '<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby"><table class="rouge-table"><tbody><tr>' +
        '<td class="gutter gl"><pre class="lineno">1\n2\n</pre></td><td class="code"><pre>' +
        '<span class="nb">puts</span> <span class="s2">"hi"</span>\n<span class="n">x</span> <span class="o">=</span> <span class="mi">2</span>\n' +
        '</pre></td></tr></tbody></table></code></pre></figure>'
    )
  })

  it('leaves an unknown language plain and turns + into - in the class', () => {
    expect(highlightTag('<a> & b', 'nosuchlang')).toBe(
      '<figure class="highlight"><pre><code class="language-nosuchlang" data-lang="nosuchlang">&lt;a&gt; &amp; b</code></pre></figure>'
    )
    expect(highlightTag('int x;', 'c++')).toBe(
      '<figure class="highlight"><pre><code class="language-c--" data-lang="c++">' +
        '<span class="kt">int</span> <span class="n">x</span><span class="p">;</span></code></pre></figure>'
    )
  })
})

describe('highlightBlock', () => {
  it('wraps the code as kramdown does for a fenced block', () => {
    expect(highlightBlock('x = 1\n', 'ruby')).toBe(
      '<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>' +
        '<span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>\n</code></pre></div></div>\n'
    )
  })

  it('adds the rouge gutter table with line numbers', () => {
    expect(highlightBlock('a\nb\n', 'plaintext', { lineNumbers: true, lineNumberStart: 5 })).toBe(
      '<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>' +
        '<table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">5\n6\n</pre></td>' +
        '<td class="rouge-code"><pre>a\nb\n</pre></td></tr></tbody></table></code></pre></div></div>\n'
    )
  })

  it('leaves a language Rouge does not know unhighlighted', () => {
    expect(highlightBlock('<x>\n', 'nosuchlang')).toBe(
      '<pre><code class="language-nosuchlang">&lt;x&gt;\n</code></pre>\n'
    )
  })
})

describe('words objects inherit', () => {
  it('highlights code naming constructor, toString and __proto__ without failing', () => {
    for (const language of ['javascript', 'python', 'shell', 'ruby', 'yaml']) {
      const html = highlightBlock('constructor toString __proto__ hasOwnProperty\n', language)
      expect(html.replace(/<[^>]+>/g, '').trimEnd()).toBe(
        'constructor toString __proto__ hasOwnProperty'
      )
    }
  })
})
