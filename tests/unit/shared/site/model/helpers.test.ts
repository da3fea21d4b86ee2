import { describe, expect, it } from 'vitest'
import { FrontMatterDefaults, siteConfigFrom } from '@shared/site/config'
import { parseCsvRows, parseCsvTable, dataKey } from '@shared/site/model/csv'
import { EntryFilter } from '@shared/site/model/entry-filter'
import { extractExcerpt, populateCategories } from '@shared/site/model/front-matter-fields'
import { findFence } from '@shared/frontmatter/fence'
import { jekyllBodyStart } from '@shared/site/model/body-start'
import { escapePath, sanitizeUrl } from '@shared/site/permalink'
import { parseJekyllDate, yamlTimestamp, zonedParts } from '@shared/site/post-date'

describe('dates in the site zone', () => {
  it('reads wall-clock times in the zone, across daylight saving changes', () => {
    const zone = 'America/New_York'
    expect(parseJekyllDate('2024-03-10', zone)?.toISOString()).toBe('2024-03-10T05:00:00.000Z')
    expect(parseJekyllDate('2024-03-10 12:00', zone)?.toISOString()).toBe(
      '2024-03-10T16:00:00.000Z'
    )
    expect(parseJekyllDate('2024-11-03 12:00:00', zone)?.toISOString()).toBe(
      '2024-11-03T17:00:00.000Z'
    )
    expect(parseJekyllDate('2024-01-05T10:30:00+08:00', zone)?.toISOString()).toBe(
      '2024-01-05T02:30:00.000Z'
    )
    expect(parseJekyllDate('2024-01-05 10:30:00 -0130', zone)?.toISOString()).toBe(
      '2024-01-05T12:00:00.000Z'
    )
    expect(parseJekyllDate('not a date', zone)).toBeNull()
    expect(parseJekyllDate('2024-13-01', zone)).toBeNull()
  })

  it('reads the parts of an instant on both sides of a switch', () => {
    const zone = 'Europe/Berlin'
    // 2024-03-31 01:59:59 UTC is 03:59:59 CEST; one second before the switch it was 01:59:59 CET.
    expect(zonedParts(new Date('2024-03-31T00:59:59Z'), zone)).toMatchObject({
      hour: 1,
      offsetMinutes: 60
    })
    expect(zonedParts(new Date('2024-03-31T01:00:00Z'), zone)).toMatchObject({
      hour: 3,
      offsetMinutes: 120
    })
    expect(zonedParts(new Date('2024-06-01T00:00:00Z'), 'Asia/Kolkata')).toMatchObject({
      hour: 5,
      minute: 30
    })
    expect(zonedParts(new Date('2024-06-01T00:00:00Z'), 'Not/AZone')).toMatchObject({
      hour: 0,
      offsetMinutes: 0
    })
  })

  it('reads unquoted YAML timestamps as Psych does: no zone is UTC', () => {
    expect(yamlTimestamp('2024-04-02 23:30:00')?.toISOString()).toBe('2024-04-02T23:30:00.000Z')
    expect(yamlTimestamp('2024-04-02T23:30:00.5+02:00')?.toISOString()).toBe(
      '2024-04-02T21:30:00.500Z'
    )
    expect(yamlTimestamp('2024-04-02')).toBeNull()
  })
})

describe('config and front matter defaults', () => {
  it('merges _config.yml over the defaults and normalises collections', () => {
    const config = siteConfigFrom({ permalink: 'pretty', collections: ['recipes'], exclude: ['x'] })
    expect(config.collections).toEqual({
      posts: { output: true, permalink: '/:categories/:year/:month/:day/:title/' },
      recipes: {}
    })
    expect(config.exclude).toEqual(expect.arrayContaining(['x', 'node_modules', 'vendor/bundle/']))
    expect(config.kramdown).toMatchObject({ input: 'GFM', auto_ids: true })
    expect(siteConfigFrom({ kramdown: { input: 'kramdown' } }).kramdown).toMatchObject({
      input: 'kramdown',
      smart_quotes: 'lsquo,rsquo,ldquo,rdquo'
    })
  })

  it('gives the more specific scope precedence, as Jekyll documents', () => {
    const defaults = new FrontMatterDefaults({
      defaults: [
        { scope: { path: '' }, values: { layout: 'default', a: 1 } },
        { scope: { path: 'projects', type: 'pages' }, values: { layout: 'project', b: 2 } },
        { scope: { path: 'projects/*/index.md' }, values: { c: 3 } },
        { scope: { path: '', type: 'post' }, values: { layout: 'post' } },
        { values: { d: 4 } },
        'not a set'
      ]
    })
    expect(defaults.all('projects/foo.md', 'pages')).toEqual({
      layout: 'project',
      a: 1,
      b: 2,
      d: 4
    })
    expect(defaults.all('projects/x/index.md', 'pages')).toMatchObject({ layout: 'project', c: 3 })
    expect(defaults.all('_posts/2024-01-01-a.md', 'posts')).toEqual({ layout: 'post', a: 1, d: 4 })
    expect(defaults.all('about.md', 'pages')).toEqual({ layout: 'default', a: 1, d: 4 })
  })
})

describe('entry filter', () => {
  const filter = new EntryFilter(
    siteConfigFrom({ exclude: ['docs', '*.log'], include: ['.well-known', '_redirects'] })
  )
  it('excludes by prefix and glob, skips special names, and include wins', () => {
    expect(filter.keeps('docs', 'docs', true)).toBe(false)
    expect(filter.keeps('docs-old', 'docs-old', true)).toBe(false) // a prefix, as in Jekyll
    expect(filter.keeps('build.log', 'sub/build.log', false)).toBe(false)
    expect(filter.keeps('_drafts', '_drafts', true)).toBe(false)
    expect(filter.keeps('.git', '.git', true)).toBe(false)
    expect(filter.keeps('#tmp#', '#tmp#', false)).toBe(false)
    expect(filter.keeps('notes.md~', 'notes.md~', false)).toBe(false)
    expect(filter.keeps('.well-known', '.well-known', true)).toBe(true)
    expect(filter.keeps('_redirects', '_redirects', false)).toBe(true)
    // The site's `include` replaces Jekyll's default [.htaccess].
    expect(filter.keeps('.htaccess', '.htaccess', false)).toBe(false)
    expect(filter.keeps('node_modules', 'node_modules', true)).toBe(false)
    expect(filter.keeps('about.md', 'about.md', false)).toBe(true)
  })
})

describe('small Jekyll rules', () => {
  it('parses CSV and TSV as Ruby CSV with headers', () => {
    expect(parseCsvRows('a,"b ""q""",\n\n"x\ny",z\n')).toEqual([
      ['a', 'b "q"', null],
      [],
      ['x\ny', 'z']
    ])
    expect(parseCsvTable('k,v\r\n1,\r\n2,""\r\n')).toEqual([
      { k: '1', v: null },
      { k: '2', v: '' }
    ])
    expect(parseCsvTable('a\tb\n1\t2\n', '\t')).toEqual([{ a: '1', b: '2' }])
    expect(dataKey('my data-file!')).toBe('my_data-file')
  })

  it('extracts excerpts with the link definitions they use', () => {
    expect(extractExcerpt('See [x].\n\nMore.\n\n[x]: https://e.org\n', '\n\n')).toBe(
      'See [x].\n\n[x]: https://e.org'
    )
    expect(extractExcerpt('{% if a %}one\n\ntwo{% endif %}', '\n\n')).toBe(
      '{% if a %}one\n{% endif %}'
    )
    expect(extractExcerpt('no separator', '\n\n')).toBe('no separator')
  })

  it('merges categories from the path, the plural and the singular key', () => {
    expect(populateCategories({ categories: ['blog'], category: 'One Two' })).toEqual([
      'blog',
      'One Two'
    ])
    expect(populateCategories({ categories: ['blog', 'x'], tags: 'a' })).toEqual(['blog', 'x'])
  })

  it('escapes and sanitises URLs as Jekyll', () => {
    // ruby -e 'require "jekyll"; p Jekyll::URL.escape_path(...)' (Jekyll 4.3.1, Addressable 2.8.1)
    expect(escapePath('/a b/ü?#[]')).toBe('/a%20b/%C3%BC?%23%5B%5D')
    expect(escapePath('/c++/x y')).toBe('/c++/x%20y')
    expect(escapePath('/a%20b/ü')).toBe('/a%2520b/%C3%BC')
    expect(escapePath('/q?x=1#f')).toBe('/q?x=1%23f')
    expect(escapePath('/plain/path-1.html')).toBe('/plain/path-1.html')
    expect(sanitizeUrl('a//b/../c/./d')).toBe('/a/b/c/d')
  })
})

describe('where content starts after the front matter', () => {
  it('eats the blank lines under the closing fence, as YAML_FRONT_MATTER_REGEXP does', () => {
    // ruby: "---\ntitle: x\n---  \n\n  \n   Body\n" =~ Document::YAML_FRONT_MATTER_REGEXP;
    // $~.post_match == "   Body\n"; "---\n---\nBody" gives "Body"; "---\na: 1\n---" gives "".
    const cases: Array<[string, string]> = [
      ['---\ntitle: x\n---  \n\n  \n   Body\n', '   Body\n'],
      ['---\n---\nBody', 'Body'],
      ['---\na: 1\n---', ''],
      ['---\na: 1\n...\r\n\r\nBody', 'Body']
    ]
    for (const [text, body] of cases) {
      const fence = findFence(text)
      if (fence.kind !== 'closed') throw new Error(`no fence in ${JSON.stringify(text)}`)
      expect(text.slice(jekyllBodyStart(text, fence.contentEnd)), JSON.stringify(text)).toBe(body)
    }
  })
})
