import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import { rawRequest } from './raw-request'
import { recordingApi } from '../core/api/recording-api'

const png = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mime: 'image/png' }

describe('the web host token: query, cookie and bearer', () => {
  const token = 'a-test-token-of-32-characters-xy'
  let host: WebHost
  let rendererDir: string
  const get = (path: string, headers: Record<string, string> = {}): ReturnType<typeof rawRequest> =>
    rawRequest(host.origin, path, { headers })

  beforeAll(async () => {
    rendererDir = await mkdtemp(join(tmpdir(), 'postcloud-renderer-'))
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Postcloud</title>')
    host = await startWebHost({ api: recordingApi({ 'c.png': png }), rendererDir, token })
  })
  afterAll(async () => {
    await host.close()
    await rm(rendererDir, { recursive: true, force: true })
  })

  it('prints the page address with the token in the query', () => {
    expect(host.url).toBe(`${host.origin}/?token=${token}`)
  })

  it('sets an HttpOnly, SameSite=Strict cookie for the whole site when the page has the right token', async () => {
    const reply = await get(`/?token=${token}`)
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<title>Postcloud</title>')
    expect(reply.headers['set-cookie']).toEqual([
      `postcloud_token=${token}; HttpOnly; SameSite=Strict; Path=/`
    ])
  })

  it.each([
    ['no token', '/'],
    ['a wrong token', '/?token=not-the-token-at-all-no-no-no-no'],
    ['the token in the fragment only', `/#token=${token}`]
  ])('serves the page without a cookie for %s', async (_name, path) => {
    const reply = await get(path)
    expect(reply.status).toBe(200)
    expect(reply.headers['set-cookie']).toBeUndefined()
  })

  it('lets the cookie load images but not call the API, which needs the bearer header', async () => {
    const cookie = { Cookie: `other=1; postcloud_token=${token}` }
    expect((await get('/asset/c.png', cookie)).status).toBe(200)
    const call = await rawRequest(host.origin, '/api/listPosts', {
      method: 'POST',
      headers: { ...cookie, 'Content-Type': 'application/json' },
      body: '{"args":[]}'
    })
    expect(call.status).toBe(401)
    expect(JSON.parse(call.body)).toEqual({
      error: { code: 'PERMISSION', message: 'Missing or wrong token.' }
    })
  })

  it('finds its own cookie among cookies of the same name set by other hosts on other ports', async () => {
    const cookies = { Cookie: `postcloud_token=someone-elses; postcloud_token=${token}` }
    expect((await get('/asset/c.png', cookies)).status).toBe(200)
  })
})
