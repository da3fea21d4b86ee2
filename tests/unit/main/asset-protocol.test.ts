import { describe, expect, it, vi } from 'vitest'
import { assetHandler, registerAssetScheme } from '@main/asset-protocol'
import type { AssetSource } from '@main/asset-protocol'
import { assetContentSecurityPolicy } from '@shared/csp'
import { PostcloudError } from '@shared/errors'

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47])

/** A core that has one image and records what it was asked for. */
function images(): AssetSource & { reads: string[] } {
  const reads: string[] = []
  return {
    reads,
    async readAsset(path) {
      reads.push(path)
      if (path === '图片/cloud.png') return { bytes: png, mime: 'image/png' }
      if (path === 'notes.txt') throw new PostcloudError('INVALID_ARGUMENT', 'Not an image.')
      throw new PostcloudError('NOT_FOUND', `No image ${path}.`)
    }
  }
}

/**
 * The handler reads only `url` and `method`. A plain object lets the test send URLs exactly as
 * written; Chromium would already have resolved `..` and `%2e%2e` segments of a standard scheme.
 */
function request(url: string, method = 'GET'): Request {
  return { url, method } as Request
}

function headersOf(response: Response): Record<string, string | null> {
  const names = [
    'content-type',
    'x-content-type-options',
    'content-security-policy',
    'cache-control'
  ]
  return Object.fromEntries(names.map((name) => [name, response.headers.get(name)]))
}

describe('the postcloud-asset: protocol', () => {
  it('is registered as a standard, secure scheme with no fetch, CORS or CSP bypass', () => {
    const registerSchemesAsPrivileged = vi.fn()
    registerAssetScheme({ registerSchemesAsPrivileged })
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'postcloud-asset',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: false,
          corsEnabled: false,
          bypassCSP: false,
          allowServiceWorkers: false,
          stream: false
        }
      }
    ])
  })

  it('serves an image of the open folder with the web route’s headers', async () => {
    const core = images()
    const response = await assetHandler(core)(
      request('postcloud-asset://folder/%E5%9B%BE%E7%89%87/cloud.png')
    )
    expect(response.status).toBe(200)
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png)
    expect(headersOf(response)).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-security-policy': assetContentSecurityPolicy,
      'cache-control': 'no-cache'
    })
    expect(core.reads).toEqual(['图片/cloud.png'])
  })

  it.each([
    ['an encoded climb', 'postcloud-asset://folder/..%2f..%2fetc%2fhosts', 403],
    ['encoded dots', 'postcloud-asset://folder/%2e%2e/%2e%2e/etc/hosts', 403],
    ['a double-encoded climb', 'postcloud-asset://folder/%252e%252e%252fetc%252fhosts', 403],
    ['an absolute path', 'postcloud-asset://folder/%2fetc%2fhosts', 403],
    ['a Windows path', 'postcloud-asset://folder/C:%5CWindows%5Cwin.ini', 400],
    ['a NUL byte', 'postcloud-asset://folder/cloud.png%00', 400],
    ['another host', 'postcloud-asset://etc/hosts', 404],
    ['an empty path', 'postcloud-asset://folder/', 400]
  ])('refuses %s without reading anything', async (_name, url, status) => {
    const core = images()
    const response = await assetHandler(core)(request(url))
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect((await response.json()).error.code).toMatch(/OUTSIDE_FOLDER|INVALID_ARGUMENT|NOT_FOUND/)
    expect(core.reads).toEqual([])
  })

  it.each([
    ['a missing file', 'missing.png', 404, 'NOT_FOUND'],
    ['a file that is not an image', 'notes.txt', 400, 'INVALID_ARGUMENT']
  ])('passes on the core’s refusal of %s as a 4xx', async (_name, path, status, code) => {
    const response = await assetHandler(images())(request(`postcloud-asset://folder/${path}`))
    expect(response.status).toBe(status)
    expect((await response.json()).error.code).toBe(code)
  })

  it('answers HEAD without a body and refuses writes', async () => {
    const handler = assetHandler(images())
    const head = await handler(
      request('postcloud-asset://folder/%E5%9B%BE%E7%89%87/cloud.png', 'HEAD')
    )
    expect(head.status).toBe(200)
    expect(head.body).toBeNull()
    const post = await handler(request('postcloud-asset://folder/x.png', 'POST'))
    expect(post.status).toBe(405)
  })
})
