import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import { assetContentSecurityPolicy } from '@shared/csp'
import { rawRequest } from './raw-request'
import type { RawRequestOptions, Reply } from './raw-request'
import { recordingApi } from '../core/api/recording-api'

const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const images = {
  'cloud.png': { bytes: pngBytes, mime: 'image/png' },
  '图片/词云 图.jpg': { bytes: new Uint8Array([0xff, 0xd8, 0xff]), mime: 'image/jpeg' }
}

describe('GET /asset/<path> on the web host', () => {
  const api = recordingApi(images)
  let host: WebHost
  let rendererDir: string
  const bearer = (): Record<string, string> => ({ Authorization: `Bearer ${host.token}` })
  const cookie = (): Record<string, string> => ({ Cookie: `postcloud_token=${host.token}` })
  const get = (path: string, options: RawRequestOptions = {}): Promise<Reply> =>
    rawRequest(host.origin, path, options)

  /** After any refusal the host must still answer a good request. */
  async function expectStillServing(): Promise<void> {
    const reply = await get('/asset/cloud.png', { headers: cookie() })
    expect(reply.status).toBe(200)
  }

  beforeAll(async () => {
    rendererDir = await mkdtemp(join(tmpdir(), 'postcloud-renderer-'))
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Postcloud</title>')
    host = await startWebHost({ api, rendererDir })
  })
  afterAll(async () => {
    await host.close()
    await rm(rendererDir, { recursive: true, force: true })
  })

  it.each([
    ['no cookie and no bearer', {}],
    ['a wrong cookie', { Cookie: 'postcloud_token=wrong' }],
    ['a wrong bearer', { Authorization: 'Bearer wrong' }]
  ])('answers 401 with %s and reads nothing', async (_name, headers) => {
    const before = api.imageReads.length
    const reply = await get('/asset/cloud.png', { headers })
    expect(reply.status).toBe(401)
    expect(JSON.parse(reply.body).error.code).toBe('PERMISSION')
    expect(api.imageReads.length).toBe(before)
    await expectStillServing()
  })

  it.each([
    ['the cookie', cookie],
    ['the bearer header', bearer]
  ])('serves an image with %s, with its type and locked-down headers', async (_name, auth) => {
    const reply = await get('/asset/cloud.png', { headers: auth() })
    expect(reply.status).toBe(200)
    expect(new Uint8Array(reply.bytes)).toEqual(pngBytes)
    expect(reply.headers).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(pngBytes.length),
      'x-content-type-options': 'nosniff',
      'content-security-policy': assetContentSecurityPolicy,
      'cache-control': 'no-cache'
    })
    expect(assetContentSecurityPolicy).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    )
  })

  it('decodes each percent-encoded segment once', async () => {
    const path = '/asset/' + ['图片', '词云 图.jpg'].map(encodeURIComponent).join('/')
    const reply = await get(path, { headers: cookie() })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('image/jpeg')
    expect(api.imageReads.at(-1)).toBe('图片/词云 图.jpg')
  })

  it('answers HEAD with the headers and no body', async () => {
    const reply = await get('/asset/cloud.png', { method: 'HEAD', headers: cookie() })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('image/png')
    expect(reply.bytes.length).toBe(0)
  })

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s with 405', async (method) => {
    const reply = await get('/asset/cloud.png', { method, headers: cookie(), body: '' })
    expect(reply.status).toBe(405)
    await expectStillServing()
  })

  it.each([
    ['an encoded slash climbing out', '..%2f..%2fetc%2fhosts', 403, 'OUTSIDE_FOLDER'],
    ['encoded dots', '%2e%2e/%2e%2e/etc/hosts', 403, 'OUTSIDE_FOLDER'],
    ['plain dots', '../../etc/hosts', 403, 'OUTSIDE_FOLDER'],
    ['dots in the middle', 'img/../../secret.png', 403, 'OUTSIDE_FOLDER'],
    ['a double-encoded climb', '%252e%252e%252fetc%252fhosts', 403, 'OUTSIDE_FOLDER'],
    ['an absolute path', '%2fetc%2fhosts', 403, 'OUTSIDE_FOLDER'],
    ['a Windows drive', 'C%3a%2fWindows%2fwin.ini', 403, 'OUTSIDE_FOLDER'],
    ['a backslash', '..%5c..%5cwin.ini', 400, 'INVALID_ARGUMENT'],
    ['a NUL byte', 'cloud.png%00.txt', 400, 'INVALID_ARGUMENT'],
    ['broken percent-encoding', '%E4%B8', 400, 'INVALID_ARGUMENT'],
    ['an empty path', '', 400, 'INVALID_ARGUMENT']
  ])('refuses %s before reading anything, and keeps serving', async (_name, path, status, code) => {
    const before = api.imageReads.length
    const reply = await get(`/asset/${path}`, { headers: cookie() })
    expect(reply.status).toBe(status)
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(reply.body).error.code).toBe(code)
    expect(api.imageReads.length).toBe(before)
    await expectStillServing()
  })

  it('answers a file that does not exist with 404 NOT_FOUND and keeps serving', async () => {
    const reply = await get('/asset/missing.png', { headers: cookie() })
    expect(reply.status).toBe(404)
    expect(JSON.parse(reply.body).error.code).toBe('NOT_FOUND')
    await expectStillServing()
  })
})
