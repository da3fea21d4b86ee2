import { describe, expect, it } from 'vitest'
import { pageFeatures } from './page-features'

const page = (head: string, body: string): string =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`

describe('pageFeatures', () => {
  it('reads body text as tokens, keeping words across inline tags and apart across blocks', () => {
    const { text } = pageFeatures(
      page(
        '<title>不算</title>',
        '<h2>概要</h2><p><strong>多模态</strong>成为默认配置：<a href="#">详情</a>。</p>' +
          '<ul><li>第一条</li><li>second <em>item</em></li></ul>'
      )
    )
    expect(text).toEqual(['概要', '多模态成为默认配置：详情。', '第一条', 'second', 'item'])
  })

  it('keeps code blocks apart and leaves out scripts, styles, templates and hidden elements', () => {
    const features = pageFeatures(
      page(
        '',
        '<p>前文</p><pre><code>let x = 1</code></pre><script>var s = "脚本"</script>' +
          '<style>p { color: red }</style><template><p>模板</p></template>' +
          '<a hidden>隐藏</a><noscript><p>无脚本时可见</p></noscript><p>后文</p>'
      )
    )
    expect(features.text).toEqual(['前文', '无脚本时可见', '后文'])
    expect(features.code).toEqual(['let', 'x', '=', '1'])
  })

  it('lists every body element as tag and sorted classes, with its ancestors for hints', () => {
    const { skeleton } = pageFeatures(
      page(
        '<meta charset="utf-8">',
        '<main class="page-content"><article class="post h-entry"><p class="b a">x</p></article></main>'
      )
    )
    expect(skeleton.map((entry) => entry.label)).toEqual([
      'main.page-content',
      'article.h-entry.post',
      'p.a.b'
    ])
    expect(skeleton[2].path).toBe('body>main.page-content>article.h-entry.post')
  })

  it('collects the stylesheets linked anywhere, in order, and nothing else', () => {
    const { stylesheets } = pageFeatures(
      page(
        '<link rel="stylesheet" href="/assets/main.css"><link rel="icon" href="/f.png">' +
          '<link rel="alternate" type="application/atom+xml" href="/feed.xml">',
        '<link rel="Stylesheet preload" href="/late.css"><p>x</p>'
      )
    )
    expect(stylesheets).toEqual(['/assets/main.css', '/late.css'])
  })

  it('lists what <head> holds, one entry per element, attributes sorted', () => {
    const { head } = pageFeatures(
      page(
        '<meta charset="utf-8"><title>周报 | 数据观察</title>' +
          '<meta content="周报" property="og:title"><link href="/a.css" rel="stylesheet">',
        ''
      )
    )
    expect(head).toEqual([
      'meta charset=utf-8',
      'title «周报 | 数据观察»',
      'meta property=og:title «周报»',
      'link href=/a.css rel=stylesheet'
    ])
  })

  it('gives empty features for a page without a body', () => {
    expect(pageFeatures('<p>x</p>').head).toEqual([])
    expect(pageFeatures('')).toMatchObject({ text: [], code: [], skeleton: [], stylesheets: [] })
  })
})
