import { describe, expect, it } from 'vitest'
import { resolveImageSource } from '@shared/markdown/image-source'
import type { ImageContext, ImageSource } from '@shared/markdown/image-source'

const jekyll: ImageContext = {
  postId: '_posts/2025-11-11-daily.md',
  jekyll: true,
  baseurl: '/reports',
  url: 'https://example.org'
}
const plain: ImageContext = { postId: 'notes/week/report.md', jekyll: false, baseurl: '', url: '' }

const local = (path: string): ImageSource => ({ kind: 'local', path })
const blocked = (reason: string): ImageSource => ({ kind: 'blocked', reason }) as ImageSource

describe('resolveImageSource', () => {
  it.each<[string, ImageContext, ImageSource]>([
    ['wordcloud.jpg', jekyll, local('_posts/wordcloud.jpg')],
    ['./img/a.png', plain, local('notes/week/img/a.png')],
    ['../a.png', plain, local('notes/a.png')],
    ['../../a.png', plain, local('a.png')],
    ['img/a%20b.png', plain, local('notes/week/img/a b.png')],
    ['img/%E8%AF%8D%E4%BA%91.png', plain, local('notes/week/img/词云.png')],
    ['img/a.png?v=2#top', plain, local('notes/week/img/a.png')],
    ['/reports/assets/a.png', jekyll, local('assets/a.png')],
    ['/assets/a.png', jekyll, local('assets/a.png')],
    ['/reportsX/a.png', jekyll, local('reportsX/a.png')],
    ['https://example.org/reports/assets/a.png', jekyll, local('assets/a.png')],
    ['https://example.org/a.png', plain, { kind: 'remote', url: 'https://example.org/a.png' }],
    [
      'HTTP://cdn.example.com/a.png',
      jekyll,
      { kind: 'remote', url: 'HTTP://cdn.example.com/a.png' }
    ],
    ['//cdn.example.com/a.png', plain, { kind: 'remote', url: 'https://cdn.example.com/a.png' }],
    [
      'data:image/png;base64,iVBORw0KGgo=',
      plain,
      { kind: 'data', url: 'data:image/png;base64,iVBORw0KGgo=' }
    ],
    ['DATA:image/webp,xyz', plain, { kind: 'data', url: 'DATA:image/webp,xyz' }],
    ['', plain, blocked('empty')],
    ['   ', plain, blocked('empty')],
    ['data:image/svg+xml,<svg onload=alert(1)>', plain, blocked('unsafe')],
    ['data:text/html,<script>alert(1)</script>', plain, blocked('unsafe')],
    ['file:///etc/passwd', plain, blocked('unsafe')],
    ['javascript:alert(1)', plain, blocked('unsafe')],
    ['JaVaScRiPt:alert(1)', plain, blocked('unsafe')],
    ['java\tscript:alert(1)', plain, blocked('unsafe')],
    ['vbscript:msgbox', plain, blocked('unsafe')],
    ['blob:https://x/1', plain, blocked('unsafe')],
    ['C:\\Windows\\win.ini', plain, blocked('unsafe')],
    ['C:/Windows/win.ini', plain, blocked('unsafe')],
    ['\\\\host\\share\\a.png', plain, blocked('unsafe')],
    ['img%5c..%5c..%5ca.png', plain, blocked('unsafe')],
    ['a%00.png', plain, blocked('unsafe')],
    ['%zz.png', plain, blocked('unsafe')],
    ['file%3A///etc/passwd', plain, blocked('unsafe')],
    ['../../../../etc/passwd', plain, blocked('outside')],
    ['../../../a.png', plain, blocked('outside')],
    ['%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd', plain, blocked('outside')],
    ['/etc/hosts', plain, blocked('outside')],
    ['/../../etc/hosts', jekyll, blocked('outside')],
    ['{{ page.image }}', jekyll, blocked('template')],
    ['/reports', jekyll, blocked('empty')]
  ])('%j in %o', (src, context, expected) => {
    expect(resolveImageSource(src, context)).toEqual(expected)
  })

  it('decodes only once: a double-encoded climb is a literal file name', () => {
    expect(resolveImageSource('%252e%252e%252fa.png', plain)).toEqual(
      local('notes/week/%2e%2e%2fa.png')
    )
  })

  it('maps /etc/hosts inside a Jekyll site to the folder, never to the disk', () => {
    expect(resolveImageSource('/etc/hosts', jekyll)).toEqual(local('etc/hosts'))
  })
})
