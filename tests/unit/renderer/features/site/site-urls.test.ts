import { describe, expect, it } from 'vitest'
import {
  classifySiteUrl,
  mapCssUrls,
  mapResourceUrl,
  mapSrcset,
  normalizeBaseurl
} from '@renderer/features/site/site-urls'
import type { ResourceContext } from '@renderer/features/site/site-urls'

/** A post at /ledger/2025/11/11/daily/ on https://example.org, remote content off. */
const context: ResourceContext = {
  baseurl: '/ledger',
  pageUrl: '/2025/11/11/daily/',
  siteUrl: 'https://example.org',
  allowRemote: false,
  assetUrl: (path) => `/asset/${path.split('/').map(encodeURIComponent).join('/')}`
}
const remoteOn: ResourceContext = { ...context, allowRemote: true }

describe('normalizeBaseurl', () => {
  it('reads the shapes _config.yml files use', () => {
    expect(normalizeBaseurl('')).toBe('')
    expect(normalizeBaseurl('/')).toBe('')
    expect(normalizeBaseurl('/ledger')).toBe('/ledger')
    expect(normalizeBaseurl('/ledger/')).toBe('/ledger')
    expect(normalizeBaseurl('ledger')).toBe('/ledger')
  })
})

describe('classifySiteUrl', () => {
  it('maps root-relative URLs under the baseurl onto the folder', () => {
    expect(classifySiteUrl('/ledger/assets/css/style.css', context)).toEqual({
      kind: 'site',
      path: 'assets/css/style.css',
      hash: ''
    })
  })

  it('resolves relative URLs against the page URL', () => {
    expect(classifySiteUrl('img/a.png', context)).toMatchObject({
      kind: 'site',
      path: '2025/11/11/daily/img/a.png'
    })
    expect(classifySiteUrl('../../../../assets/a.png', context)).toMatchObject({
      kind: 'site',
      path: 'assets/a.png'
    })
  })

  it('never climbs above the site root, however the dots are written', () => {
    for (const url of [
      '../../../../../../etc/passwd',
      '/ledger/../../etc/passwd',
      '/ledger/%2e%2e/%2e%2e/etc/passwd'
    ]) {
      const mapped = classifySiteUrl(url, context)
      expect(mapped.kind === 'site' ? mapped.path : '').not.toContain('..')
    }
    expect(classifySiteUrl('/ledger/a%2F..%2F..%2Fsecret', context)).toEqual({ kind: 'other' })
    expect(classifySiteUrl('/ledger/a%5C..%5Csecret', context)).toEqual({ kind: 'other' })
  })

  it('decodes the path once, keeps Chinese names, drops query and keeps the hash', () => {
    expect(classifySiteUrl('/ledger/assets/%E5%9B%BE.png?v=3#top', context)).toEqual({
      kind: 'site',
      path: 'assets/图.png',
      hash: 'top'
    })
  })

  it('treats URLs outside the baseurl as not the site', () => {
    expect(classifySiteUrl('/other/style.css', context)).toEqual({ kind: 'other' })
  })

  it('treats absolute URLs on the site’s own url as the site', () => {
    expect(classifySiteUrl('https://example.org/ledger/assets/a.png', context)).toMatchObject({
      kind: 'site',
      path: 'assets/a.png'
    })
    expect(classifySiteUrl('https://example.org/elsewhere.png', context)).toEqual({
      kind: 'remote',
      url: 'https://example.org/elsewhere.png'
    })
  })

  it('sees the network in protocol-relative and backslashed URLs', () => {
    expect(classifySiteUrl('//cdn.example.com/a.css', context)).toEqual({
      kind: 'remote',
      url: 'http://cdn.example.com/a.css'
    })
    expect(classifySiteUrl('\\\\evil.example\\a.css', context)).toMatchObject({ kind: 'remote' })
    expect(classifySiteUrl('https://cdn.example.com/a.css', context)).toMatchObject({
      kind: 'remote'
    })
  })

  it('refuses other schemes', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'file:///etc/passwd',
      'vbscript:x',
      'postcloud-asset://folder/a.png',
      'about:blank',
      '',
      '#top'
    ]) {
      expect(classifySiteUrl(url, context)).toEqual({ kind: 'other' })
    }
  })

  it('works without a baseurl', () => {
    const plain = { ...context, baseurl: '' }
    expect(classifySiteUrl('/assets/main.css', plain)).toMatchObject({
      kind: 'site',
      path: 'assets/main.css'
    })
  })
})

describe('mapResourceUrl', () => {
  it('points the site’s stylesheet at the asset route', () => {
    expect(mapResourceUrl('/ledger/assets/css/style.css', 'style', context)).toBe(
      '/asset/assets/css/style.css'
    )
    expect(mapResourceUrl('/ledger/assets/%E5%9B%BE.png', 'image', context)).toBe(
      '/asset/assets/%E5%9B%BE.png'
    )
  })

  it('loads nothing for a folder URL (a page, not a file)', () => {
    expect(mapResourceUrl('/ledger/', 'image', context)).toBeNull()
    expect(mapResourceUrl('/ledger/2025/', 'style', context)).toBeNull()
  })

  it('loads the network only when remote content is on', () => {
    const url = 'https://fonts.example.com/css?family=Noto'
    expect(mapResourceUrl(url, 'style', context)).toBeNull()
    expect(mapResourceUrl(url, 'style', remoteOn)).toBe(url)
    expect(mapResourceUrl('//cdn.example.com/a.png', 'image', remoteOn)).toBe(
      'http://cdn.example.com/a.png'
    )
  })

  it('allows data URLs for images and fonts only', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const font = 'data:font/woff2;base64,d09GMgAB'
    expect(mapResourceUrl(png, 'image', context)).toBe(png)
    expect(mapResourceUrl(font, 'font', context)).toBe(font)
    expect(mapResourceUrl(font, 'css-url', context)).toBe(font)
    expect(mapResourceUrl('data:text/html,<script>x</script>', 'image', context)).toBeNull()
    expect(mapResourceUrl('data:text/css,body{}', 'style', context)).toBeNull()
    expect(mapResourceUrl(png, 'style', context)).toBeNull()
    expect(mapResourceUrl('data:video/mp4;base64,AAAA', 'media', context)).toBeNull()
  })

  it('refuses script URLs for every kind', () => {
    for (const kind of ['image', 'font', 'media', 'style', 'css-url'] as const) {
      expect(mapResourceUrl('javascript:alert(1)', kind, remoteOn)).toBeNull()
    }
  })
})

describe('mapSrcset', () => {
  it('maps each candidate and keeps its descriptor', () => {
    expect(mapSrcset('/ledger/a.png 1x, /ledger/a@2x.png 2x', context)).toBe(
      '/asset/a.png 1x, /asset/a%402x.png 2x'
    )
  })

  it('reads candidates as the HTML standard does', () => {
    expect(mapSrcset('/ledger/a.png 1x,/ledger/b.png 2x', context)).toBe(
      '/asset/a.png 1x, /asset/b.png 2x'
    )
    expect(mapSrcset('/ledger/a.png, /ledger/b.png 2x', context)).toBe(
      '/asset/a.png, /asset/b.png 2x'
    )
    // A URL hidden in a descriptor is not a candidate of its own.
    expect(mapSrcset('/ledger/a.png 1x https://evil.example/x.png', context)).toBeNull()
    expect(mapSrcset('data:image/png;base64,AAA= 1x', context)).toBe(
      'data:image/png;base64,AAA= 1x'
    )
  })

  it('leaves out candidates that may not load', () => {
    expect(mapSrcset('https://cdn.example.com/a.png 1x, /ledger/b.png 2x', context)).toBe(
      '/asset/b.png 2x'
    )
    expect(mapSrcset('https://cdn.example.com/a.png 480w', context)).toBeNull()
  })
})

describe('mapCssUrls', () => {
  it('maps url() in every quoting', () => {
    const css = `a{background:url(/ledger/a.png)} b{background:url('/ledger/b.png')} c{background:url( "/ledger/c.png" )}`
    expect(mapCssUrls(css, context)).toBe(
      'a{background:url("/asset/a.png")} b{background:url("/asset/b.png")} c{background:url("/asset/c.png")}'
    )
  })

  it('loads nothing from URLs that may not load', () => {
    const css = '@font-face{src:url(https://fonts.example.com/x.woff2)} a{b:url(javascript:x)}'
    expect(mapCssUrls(css, context)).toBe('@font-face{src:url("")} a{b:url("")}')
    expect(mapCssUrls(css, remoteOn)).toContain('url("https://fonts.example.com/x.woff2")')
  })

  it('maps @import strings and urls', () => {
    expect(mapCssUrls('@import "/ledger/assets/more.css";', context)).toBe(
      '@import url("/asset/assets/more.css");'
    )
    expect(mapCssUrls("@import 'https://evil.example/x.css';", context)).toBe('@import url("");')
    expect(mapCssUrls('@import url(https://evil.example/x.css);', context)).toBe('@import url("");')
  })

  it('reads escapes as CSS does', () => {
    expect(mapCssUrls('a{b:url("/ledger/\\61 .png")}', context)).toBe('a{b:url("/asset/a.png")}')
  })

  it('cannot close the style element it sits in', () => {
    const svg = 'data:image/svg+xml,<svg></style><script>alert(1)</script></svg>'
    const mapped = mapCssUrls(`a{background:url('${svg}')}`, context)
    expect(mapped).not.toMatch(/<|>/)
    expect(mapped).toContain('\\3c ')
  })
})
