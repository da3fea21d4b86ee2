import { describe, expect, it } from 'vitest'
import { frameLinkAction } from '@renderer/features/site/frame-links'

const context = {
  baseurl: '/ledger',
  pageUrl: '/2025/11/11/daily/',
  siteUrl: 'https://example.org'
}

describe('frameLinkAction', () => {
  it('scrolls the frame for anchors, also when the link names the page itself', () => {
    expect(frameLinkAction('#notes', context)).toEqual({ kind: 'anchor', id: 'notes' })
    expect(frameLinkAction('/ledger/2025/11/11/daily/#notes', context)).toEqual({
      kind: 'anchor',
      id: 'notes'
    })
    expect(frameLinkAction('#%E6%A6%82%E8%A6%81', context)).toEqual({ kind: 'anchor', id: '概要' })
  })

  it('keeps the site’s own links inside the site', () => {
    expect(frameLinkAction('/ledger/2025/11/14/weekly/', context)).toEqual({
      kind: 'site',
      path: '2025/11/14/weekly/',
      hash: ''
    })
    expect(frameLinkAction('https://example.org/ledger/about/', context)).toMatchObject({
      kind: 'site',
      path: 'about/'
    })
    expect(frameLinkAction('../../14/weekly/', context)).toMatchObject({
      kind: 'site',
      path: '2025/11/14/weekly/'
    })
  })

  it('sends http(s) and mailto out through the confirmation', () => {
    expect(frameLinkAction('https://jekyllrb.com/docs/', context)).toEqual({
      kind: 'external',
      url: 'https://jekyllrb.com/docs/'
    })
    expect(frameLinkAction('mailto:me@example.org', context)).toEqual({
      kind: 'external',
      url: 'mailto:me@example.org'
    })
  })

  it('does nothing for every other scheme', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'postcloud-asset://folder/x.png',
      '\\\\server\\share',
      'vbscript:x',
      ''
    ]) {
      expect(frameLinkAction(href, context), href).toEqual({ kind: 'none' })
    }
  })
})
