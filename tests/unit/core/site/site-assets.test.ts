import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { CoreApi, FolderImage } from '@core/api'
import { findTheme } from '@core/site/model'
import { readSiteAsset } from '@core/site/site-assets'
import { SiteService } from '@core/site/site-service'
import { PostcloudError } from '@shared/errors'
import type { ErrorCode } from '@shared/errors'
import { stubCore } from '../stub-core'
import { minimaInstalled, tempFolder, tempSite } from './site-fixture'

/** The core api with fixture site `name` (a fresh copy) open, closed when the test ends. */
async function openSite(name: string): Promise<{ core: CoreApi; root: string }> {
  const root = await tempSite(name)
  const core = stubCore(join(dirname(root), 'data'))
  onTestFinished(() => core.close())
  await core.openFolder(root)
  return { core, root }
}

const text = (asset: FolderImage): string => new TextDecoder().decode(asset.bytes)

async function refusal(read: Promise<unknown>): Promise<ErrorCode> {
  const error = await read.then(
    () => null,
    (thrown: unknown) => thrown
  )
  if (!(error instanceof PostcloudError))
    throw new Error(`expected a refusal, got ${String(error)}`)
  return error.code
}

describe('api.readAsset: the folder’s stylesheets, Sass and fonts', () => {
  it('serves a .css file with root-relative URLs under the baseurl made relative', async () => {
    const { core, root } = await openSite('report')
    const css = await core.readAsset('assets/site.css')
    expect(css.mime).toBe('text/css; charset=utf-8')
    const served = text(css)
    expect(served).toContain('src: url("./fonts/report.woff2") format("woff2")')
    expect(served).toContain('.logo { background: url(../images/logo.png); }')
    // Remote, outside the baseurl and already relative: as written.
    expect(served).toContain('url(https://cdn.example.com/bg.png)')
    expect(served).toContain('url(/other-site/x.png)')
    expect(served).toContain('url(fonts/local.woff)')
    // The file on disk is not rewritten.
    expect(await readFile(join(root, 'assets', 'site.css'), 'utf8')).toContain(
      'url("/blog/assets/fonts/report.woff2")'
    )
  })

  it('compiles assets/main.css from assets/main.scss with its _sass/ partial', async () => {
    const { core } = await openSite('report')
    const css = await core.readAsset('assets/main.css')
    expect(css.mime).toBe('text/css; charset=utf-8')
    const served = text(css)
    expect(served).toMatch(/\.post-title\s*\{\s*color:\s*#b03a2e;?\s*\}/)
    expect(served).toContain('font-family: "Noto Sans SC", sans-serif')
    expect(served).not.toContain('$brand')
    expect(served).not.toContain('---')
    expect(served).not.toContain('@import')
  })

  it('compiles the Sass again after the partial changes on disk', async () => {
    const { core, root } = await openSite('report')
    expect(text(await core.readAsset('assets/main.css'))).toContain('#b03a2e')
    await writeFile(
      join(root, '_sass', '_base.scss'),
      '$brand: #2e6db0;\n.post-title { color: $brand; }\n'
    )
    const served = text(await core.readAsset('assets/main.css'))
    expect(served).toContain('#2e6db0')
    expect(served).not.toContain('#b03a2e')
  })

  it('reports a Sass error of a partial on the page, and clears it once it compiles', async () => {
    const { core, root } = await openSite('report')
    const id = '_posts/weekly/2025-11-10-week-45.md'
    const post = await readFile(join(root, id), 'utf8')
    const partial = join(root, '_sass', '_base.scss')
    await writeFile(partial, '.post-title { color: $undefined-brand; }\n')
    expect(await refusal(core.readAsset('assets/main.css'))).toBe('NOT_FOUND')
    const broken = await core.renderSitePage(id, post)
    expect(broken.kind === 'page' && broken.diagnostics).toEqual([
      expect.objectContaining({ kind: 'sass', file: '_sass/_base.scss', line: 1 })
    ])
    await writeFile(partial, '.post-title { color: #2e6db0; }\n')
    expect(text(await core.readAsset('assets/main.css'))).toContain('#2e6db0')
    const fixed = await core.renderSitePage(id, post)
    expect(fixed.kind === 'page' && fixed.diagnostics).toEqual([])
  })

  it.each([
    ['assets/fonts/report.woff2', 'font/woff2'],
    ['assets/fonts/report.otf', 'font/otf']
  ])('serves the font %s as %s, byte for byte', async (path, mime) => {
    const { core, root } = await openSite('report')
    const font = await core.readAsset(path)
    expect(font.mime).toBe(mime)
    expect(Buffer.from(font.bytes)).toEqual(await readFile(join(root, path)))
  })

  it.each([
    ['a script', 'assets/app.js', 'INVALID_ARGUMENT'],
    ['a stylesheet in _includes/', '_includes/x.css', 'NOT_FOUND'],
    ['a stylesheet in _sass/', '_sass/_base.scss', 'INVALID_ARGUMENT'],
    ['a Sass source by its own name', 'assets/main.scss', 'INVALID_ARGUMENT'],
    ['the config', '_config.yml', 'INVALID_ARGUMENT'],
    ['a stylesheet that does not exist', 'assets/none.css', 'NOT_FOUND'],
    ['a climb out', '../outside.css', 'OUTSIDE_FOLDER']
  ] as const)('refuses %s (%s)', async (_name, path, code) => {
    const { core } = await openSite('report')
    expect(await refusal(core.readAsset(path))).toBe(code)
  })

  it('refuses what lies in .git/, whatever its extension', async () => {
    const { core, root } = await openSite('report')
    await mkdir(join(root, '.git'))
    await writeFile(join(root, '.git', 'config'), '[core]\n')
    await writeFile(join(root, '.git', 'notes.css'), 'body { color: red }\n')
    await writeFile(join(root, '.git', 'font.woff2'), 'wOF2')
    expect(await refusal(core.readAsset('.git/config'))).toBe('INVALID_ARGUMENT')
    expect(await refusal(core.readAsset('.git/notes.css'))).toBe('NOT_FOUND')
    expect(await refusal(core.readAsset('.git/font.woff2'))).toBe('NOT_FOUND')
  })

  it('refuses a stylesheet or font that is a symlink out of the folder', async () => {
    const { core, root } = await openSite('report')
    const outside = join(dirname(root), 'outside')
    await mkdir(outside)
    await writeFile(join(outside, 'secret.css'), '.secret { color: red }\n')
    await writeFile(join(outside, 'secret.woff2'), 'wOF2 secret')
    await symlink(join(outside, 'secret.css'), join(root, 'assets', 'linked.css'))
    await symlink(outside, join(root, 'assets', 'linked-folder'))
    expect(await refusal(core.readAsset('assets/linked.css'))).toBe('OUTSIDE_FOLDER')
    expect(await refusal(core.readAsset('assets/linked-folder/secret.woff2'))).toBe(
      'OUTSIDE_FOLDER'
    )
    expect(await refusal(core.readAsset('assets/linked-folder/secret.css'))).toBe('OUTSIDE_FOLDER')
  })

  it('serves .css in a plain folder (no site), its root-relative URLs made relative', async () => {
    const folder = await tempFolder()
    const root = join(folder, 'notes')
    await mkdir(root)
    await writeFile(join(root, 'style.css'), '.a { background: url(/img/a.png); }\n')
    const core = stubCore(join(folder, 'data'))
    onTestFinished(() => core.close())
    await core.openFolder(root)
    const css = await core.readAsset('style.css')
    expect(css.mime).toBe('text/css; charset=utf-8')
    expect(text(css)).toBe('.a { background: url(./img/a.png); }\n')
  })
})

describe.skipIf(!minimaInstalled)('api.readAsset: a theme: minima site', () => {
  const themeRoot = findTheme('minima')?.root ?? ''

  it('compiles assets/main.css from the theme’s main.scss', async () => {
    const { core } = await openSite('themed')
    const css = await core.readAsset('assets/main.css')
    expect(css.mime).toBe('text/css; charset=utf-8')
    const served = text(css)
    expect(served).toContain('.site-header')
    expect(served).toContain('.post-title')
    expect(served).not.toContain('@import')
  })

  it('serves the theme’s minima-social-icons.svg byte for byte', async () => {
    const { core } = await openSite('themed')
    const svg = await core.readAsset('assets/minima-social-icons.svg')
    expect(svg.mime).toBe('image/svg+xml')
    expect(Buffer.from(svg.bytes)).toEqual(
      await readFile(join(themeRoot, 'assets', 'minima-social-icons.svg'))
    )
  })

  it('prefers the folder’s own assets/main.scss to the theme’s', async () => {
    const { core, root } = await openSite('themed')
    await mkdir(join(root, 'assets'))
    await writeFile(join(root, 'assets', 'main.scss'), '---\n---\n.own-style { color: #123456; }\n')
    const served = text(await core.readAsset('assets/main.css'))
    expect(served).toContain('.own-style')
    expect(served).not.toContain('.site-header')
  })

  it('refuses the theme’s layouts, includes and Sass sources', async () => {
    const { core } = await openSite('themed')
    expect(await refusal(core.readAsset('_layouts/default.html'))).toBe('INVALID_ARGUMENT')
    expect(await refusal(core.readAsset('_includes/icon-github.svg'))).toBe('NOT_FOUND')
    expect(await refusal(core.readAsset('_sass/minima.scss'))).toBe('INVALID_ARGUMENT')
  })

  it('serves the theme’s files once _config.yml names it while the folder is watched', async () => {
    const { core, root } = await openSite('bare')
    const stop = core.onLibraryEvent(() => undefined)
    onTestFinished(stop)
    await core.whenWatching()
    const svg = 'assets/minima-social-icons.svg'
    expect(await refusal(core.readAsset(svg))).toBe('NOT_FOUND')
    await writeFile(join(root, '_config.yml'), 'title: 没有布局的站点\ntheme: minima\n')
    await expect
      .poll(() =>
        core.readAsset(svg).then(
          (asset) => asset.mime,
          () => null
        )
      )
      .toBe('image/svg+xml')
    expect(text(await core.readAsset('assets/main.css'))).toContain('.site-header')
  })

  it('readSiteAsset with the service as the site source finds the theme too', async () => {
    const root = await tempSite('themed')
    const service = new SiteService(root, true)
    const store = {
      info: () => ({ path: root }),
      resolve: async (id: string) => join(root, id)
    }
    const css = await readSiteAsset(
      store as unknown as Parameters<typeof readSiteAsset>[0],
      service,
      'assets/main.css'
    )
    expect(text(css)).toContain('.site-header')
    // Without the site source there is no theme and no Sass: the stylesheet does not exist.
    const without = readSiteAsset(
      store as unknown as Parameters<typeof readSiteAsset>[0],
      null,
      'assets/main.css'
    )
    expect(await refusal(without)).toBe('NOT_FOUND')
  })
})
