import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SiteModel } from '@core/site/model'

/**
 * No include, include_relative, layout, data file or post is read from outside the folder (or
 * the theme): `..`, absolute paths and symbolic links that lead out are refused. Links are made
 * here rather than kept in the fixtures, where git and other systems would not keep them.
 */
const scratch = mkdtempSync(join(tmpdir(), 'postcloud-confine-'))
const root = join(scratch, 'site')
const outside = join(scratch, 'outside')

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}

beforeAll(() => {
  write(join(outside, 'secret.html'), 'SECRET')
  write(join(outside, 'secret.yml'), 'token: SECRET\n')
  write(join(outside, '2024-01-01-stolen.md'), '---\ntitle: SECRET\n---\nSECRET\n')
  write(join(outside, 'layouts', 'evil.html'), 'SECRET {{ content }}')
  write(join(root, '_config.yml'), 'title: Confined\n')
  write(join(root, '_includes', 'ok.html'), 'fine')
  write(join(root, '_includes', 'nested', 'ok.html'), 'nested fine')
  write(join(root, '_layouts', 'default.html'), '{{ content }}')
  write(join(root, 'about.md'), '---\ntitle: About\n---\nAbout.\n')
  write(join(root, 'parts', 'snippet.md'), 'a snippet')
  write(join(root, '_posts', '2024-02-02-own.md'), '---\ntitle: Own\n---\nOwn.\n')
  symlinkSync(join(outside, 'secret.html'), join(root, '_includes', 'link-out.html'))
  symlinkSync(outside, join(root, '_includes', 'dir-out'))
  symlinkSync(join(outside, 'secret.html'), join(root, 'parts', 'link-out.md'))
  symlinkSync(join(outside, 'layouts', 'evil.html'), join(root, '_layouts', 'evil.html'))
  symlinkSync(join(outside, 'secret.yml'), join(root, '_data-link.yml'))
  mkdirSync(join(root, '_data'))
  symlinkSync(join(outside, 'secret.yml'), join(root, '_data', 'secret.yml'))
  symlinkSync(outside, join(root, '_data', 'folder-out'))
  symlinkSync(join(outside, '2024-01-01-stolen.md'), join(root, '_posts', '2024-01-01-stolen.md'))
  symlinkSync(outside, join(root, 'linked-folder'))
  // A link that stays inside is followed.
  symlinkSync(join(root, '_includes', 'ok.html'), join(root, '_includes', 'alias.html'))
})

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('what the site model refuses to read', () => {
  it('includes: `..`, absolute paths and links out are refused; links inside are followed', async () => {
    const model = await SiteModel.load(root)
    expect(model.include('ok.html')?.text).toBe('fine')
    expect(model.include('nested/ok.html')?.text).toBe('nested fine')
    expect(model.include('alias.html')?.text).toBe('fine')
    for (const name of [
      '../_config.yml',
      '../../outside/secret.html',
      'nested/../../_config.yml',
      '/etc/passwd',
      join(outside, 'secret.html'),
      'link-out.html',
      'dir-out/secret.html',
      'C:/Windows/win.ini',
      '..\\_config.yml'
    ]) {
      expect(model.include(name), name).toBeNull()
      const lookup = model.resolveInclude(name)
      expect(lookup.ok ? 'found' : lookup.reason, name).toBe('refused')
    }
    expect(model.resolveInclude('missing.html')).toMatchObject({ ok: false, reason: 'missing' })
  })

  it('include_relative: only files inside the folder, never through a link out', async () => {
    const model = await SiteModel.load(root)
    expect(model.includeRelative('parts/page.md', 'snippet.md')?.text).toBe('a snippet')
    expect(model.includeRelative('about.md', 'parts/snippet.md')?.file).toBe('parts/snippet.md')
    expect(model.includeRelative('parts/page.md', '../_config.yml')).toBeNull()
    expect(model.includeRelative('parts/page.md', 'link-out.md')).toBeNull()
    expect(model.includeRelative('about.md', '/etc/passwd')).toBeNull()
    expect(model.includeRelative('theme:minima/_layouts/x.html', 'y.html')).toBeNull()
    expect(model.includeRelative('../outside/x.md', 'secret.html')).toBeNull()
  })

  it('layouts, data files, posts and folders that link out are not read', async () => {
    const model = await SiteModel.load(root)
    expect(model.layout('default')).not.toBeNull()
    expect(model.layout('evil')).toBeNull()
    expect(model.siteData()).toEqual({})
    expect(model.posts().map((post) => post.id)).toEqual(['_posts/2024-02-02-own.md'])
    const site = model.siteDrop(() => '')
    const paths = (site.static_files as Array<{ path: string }>).map((file) => file.path)
    expect(paths.some((path) => path.includes('secret') || path.includes('linked-folder'))).toBe(
      false
    )
    expect(JSON.stringify(model.pages().map((page) => page.body))).not.toContain('SECRET')
  })

  it('a file event for a path outside, or through a link out, reads nothing', async () => {
    const model = await SiteModel.load(root)
    model.changed('../outside/2024-01-01-stolen.md')
    model.changed('_posts/2024-01-01-stolen.md')
    model.changed('linked-folder/2024-01-01-stolen.md')
    expect(model.posts().map((post) => post.id)).toEqual(['_posts/2024-02-02-own.md'])
  })
})
