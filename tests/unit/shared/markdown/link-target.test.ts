import { describe, expect, it } from 'vitest'
import { linkTarget } from '@shared/markdown/link-target'

describe('linkTarget', () => {
  it.each([
    ['https://openai.com/blog', { kind: 'external', url: 'https://openai.com/blog' }],
    ['HTTP://Example.org/a b', { kind: 'external', url: 'http://example.org/a%20b' }],
    ['mailto:me@example.org', { kind: 'external', url: 'mailto:me@example.org' }],
    ['#背景-和目标', { kind: 'anchor', id: '背景-和目标' }],
    ['#%E8%83%8C%E6%99%AF', { kind: 'anchor', id: '背景' }],
    ['#fn1', { kind: 'anchor', id: 'fn1' }],
    ['#', null],
    ['#%zz', null],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['vbscript:msgbox(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['\\\\host\\share', null],
    ['http:\\\\evil.example', null],
    ['smb://host/share', null],
    ['ms-msdt:/id PCWDiagnostic', null],
    ['search-ms:query=x', null],
    ['other-post.md', null],
    ['/2025/11/11/post/', null],
    ['//evil.example/x', null],
    ['http://', null],
    ['', null]
  ])('%j', (href, target) => {
    expect(linkTarget(href)).toEqual(target)
  })
})
