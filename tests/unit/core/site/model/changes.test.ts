import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SiteModel } from '@core/site/model'

const scratch = mkdtempSync(join(tmpdir(), 'postcloud-changes-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const now = new Date('2025-01-01T00:00:00Z')
let copies = 0

function copyOfBlog(): string {
  const root = join(scratch, `blog-${(copies += 1)}`)
  cpSync(resolve('tests/fixtures/site-model/blog'), root, { recursive: true })
  return root
}

describe('changed(path)', () => {
  it('reads a new, edited or removed post alone', async () => {
    const root = copyOfBlog()
    const model = await SiteModel.load(root, { now })
    const before = model.posts().length
    writeFileSync(join(root, '_posts/2024-09-09-new.md'), '---\ntitle: New\n---\nNew.\n')
    model.changed('_posts/2024-09-09-new.md')
    expect(model.posts()[0].url).toBe('/2024/09/09/new/')
    expect(model.posts()).toHaveLength(before + 1)
    writeFileSync(
      join(root, '_posts/2024-09-09-new.md'),
      '---\ntitle: Renamed\npermalink: /r/\n---\n'
    )
    model.changed('_posts/2024-09-09-new.md')
    expect(model.posts()[0].data.title).toBe('Renamed')
    expect(model.postUrl('2024-09-09-new')).toBe('/r/')
    unlinkSync(join(root, '_posts/2024-09-09-new.md'))
    model.changed('_posts/2024-09-09-new.md')
    expect(model.posts()).toHaveLength(before)
    expect(model.postUrl('2024-09-09-new')).toBeNull()
  })

  it('drops everything below a folder that went', async () => {
    const root = copyOfBlog()
    const model = await SiteModel.load(root, { now })
    rmSync(join(root, 'notes'), { recursive: true })
    model.changed('notes')
    expect(model.posts().map((post) => post.id)).not.toContain('notes/_posts/2024-03-01-a-note.md')
  })

  it('re-derives every URL from the saved sources when _config.yml changes', async () => {
    const root = copyOfBlog()
    const model = await SiteModel.load(root, { now })
    writeFileSync(
      join(root, '_config.yml'),
      'timezone: America/New_York\npermalink: /:year/:title:output_ext\n'
    )
    model.changed('_config.yml')
    expect(model.postUrl('2024-01-05-hello-world')).toBe('/2024/hello-world.html')
    expect(model.config.title).toBeUndefined()
    expect(model.needsReload).toBe(true) // exclude and collections changed: a new walk is due
  })

  it('reads _data again and finds new layouts after an event', async () => {
    const root = copyOfBlog()
    const model = await SiteModel.load(root, { now })
    expect((model.siteData().authors as unknown[]).length).toBe(2)
    writeFileSync(join(root, '_data/authors.yml'), '- name: Only\n')
    model.changed('_data/authors.yml')
    expect(model.siteData().authors).toEqual([{ name: 'Only' }])
    expect(model.layout('wide')).toBeNull()
    writeFileSync(join(root, '_layouts/wide.html'), '---\nlayout: default\n---\n{{ content }}')
    model.changed('_layouts/wide.html')
    expect(model.layout('wide')?.data).toEqual({ layout: 'default' })
    mkdirSync(join(root, 'extra'))
    writeFileSync(join(root, 'extra/page.md'), '---\ntitle: Extra\n---\n')
    model.changed('extra/page.md')
    expect(model.link('extra/page.md')).toBe('/extra/page/')
  })
})

describe('documentFor(id, text): the editor buffer as the page it would be', () => {
  it('takes the front matter from the text: date, permalink, categories, neighbours', async () => {
    const model = await SiteModel.load(resolve('tests/fixtures/site-model/blog'), { now })
    const id = '_posts/2024-01-05-hello-world.md'
    const doc = model.documentFor(
      id,
      '---\ntitle: Typed\ndate: 2024-05-01 12:00:00 +0000\ncategories: [Now]\n---\nBody <!--more--> rest'
    )
    expect(doc.url).toBe('/now/2024/05/01/hello-world/')
    expect(doc.data.title).toBe('Typed')
    expect(doc.data.layout).toBe('post')
    expect(doc.excerptSource).toBe('Body ')
    expect(doc.bodyLine).toBe(6)
    const spaced = model.documentFor(id, '---\ntitle: T\n---\n\n\nFirst line\n')
    expect([spaced.body, spaced.bodyLine]).toEqual(['First line\n', 6])
    const page = model.pageDrop(doc, (item, part) => `${part}:${item.id}`)
    // It moved between the quoted date (April 6) and the custom permalink (June 1).
    expect((page.previous as { url: string }).url).toBe('/2024/04/06/quoted-date/')
    expect((page.next as { url: string }).url).toBe('/custom/custom-permalink/')
    expect(page.content).toBe(`content:${id}`)
    const site = model.siteDrop(() => '', doc)
    const urls = (site.posts as Array<{ url: string }>).map((post) => post.url)
    expect(urls).toContain('/now/2024/05/01/hello-world/')
    expect(urls).not.toContain('/2024/01/04/hello-world/')
  })

  it('treats drafts, collection documents and pages by their folder', async () => {
    const model = await SiteModel.load(resolve('tests/fixtures/site-model/blog'), { now })
    const draft = model.documentFor(
      '_drafts/a-draft.md',
      '---\ntitle: Draft\ndate: 2024-10-10\n---\n'
    )
    expect([draft.kind, draft.url, draft.data.draft]).toEqual([
      'draft',
      '/2024/10/10/a-draft/',
      true
    ])
    const recipe = model.documentFor('_recipes/pancakes.md', '---\ntitle: P\n---\n')
    expect([recipe.kind, recipe.collection, recipe.url]).toEqual([
      'document',
      'recipes',
      '/recipes/pancakes/'
    ])
    const page = model.documentFor('docs/new.md', '---\ntitle: New page\n---\n')
    expect([page.kind, page.url, page.data.layout]).toEqual(['page', '/docs/new/', 'default'])
    const broken = model.documentFor(
      '_posts/2024-01-05-hello-world.md',
      '---\ntitle: [unclosed\n---\nText'
    )
    expect(broken.body).toBe('Text')
    expect(broken.url).toBe('/2024/01/05/hello-world/')
  })
})

describe('siteDrop reuse', () => {
  it('hands out one drop for the same render and document until a file changes', async () => {
    const root = copyOfBlog()
    const model = await SiteModel.load(root, { now })
    const render = (): string => ''
    const first = model.siteDrop(render)
    expect(model.siteDrop(render)).toBe(first)
    expect(model.siteDrop(() => '')).not.toBe(first)
    const again = model.siteDrop(render)
    writeFileSync(join(root, '_data/authors.yml'), '- name: Later\n')
    model.changed('_data/authors.yml')
    const fresh = model.siteDrop(render)
    expect(fresh).not.toBe(again)
    expect(fresh.data).toEqual(expect.objectContaining({ authors: [{ name: 'Later' }] }))
  })
})
