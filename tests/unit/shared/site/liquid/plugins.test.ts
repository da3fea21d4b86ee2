/**
 * `{% seo %}` and `{% feed_meta %}` against the real plugins: fixtures/seo-expected.json is what
 * `jekyll build` (Jekyll 4.3.1, jekyll-seo-tag 2.8.0, jekyll-feed 0.17.0, Debian) wrote for each
 * page of fixtures/seo-site/ (written by fixtures/regenerate-seo.rb). Here the same layouts render
 * with the `site` and `page` Jekyll gave those pages, and the output must be byte for byte the same.
 */
import { describe, expect, it } from 'vitest'
import { harness } from './helpers'
import { timeAtOffset } from '@shared/site/liquid'
import expected from './fixtures/seo-expected.json'

const config = {
  title: 'My Site & Co',
  description: 'A site about things',
  url: 'https://Example.com',
  baseurl: '/blog',
  timezone: 'Asia/Shanghai',
  author: 'Site Author',
  twitter: { username: '@siteuser', card: 'summary' },
  logo: '/assets/logo.png',
  social: { name: 'Social Name', links: ['https://twitter.com/x', 'https://github.com/x'] },
  facebook: { app_id: 123, publisher: 'pubx', admins: 'adminx' },
  webmaster_verifications: { google: 'gkey', bing: 'bkey' },
  lang: 'en-GB',
  plugins: ['jekyll-seo-tag', 'jekyll-feed'],
  feed: { path: 'atom.xml' }
}
const site = {
  ...config,
  data: {
    authors: { alice: { name: 'Alice A', twitter: '@alicetw', url: 'https://alice.example' } }
  }
}
const plain = '{% seo %}\n{% feed_meta %}\n'
const notitle = '{% seo title=false %}\n'

/** Each built page: its layout and the `page` Jekyll rendered it with (front matter, url, date, excerpt). */
const pages: Record<string, { layout: string; page: Record<string, unknown> }> = {
  'index.html': { layout: plain, page: { url: '/', layout: 'plain' } },
  'about.html': { layout: plain, page: { url: '/about.html', title: 'About' } },
  'nodate.html': {
    layout: plain,
    page: {
      url: '/nodate.html',
      canonical_url: 'https://other.example/page',
      locale: 'zh-CN',
      image: 'https://cdn.example.com/x.png'
    }
  },
  '2024/03/05/hello.html': {
    layout: plain,
    page: {
      url: '/2024/03/05/hello.html',
      title: 'Hello & World',
      description: 'A  <em>post</em>\n about things',
      author: 'alice',
      image: { path: '/img/a b.png', height: 100, width: 200, alt: 'Alt text' },
      date: timeAtOffset(Date.UTC(2024, 2, 5, 2, 0, 0), 480),
      twitter: { card: 'summary_large_image' },
      excerpt: '<p>Body.</p>\n'
    }
  },
  '2024/04/01/second.html': {
    layout: notitle,
    page: {
      url: '/2024/04/01/second.html',
      title: 'Second',
      authors: [{ name: 'Bob', type: 'Organization' }],
      image: '/img/b.png',
      last_modified_at: timeAtOffset(Date.UTC(2024, 4, 1, 8, 0, 0), 0),
      seo: { type: 'CreativeWork', name: 'SeoName', links: ['https://a.example'] },
      // From the file name: midnight in the site's zone.
      date: new Date(Date.UTC(2024, 2, 31, 16, 0, 0)),
      excerpt: '<p>First paragraph of the second post.</p>\n'
    }
  }
}

describe('plugin tags as the real plugins render them', () => {
  it.each(Object.keys(pages))('%s', (file) => {
    const h = harness({}, config)
    const { layout, page } = pages[file]
    expect(h.render(layout, { site, page }, '_layouts/plain.html')).toBe(
      (expected as Record<string, string>)[file]
    )
    expect(h.diagnostics).toEqual([])
  })

  it('{% seo %} re-renders from the cached template on every call', () => {
    const h = harness({}, config)
    const first = h.render('{% seo %}', { site, page: { url: '/', title: 'One' } })
    const second = h.render('{% seo %}', { site, page: { url: '/', title: 'Two' } })
    expect(first).toContain('<title>One | My Site &amp; Co</title>')
    expect(second).toContain('<title>Two | My Site &amp; Co</title>')
  })

  it('feed_meta without feed.path or title', () => {
    const h = harness({}, { url: 'https://x.org' })
    expect(h.render('{% feed_meta %}')).toBe(
      '<link type="application/atom+xml" rel="alternate" href="https://x.org/feed.xml" />'
    )
  })
})
