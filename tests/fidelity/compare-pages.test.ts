import { describe, expect, it } from 'vitest'
import { comparePages } from './compare-pages'
import { pageFeatures } from './page-features'

const post = (options: { css?: string; extra?: string; meta?: string } = {}): string =>
  '<!DOCTYPE html><html><head>' +
  `<link rel="stylesheet" href="${options.css ?? '/assets/main.css'}"></head><body>` +
  '<main class="page-content"><article class="post">' +
  `<h1 class="post-title">云计算周报</h1><p class="${options.meta ?? 'post-meta'}">2025年11月03日</p>` +
  '<h2 id="概要">概要</h2><p>本周云计算市场最明显的变化是价格战开始降温。</p>' +
  '<ul><li>三家头部云厂商 上线了 年度预留方案</li><li>按量计费 价格 没有变化</li></ul>' +
  (options.extra ?? '') +
  '<pre><code>SELECT 1;</code></pre></article></main></body></html>'

const compare = (a: string, b: string): ReturnType<typeof comparePages> =>
  comparePages(pageFeatures(a), pageFeatures(b))

describe('comparePages', () => {
  it('scores identical pages 1 with no hints', () => {
    const result = compare(post(), post())
    expect(result).toMatchObject({ text: 1, code: 1, skeleton: 1, stylesheetsEqual: true })
    expect(result.textHints).toEqual([])
    expect(result.skeletonHints).toEqual([])
    expect(result.stylesheetHint).toBeNull()
  })

  it('notices a missing paragraph in text and skeleton, and says where', () => {
    const result = compare(post({ extra: '<p>对中小团队来说 长约的门槛 仍然偏高</p>' }), post())
    expect(result.text).toBeLessThan(1)
    expect(result.skeleton).toBeLessThan(1)
    expect(result.textHints[0]).toContain('jekyll «对中小团队来说 长约的门槛 仍然偏高»')
    expect(result.skeletonHints[0]).toBe(
      'delete at body>main.page-content>article.post: jekyll [p] postcloud []'
    )
  })

  it('notices a changed class in the skeleton only', () => {
    const result = compare(post(), post({ meta: 'meta' }))
    expect(result.text).toBe(1)
    expect(result.skeleton).toBeLessThan(1)
    expect(result.skeletonHints[0]).toContain('jekyll [p.post-meta] postcloud [p.meta]')
  })

  it('tells highlighter differences inside <pre> from structural ones', () => {
    const code = (spans: string): string =>
      post({ extra: `<pre class="highlight"><code>${spans}</code></pre>` })
    const result = compare(
      code('<span class="k">SELECT</span> <span class="n">id</span>'),
      code('<span class="k">SELECT</span> id')
    )
    expect(result.skeleton).toBeLessThan(1)
    expect(result.skeletonOutsideCode).toBe(1)
    expect(result.code).toBe(1)
    const inserted = compare(
      post(),
      post({ extra: '<figure class="highlight"><pre></pre></figure>' })
    )
    expect(inserted.skeletonHints[0]).toBe(
      'insert at body>main.page-content>article.post: jekyll [] postcloud [figure.highlight pre]'
    )
  })

  it('compares stylesheets exactly, baseurl included', () => {
    const result = compare(post(), post({ css: '/blog/assets/main.css' }))
    expect(result.stylesheetsEqual).toBe(false)
    expect(result.stylesheetHint).toBe(
      'jekyll [/assets/main.css] postcloud [/blog/assets/main.css]'
    )
  })
})
