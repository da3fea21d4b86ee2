import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadPublishedSite, publishedLink, publishedUrl } from '@core/site/published-links'
import type { PublishedSite } from '@core/site/published-links'

// A real site: baseurl /reports, permalink /:year/:month/:day/:title/. Only read, never written.
const root = fileURLToPath(new URL('../../../fixtures/assets/jekyll-site', import.meta.url))
const postId = '_posts/2025-11-14-relative-link.md'
const postPage = '/2025/11/14/relative-link/'

let site: PublishedSite

beforeAll(() => {
  site = loadPublishedSite(root)
})

async function urlOf(id: string): Promise<string | null> {
  const text = await readFile(join(root, id), 'utf8').catch(() => '---\n---\n')
  return publishedUrl(site, root, id, text, new Date(0))
}

describe('publishedUrl', () => {
  it("is the post's URL from the site's permalink, without the baseurl", async () => {
    expect(await urlOf(postId)).toBe(postPage)
  })

  it('is null for a file Jekyll does not publish', async () => {
    expect(await urlOf('node_modules/notes.md')).toBeNull()
    expect(await urlOf('_layouts/notes.md')).toBeNull()
  })
})

// docs/BAD-INPUTS.md#bi-img-unpublished
describe('publishedLink', () => {
  it('resolves a bare relative link against the post URL under the baseurl, not the post file', () => {
    expect(publishedLink(site, postPage, 'wordcloud_x.jpg')).toEqual({
      url: `/reports${postPage}wordcloud_x.jpg`,
      servedPath: `2025/11/14/relative-link/wordcloud_x.jpg`
    })
  })

  it('serves a root-relative link under the baseurl from the folder file', () => {
    expect(publishedLink(site, postPage, '/reports/assets/wordclouds/词云.jpg')).toEqual({
      url: '/reports/assets/wordclouds/词云.jpg',
      servedPath: 'assets/wordclouds/词云.jpg'
    })
    expect(publishedLink(site, postPage, '/reports/assets/a%20b.jpg')?.servedPath).toBe(
      'assets/a b.jpg'
    )
  })

  it('climbs with .. as a browser does', () => {
    expect(publishedLink(site, postPage, '../../../../assets/x.png')).toEqual({
      url: '/reports/assets/x.png',
      servedPath: 'assets/x.png'
    })
  })

  it('serves nothing outside the baseurl, in _posts, in dot-folders or excluded folders', () => {
    for (const link of [
      '/assets/x.jpg',
      '/reports/_posts/x.jpg',
      '/reports/.hidden/x.jpg',
      '/reports/node_modules/x.jpg',
      '/reports/assets/'
    ]) {
      expect(publishedLink(site, postPage, link)?.servedPath, link).toBeNull()
    }
  })

  it('does not judge Liquid, remote or data links', () => {
    for (const link of [
      '{{ site.baseurl }}/assets/x.jpg',
      'https://example.org/x.jpg',
      '//cdn.example.org/x.jpg',
      'data:image/png;base64,AAAA'
    ]) {
      expect(publishedLink(site, postPage, link), link).toBeNull()
    }
  })
})
