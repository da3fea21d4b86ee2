import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { closeSass, findTheme, SiteModel } from '@core/site/model'
import { jekyllBuildFiles, jekyllMissing } from './jekyll-build'

const minimaSite = resolve('tests/fixtures/site-model/minima')
const minima = findTheme('minima')
const noMinima = minima
  ? null
  : 'minima is not installed (Debian: apt-get install jekyll-theme-minima)'
if (noMinima) console.log(`Skipping the minima tests: ${noMinima}`)

const scratch = mkdtempSync(join(tmpdir(), 'postcloud-theme-'))
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true })
  await closeSass()
})

describe('theme lookup', () => {
  it('takes the highest installed version among the gem folders', () => {
    const gems = join(scratch, 'gems')
    for (const name of [
      'minima-2.5.1',
      'minima-2.10.0',
      'minima-extra-9.0.0',
      'minima-notaversion'
    ])
      mkdirSync(join(gems, name), { recursive: true })
    const theme = findTheme('minima', [gems])
    expect(theme?.name).toBe('minima')
    expect(theme?.root).toMatch(/minima-2\.10\.0$/)
    expect(findTheme('no-such-theme', [gems])).toBeNull()
    // Names that are not gem names are never looked up (nor passed to `gem contents`).
    expect(findTheme('../etc', [gems])).toBeNull()
    expect(findTheme('minima; rm -rf /', [gems])).toBeNull()
  })

  it('says when the theme is not installed or remote, and has no theme layouts then', async () => {
    const site = join(scratch, 'missing')
    mkdirSync(site, { recursive: true })
    writeFileSync(
      join(site, '_config.yml'),
      'title: x\ntheme: postcloud-no-such-theme\nremote_theme: someone/their-theme\n'
    )
    const model = await SiteModel.load(site)
    expect(model.theme).toBeNull()
    expect(model.hasLayouts()).toBe(false)
    expect(model.layout('default')).toBeNull()
    const kinds = model.diagnostics.map((item) => [item.kind, item.file, item.line])
    expect(kinds).toEqual([
      ['theme', '_config.yml', 2],
      ['theme', '_config.yml', 3]
    ])
  })
})

describe.skipIf(noMinima !== null)('a minima site', () => {
  it('finds minima among the installed gems and uses its layouts and includes', async () => {
    const model = await SiteModel.load(minimaSite)
    expect(model.theme?.name).toBe('minima')
    expect(model.hasLayouts()).toBe(true)
    const post = model.layout('post')
    expect(post?.file).toBe('theme:minima/_layouts/post.html')
    expect(post?.data.layout).toBe('default')
    expect(model.include('head.html')?.file).toBe('theme:minima/_includes/head.html')
    // The site's own include wins over the theme's.
    expect(model.include('footer.html')?.file).toBe('_includes/footer.html')
    expect(model.diagnostics).toEqual([])
  })

  it('publishes the theme assets Jekyll publishes: main.scss as /assets/main.css', async () => {
    const model = await SiteModel.load(minimaSite)
    // jekyll build wrote assets/main.css and assets/minima-social-icons.svg.
    expect(model.pages().map((page) => [page.id, page.url])).toContainEqual([
      'theme:minima/assets/main.scss',
      '/assets/main.css'
    ])
    // site.pages | map: "path" in jekyll build: own pages by name, then the theme's assets.
    expect(model.pages().map((page) => page.relativePath)).toEqual(['index.md', 'assets/main.scss'])
    expect(model.staticFile('assets/minima-social-icons.svg')?.file).toMatch(
      /minima-[\d.]+\/assets\/minima-social-icons\.svg$/
    )
    const css = await model.compiledCss('/assets/main.css')
    expect(css).toContain('.site-header')
    expect(css).toContain('.post-title')
    expect(model.diagnostics).toEqual([])
  })
})

const noJekyll = noMinima ?? jekyllMissing()
describe.skipIf(noJekyll !== null)('the minima site, against a live jekyll build', () => {
  it('writes the posts, pages and theme assets Jekyll writes', async () => {
    // jekyll-feed writes feed.xml and jekyll-sass-converter a source map: not the model's.
    const files = jekyllBuildFiles(minimaSite).filter(
      (file) => file !== 'feed.xml' && !file.endsWith('.map')
    )
    const model = await SiteModel.load(minimaSite)
    const written = [...model.posts(), ...model.pages()].map((doc) => {
      const path = doc.url.slice(1)
      return doc.url.endsWith('/') ? `${path}index.html` : path
    })
    const site = model.siteDrop(() => '')
    const statics = (site.static_files as Array<{ path: string }>).map((file) => file.path.slice(1))
    expect([...written, ...statics].sort()).toEqual(files)
  }, 120_000)
})
