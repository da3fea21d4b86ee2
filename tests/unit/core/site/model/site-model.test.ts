import { resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { closeSass, SiteModel } from '@core/site/model'
import { jekyllBuild, jekyllBuildFiles, jekyllMissing } from './jekyll-build'

const blog = resolve('tests/fixtures/site-model/blog')
const now = new Date('2025-01-01T00:00:00Z')

/**
 * What `jekyll build` (Jekyll 4.3.1, Debian) made of tests/fixtures/site-model/blog:
 *   cd tests/fixtures/site-model/blog && jekyll build -d /tmp/out && cat /tmp/out/model.json
 * (model.json is a page of the fixture that prints site.posts as JSON). Path, url, date as
 * Jekyll printed it (`%Y-%m-%d %H:%M:%S %z`, site timezone America/New_York), categories, id.
 */
const jekyllPosts: Array<[string, string, string, string[], string]> = [
  [
    '_posts/2024-08-06-quoted-no.md',
    '/2024/08/06/quoted-no/',
    '2024-08-06 00:00:00 -0400',
    [],
    '/2024/08/06/quoted-no'
  ],
  [
    '_posts/2024-08-01-layout-null.md',
    '/2024/08/01/layout-null/',
    '2024-08-01 00:00:00 -0400',
    [],
    '/2024/08/01/layout-null'
  ],
  [
    '_posts/2024-07-20-no-front-matter.md',
    '/2024/07/20/no-front-matter/',
    '2024-07-20 00:00:00 -0400',
    [],
    '/2024/07/20/no-front-matter'
  ],
  [
    '_posts/2024-07-10-category-string.md',
    '/a/b/single%20cat/2024/07/10/category-string/',
    '2024-07-10 00:00:00 -0400',
    ['a', 'b', 'Single Cat'],
    '/a/b/single%20cat/2024/07/10/category-string'
  ],
  [
    '_posts/2024-07-01-date-only.md',
    '/2024/07/02/date-only/',
    '2024-07-02 00:00:00 -0400',
    [],
    '/2024/07/02/date-only'
  ],
  [
    '_posts/2024-06-15-Ünïcode Title.md',
    '/2024/06/15/%C3%9Cn%C3%AFcode-Title/',
    '2024-06-15 00:00:00 -0400',
    [],
    '/2024/06/15/Ünïcode Title'
  ],
  [
    '_posts/2024-06-01-custom-permalink.md',
    '/custom/custom-permalink/',
    '2024-06-01 00:00:00 -0400',
    [],
    '/custom/custom-permalink'
  ],
  [
    '_posts/2024-04-05-quoted-date.md',
    '/2024/04/06/quoted-date/',
    '2024-04-06 23:30:00 -0400',
    [],
    '/2024/04/06/quoted-date'
  ],
  [
    '_posts/2024-04-01-date-override.md',
    '/2024/04/02/date-override/',
    '2024-04-02 19:30:00 -0400',
    [],
    '/2024/04/02/date-override'
  ],
  [
    'notes/_posts/2024-03-01-a-note.md',
    '/notes/extra/space%20cat/2024/03/01/a-note/',
    '2024-03-01 00:00:00 -0500',
    ['notes', 'Extra', 'Space Cat'],
    '/notes/extra/space%20cat/2024/03/01/a-note'
  ],
  [
    '_posts/2024/2024-02-10-nested-folder.md',
    '/2024/02/10/nested-folder/',
    '2024-02-10 00:00:00 -0500',
    [],
    '/2024/02/10/nested-folder'
  ],
  [
    '_posts/2024-01-05-hello-world.md',
    '/2024/01/04/hello-world/',
    '2024-01-04 21:30:00 -0500',
    [],
    '/2024/01/04/hello-world'
  ]
]

/** A Date as Jekyll printed it in the site's zone (the fixture's zone is New York). */
function newYork(date: Date | null): string {
  if (!date) return ''
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/New_York',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset'
  }).formatToParts(date)
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? ''
  const offset = get('timeZoneName').replace('GMT', '').replace(':', '')
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')} ${offset}`
}

afterAll(async () => {
  await closeSass()
})

describe('SiteModel on a small blog, against jekyll build', () => {
  it('lists the posts Jekyll publishes, newest first, with its URLs, dates, categories and ids', async () => {
    const model = await SiteModel.load(blog, { now })
    const posts = model.posts()
    expect(posts.map((post) => post.id)).toEqual(jekyllPosts.map((row) => row[0]))
    for (const [index, post] of posts.entries()) {
      const [, url, date, categories] = jekyllPosts[index]
      expect(post.url, post.id).toBe(url)
      expect(newYork(post.date), post.id).toBe(date)
      expect(post.data.categories, post.id).toEqual(categories)
    }
    const site = model.siteDrop(() => '')
    const drops = site.posts as Array<Record<string, unknown>>
    expect(drops.map((drop) => drop.id)).toEqual(jekyllPosts.map((row) => row[4]))
  })

  it('applies front matter defaults by path and type, and a null keeps the default', async () => {
    const model = await SiteModel.load(blog, { now })
    const byId = new Map(model.posts().map((post) => [post.id, post]))
    const note = byId.get('notes/_posts/2024-03-01-a-note.md')
    expect(note?.data.author).toBe('Note Taker')
    expect(note?.data.tags).toEqual(['notes'])
    expect(byId.get('_posts/2024-08-01-layout-null.md')?.data.layout).toBe('post')
    expect(byId.get('_posts/2024/2024-02-10-nested-folder.md')?.data.nested).toBe(true)
    expect(byId.get('_posts/2024-06-15-Ünïcode Title.md')?.data.title).toBe('Ünïcode title')
  })

  it('skips unpublished, future, underscore and dot posts unless asked', async () => {
    const plain = await SiteModel.load(blog, { now })
    const ids = plain.posts().map((post) => post.id)
    expect(ids).not.toContain('_posts/2024-05-01-unpublished.md')
    expect(ids).not.toContain('_posts/2024-08-05-published-no.md') // YAML 1.1: `no` is false
    expect(ids).not.toContain('_posts/2099-01-01-future.md')
    expect(ids).not.toContain('_posts/_ignored/2024-01-01-skipped.md')
    expect(ids).not.toContain('_drafts/a-draft.md')
    const all = await SiteModel.load(blog, { now, drafts: true, unpublished: true, future: true })
    const allIds = all.posts().map((post) => post.id)
    expect(allIds).toContain('_posts/2024-05-01-unpublished.md')
    expect(allIds).toContain('_posts/2099-01-01-future.md')
    expect(allIds).toContain('_drafts/a-draft.md')
    expect(allIds).not.toContain('_posts/not-a-post.md')
  })

  it('reads pages with their permalinks, static files, collections and excludes', async () => {
    const model = await SiteModel.load(blog, { now })
    const pages = Object.fromEntries(model.pages().map((page) => [page.id, page.url]))
    // jekyll build wrote these files (find /tmp/out -type f).
    expect(pages).toEqual({
      'about.md': '/about/',
      'contact.html': '/contact/',
      'feed.xml': '/feed.xml',
      'docs/guide.md': '/docs/guide/',
      'docs/index.md': '/docs/',
      'model.json': '/model.json',
      'assets/css/style.scss': '/assets/css/style.css'
    })
    const site = model.siteDrop(() => '')
    expect((site.static_files as Array<{ path: string }>).map((file) => file.path)).toEqual([
      '/images/logo.png',
      '_recipes/notes.txt'
    ])
    expect(
      (site.recipes as Array<{ url: string; id: string }>).map((doc) => [doc.url, doc.id])
    ).toEqual([['/recipes/pancakes/', '/recipes/pancakes']])
    expect(Object.keys(site.tags as object)).toEqual(['intro', 'hello', 'notes'])
    expect(Object.keys(site.categories as object)).toEqual([
      'notes',
      'Extra',
      'Space Cat',
      'a',
      'b',
      'Single Cat'
    ])
    expect(site.custom_key).toBe('kept as is')
  })

  it('reads _data with nested folders, JSON, CSV and TSV as Jekyll does', async () => {
    const model = await SiteModel.load(blog, { now })
    const site = model.siteDrop(() => '')
    // site.data | jsonify from jekyll build.
    expect(site.data).toEqual({
      authors: [{ name: 'Ada', site: 'https://example.org/ada' }, { name: 'Grace' }],
      stats: [
        { city: 'Paris', count: '3' },
        { city: 'Oslo', count: null }
      ],
      nav: {
        main: {
          links: [
            { title: 'Home', url: '/' },
            { title: 'About', url: '/about/' }
          ]
        }
      },
      team: {
        members: [
          { name: 'Ada', role: 'lead', quote: 'Said "hi", then left' },
          { name: 'Grace', role: null, quote: null }
        ]
      }
    })
  })
})

describe('collection order and limit_posts, against jekyll build', () => {
  it('orders by `order`, then `sort_by`, and keeps the newest limit_posts posts', async () => {
    const model = await SiteModel.load(resolve('tests/fixtures/site-model/collections'), { now })
    const site = model.siteDrop(() => '')
    const field = (list: unknown, key: string): unknown[] =>
      (list as Array<Record<string, unknown>>).map((item) => item[key])
    // order.json from the build (the command is in the fixture's _config.yml).
    expect(field(site.chapters, 'title')).toEqual(['Two', 'One', 'Three'])
    expect(field(site.people, 'name')).toEqual(['Cat', 'Zed', 'Amy', 'Bob'])
    expect(field(site.posts, 'title')).toEqual(['Post 03', 'Post 02'])
  })
})

const noJekyll = jekyllMissing()
if (noJekyll) console.log(`Skipping the live jekyll build of the blog fixture: ${noJekyll}`)

describe.skipIf(noJekyll !== null)('the blog fixture, against a live jekyll build', () => {
  it('gives every post the URL, date, categories, id and neighbours Jekyll gives it', async () => {
    const built = jekyllBuild(blog, {}, [], ['model.json'])
    const expected = JSON.parse(built.texts['model.json']) as {
      posts: Array<Record<string, unknown>>
      data: unknown
    }
    const model = await SiteModel.load(blog)
    const site = model.siteDrop(() => '')
    const posts = site.posts as Array<Record<string, unknown>>
    const url = (drop: unknown): unknown => (drop as { url?: string } | null)?.url ?? null
    expect(
      posts.map((post) => ({
        id: post.id,
        url: post.url,
        date: newYork(post.date as Date),
        categories: post.categories,
        tags: post.tags,
        title: post.title,
        slug: post.slug,
        author: post.author,
        path: post.path,
        next: url(post.next),
        previous: url(post.previous)
      }))
    ).toEqual(expected.posts.map(({ excerpt: _excerpt, ...rest }) => rest))
    expect(site.data).toEqual(expected.data)
    const pages = model.pages().map((page) => decodeURIComponent(page.url))
    for (const page of pages) {
      const file = page.endsWith('/') ? `${page.slice(1)}index.html` : page.slice(1)
      expect(built.files, page).toContain(file)
    }
  }, 120_000)
})

describe.skipIf(noJekyll !== null)(
  'drafts, unpublished and future posts, against live jekyll',
  () => {
    it('writes the same post files with --drafts --unpublished --future', async () => {
      const files = jekyllBuildFiles(blog, {}, ['--drafts', '--unpublished', '--future'])
      const model = await SiteModel.load(blog, { drafts: true, unpublished: true, future: true })
      for (const post of model.posts())
        expect(files, post.id).toContain(`${decodeURIComponent(post.url).slice(1)}index.html`)
      const postFiles = files.filter((file) => /^(?:\d{4}|a|notes|custom)\//.test(file))
      expect(model.posts()).toHaveLength(postFiles.length)
    }, 120_000)
  }
)

describe('site.data key order', () => {
  it('lists data files by extension first, as Ruby globs *.{yaml,yml,json,csv,tsv}', async () => {
    const model = await SiteModel.load(blog, { now })
    // jekyll build: site.data | jsonify lists authors (yml), stats (tsv), then the folders.
    expect(Object.keys(model.siteData())).toEqual(['authors', 'stats', 'nav', 'team'])
  })
})
