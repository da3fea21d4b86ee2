import { cp, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreApi } from '@core/api'
import { findTheme } from '@core/site/model'
import { assetHandler } from '@main/asset-protocol'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import { stubCore } from '../core/stub-core'
import { rawRequest } from './raw-request'

const fixtures = resolve('tests/fixtures/site-service')
const minima = findTheme('minima')

interface Served {
  status: number
  headers: Record<string, string>
  body: Buffer
}

// The Site view's new kinds of asset, from the real core on a copy of a real site, on both hosts.
// [case, path as the window encodes it, status, the served type or the error code]
const cases: [string, string, number, string][] = [
  ['a stylesheet', 'assets/site.css', 200, 'text/css; charset=utf-8'],
  ['Sass compiled to CSS', 'assets/main.css', 200, 'text/css; charset=utf-8'],
  ['a WOFF2 font', 'assets/fonts/report.woff2', 200, 'font/woff2'],
  ['an OpenType font', 'assets/fonts/report.otf', 200, 'font/otf'],
  ['an SVG image', 'assets/%E5%9B%BE/icon.svg', 200, 'image/svg+xml'],
  ['a script', 'assets/app.js', 400, 'INVALID_ARGUMENT'],
  ['an include’s stylesheet', '_includes/x.css', 404, 'NOT_FOUND'],
  ['a layout', '_layouts/default.html', 400, 'INVALID_ARGUMENT'],
  ['a file in .git/', '.git/config', 400, 'INVALID_ARGUMENT'],
  ['a stylesheet in .git/', '.git/x.css', 404, 'NOT_FOUND'],
  ['a stylesheet linked from outside', 'assets/linked.css', 403, 'OUTSIDE_FOLDER'],
  ['a font in a linked folder outside', 'assets/outside/secret.woff2', 403, 'OUTSIDE_FOLDER'],
  ['a climb to a stylesheet', '..%2fsecret%2fsecret.css', 403, 'OUTSIDE_FOLDER'],
  ['a missing stylesheet', 'assets/none.css', 404, 'NOT_FOUND']
]

describe('the Site view’s stylesheets, fonts and SVG on the asset route', () => {
  let temp: string
  let core: CoreApi
  let host: WebHost

  async function overHttp(path: string, method = 'GET'): Promise<Served> {
    const reply = await rawRequest(host.origin, `/asset/${path}`, {
      method,
      headers: { Cookie: `postcloud_token=${host.token}` }
    })
    return {
      status: reply.status,
      headers: Object.fromEntries(
        Object.entries(reply.headers).map(([name, value]) => [name, String(value)])
      ),
      body: reply.bytes
    }
  }

  async function overProtocol(path: string): Promise<Served> {
    const response = await assetHandler(core)({
      url: `postcloud-asset://folder/${path}`,
      method: 'GET'
    } as Request)
    return {
      status: response.status,
      headers: {
        'content-type': response.headers.get('content-type') ?? '',
        'content-security-policy': response.headers.get('content-security-policy') ?? '',
        'x-content-type-options': response.headers.get('x-content-type-options') ?? '',
        'cache-control': response.headers.get('cache-control') ?? ''
      },
      body: Buffer.from(await response.arrayBuffer())
    }
  }

  beforeAll(async () => {
    temp = await realpath(await mkdtemp(join(tmpdir(), 'postcloud-site-route-')))
    const root = join(temp, 'report')
    await cp(join(fixtures, 'report'), root, { recursive: true })
    await mkdir(join(root, 'assets', '图'))
    await writeFile(
      join(root, 'assets', '图', 'icon.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>parent.hit = 1</script></svg>\n'
    )
    await mkdir(join(root, '.git'))
    await writeFile(join(root, '.git', 'config'), '[core]\n')
    await writeFile(join(root, '.git', 'x.css'), 'body { color: red }\n')
    const secret = join(temp, 'secret')
    await mkdir(secret)
    await writeFile(join(secret, 'secret.css'), '.secret {}\n')
    await writeFile(join(secret, 'secret.woff2'), 'wOF2')
    await symlink(join(secret, 'secret.css'), join(root, 'assets', 'linked.css'))
    await symlink(secret, join(root, 'assets', 'outside'))
    await mkdir(join(temp, 'renderer'))
    await writeFile(join(temp, 'renderer', 'index.html'), '<!doctype html><title>Postcloud</title>')
    core = stubCore(join(temp, 'data'))
    await core.openFolder(root)
    host = await startWebHost({ api: core, rendererDir: join(temp, 'renderer') })
  })
  afterAll(async () => {
    await host?.close()
    await core?.close()
    await rm(temp, { recursive: true, force: true })
  })

  for (const [transport, fetchAsset] of [
    ['the web host', (path: string): Promise<Served> => overHttp(path)],
    ['the Electron protocol', (path: string): Promise<Served> => overProtocol(path)]
  ] as const) {
    it.each(cases)(`on ${transport}: %s`, async (_name, path, status, expected) => {
      const served = await fetchAsset(path)
      expect(served.status).toBe(status)
      expect(served.headers['x-content-type-options']).toBe('nosniff')
      if (status !== 200) {
        expect(JSON.parse(served.body.toString('utf8')).error.code).toBe(expected)
        return
      }
      expect(served.headers['content-type']).toBe(expected)
      // Every asset is sandboxed: an SVG or stylesheet opened on its own runs nothing.
      const policy = served.headers['content-security-policy']
      expect(policy.split(';').map((each) => each.trim())).toContain('sandbox')
      expect(policy).toContain("default-src 'none'")
      expect(served.headers['cache-control']).toBe('no-cache')
    })
  }

  it('serves the stylesheet with its URLs relative and the compiled Sass as CSS', async () => {
    const css = (await overHttp('assets/site.css')).body.toString('utf8')
    expect(css).toContain('url("./fonts/report.woff2")')
    expect(css).toContain('url(https://cdn.example.com/bg.png)')
    const sass = (await overHttp('assets/main.css')).body.toString('utf8')
    expect(sass).toMatch(/\.post-title\s*\{\s*color:\s*#b03a2e/)
    expect((await overProtocol('assets/main.css')).body.toString('utf8')).toBe(sass)
  })

  it.each([
    ['assets/main.css?v=1733560000', 'text/css; charset=utf-8'],
    ['assets/fonts/report.woff2?#iefix', 'font/woff2']
  ])('ignores the query of %s as the site’s own server would', async (path, mime) => {
    for (const served of [await overHttp(path), await overProtocol(path)]) {
      expect(served.status).toBe(200)
      expect(served.headers['content-type']).toBe(mime)
    }
  })

  it('serves a font byte for byte with its length, and HEAD without a body', async () => {
    const bytes = await readFile(join(temp, 'report', 'assets', 'fonts', 'report.woff2'))
    const got = await overHttp('assets/fonts/report.woff2')
    expect(got.body).toEqual(bytes)
    expect(got.headers['content-length']).toBe(String(bytes.length))
    const head = await overHttp('assets/fonts/report.woff2', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-type']).toBe('font/woff2')
    expect(head.body.length).toBe(0)
  })
})

describe.skipIf(!minima)('a theme’s files on the asset route (theme: minima)', () => {
  let temp: string
  let core: CoreApi
  let host: WebHost

  beforeAll(async () => {
    temp = await realpath(await mkdtemp(join(tmpdir(), 'postcloud-site-route-')))
    await cp(join(fixtures, 'themed'), join(temp, 'themed'), { recursive: true })
    await mkdir(join(temp, 'renderer'))
    await writeFile(join(temp, 'renderer', 'index.html'), '<!doctype html><title>Postcloud</title>')
    core = stubCore(join(temp, 'data'))
    await core.openFolder(join(temp, 'themed'))
    host = await startWebHost({ api: core, rendererDir: join(temp, 'renderer') })
  })
  afterAll(async () => {
    await host?.close()
    await core?.close()
    await rm(temp, { recursive: true, force: true })
  })

  const get = (path: string): ReturnType<typeof rawRequest> =>
    rawRequest(host.origin, `/asset/${path}`, {
      headers: { Cookie: `postcloud_token=${host.token}` }
    })

  it('serves assets/main.css compiled from the theme, sandboxed', async () => {
    const reply = await get('assets/main.css')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(reply.headers['content-security-policy']).toContain('sandbox')
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.body).toContain('.site-header')
  })

  it('serves the theme’s minima-social-icons.svg as SVG, sandboxed', async () => {
    const reply = await get('assets/minima-social-icons.svg')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('image/svg+xml')
    expect(reply.headers['content-security-policy']).toContain('sandbox')
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.bytes).toEqual(
      await readFile(join(minima?.root ?? '', 'assets', 'minima-social-icons.svg'))
    )
  })

  it('refuses the theme’s layouts and includes', async () => {
    expect((await get('_layouts/post.html')).status).toBe(400)
    expect((await get('_includes/icon-github.svg')).status).toBe(404)
  })
})
