import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assetHandler } from '@main/asset-protocol'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import type { CoreApi } from '@core/api'
import { stubCore } from '../core/stub-core'
import { rawRequest } from './raw-request'

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])

// Both transports against the real core on a real folder: what each answers for the same path.
// [name, path as the window encodes it, status, error code or the served type]
const cases: [string, string, number, string][] = [
  ['an image', 'cloud.png', 200, 'image/png'],
  ['an image in a Chinese folder', '%E5%9B%BE%E7%89%87/%E8%AF%8D%E4%BA%91.jpg', 200, 'image/jpeg'],
  ['a text file', 'notes.txt', 400, 'INVALID_ARGUMENT'],
  ['a post', '_posts/2025-01-01-a.md', 400, 'INVALID_ARGUMENT'],
  ['a symlink to an image outside', 'escape.png', 403, 'OUTSIDE_FOLDER'],
  ['an image in a symlinked folder outside', 'linked/secret.png', 403, 'OUTSIDE_FOLDER'],
  ['a climb to the same image', '..%2fsecret%2fsecret.png', 403, 'OUTSIDE_FOLDER'],
  ['a double-encoded climb', '%252e%252e%252fsecret%252fsecret.png', 403, 'OUTSIDE_FOLDER'],
  ['an absolute path', '%2fetc%2fhosts', 403, 'OUTSIDE_FOLDER'],
  ['a backslash climb', '..%5csecret%5csecret.png', 400, 'INVALID_ARGUMENT'],
  ['an encoded-dots climb', '%2e%2e/secret/secret.png', 403, 'OUTSIDE_FOLDER'],
  ['a UNC path', '%5c%5chost%5cshare%5cx.png', 400, 'INVALID_ARGUMENT'],
  ['a UNC path with slashes', '%2f%2fhost%2fshare%2fx.png', 403, 'OUTSIDE_FOLDER'],
  ['a Windows drive', 'C%3a%2fWindows%2fx.png', 403, 'OUTSIDE_FOLDER'],
  ['a missing image', 'missing.png', 404, 'NOT_FOUND']
]

describe('the open folder’s images, served from the real core', () => {
  let temp: string
  let core: CoreApi
  let host: WebHost

  beforeAll(async () => {
    temp = await realpath(await mkdtemp(join(tmpdir(), 'postcloud-assets-')))
    const folder = join(temp, 'posts')
    const secret = join(temp, 'secret')
    await mkdir(join(folder, '_posts'), { recursive: true })
    await mkdir(join(folder, '图片'))
    await mkdir(secret)
    await writeFile(join(secret, 'secret.png'), png)
    await writeFile(join(folder, 'cloud.png'), png)
    await writeFile(join(folder, '图片', '词云.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]))
    await writeFile(join(folder, 'notes.txt'), 'not an image')
    await writeFile(join(folder, '_posts', '2025-01-01-a.md'), '---\ntitle: a\n---\n\ntext\n')
    await symlink(join(secret, 'secret.png'), join(folder, 'escape.png'))
    await symlink(secret, join(folder, 'linked'))
    await mkdir(join(temp, 'renderer'))
    await writeFile(join(temp, 'renderer', 'index.html'), '<!doctype html><title>Postcloud</title>')

    core = stubCore(join(temp, 'data'))
    await core.openFolder(folder)
    host = await startWebHost({ api: core, rendererDir: join(temp, 'renderer') })
  })
  afterAll(async () => {
    await host.close()
    await core.close()
    await rm(temp, { recursive: true, force: true })
  })

  it.each(cases)('on the web host: %s', async (_name, path, status, expected) => {
    const cookie = { Cookie: `postcloud_token=${host.token}` }
    const reply = await rawRequest(host.origin, `/asset/${path}`, { headers: cookie })
    expect(reply.status).toBe(status)
    if (status === 200) expect(reply.headers['content-type']).toBe(expected)
    else expect(JSON.parse(reply.body).error.code).toBe(expected)
    // Whatever was asked, the host goes on serving.
    const after = await rawRequest(host.origin, '/asset/cloud.png', { headers: cookie })
    expect(after.status).toBe(200)
    expect(after.bytes).toEqual(png)
  })

  it.each(cases)('on the Electron protocol: %s', async (_name, path, status, expected) => {
    const response = await assetHandler(core)({
      url: `postcloud-asset://folder/${path}`,
      method: 'GET'
    } as Request)
    expect(response.status).toBe(status)
    if (status === 200) expect(response.headers.get('content-type')).toBe(expected)
    else expect((await response.json()).error.code).toBe(expected)
  })
})
