import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTokenAttempts } from '@server/token-attempts'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import { rawRequest } from './raw-request'
import type { RawRequestOptions, Reply } from './raw-request'
import { recordingApi } from '../core/api/recording-api'
import { socketRequest } from './socket-request'

// docs/BAD-INPUTS.md#bi-host-token, #bi-host-header and #bi-host-origin: the cases the other
// tests leave open (http-wiring.test.ts, asset-route.test.ts and token-cookie.test.ts hold the
// first cases of each).

const png = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mime: 'image/png' }

describe('web host bad inputs: token, Host and origin', () => {
  const api = recordingApi({ 'c.png': png })
  let host: WebHost
  let rendererDir: string
  let port: number

  /** Every answer of this file goes through here, so none may carry a CORS header. */
  async function send(path: string, options: RawRequestOptions = {}): Promise<Reply> {
    const reply = await rawRequest(host.origin, path, options)
    expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual(
      []
    )
    return reply
  }
  const bearer = (): Record<string, string> => ({ Authorization: `Bearer ${host.token}` })
  const cookie = (): Record<string, string> => ({ Cookie: `postcloud_token=${host.token}` })

  /** The three kinds of route, each with what would make it succeed. */
  const routes: [string, (headers: Record<string, string>) => Promise<Reply>][] = [
    [
      'an API call',
      (headers) =>
        send('/api/savePost', {
          method: 'POST',
          headers: { ...bearer(), 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({ args: ['a.md', 'text', null] })
        })
    ],
    ['an image', (headers) => send('/asset/c.png', { headers: { ...cookie(), ...headers } })],
    ['the page', (headers) => send('/', { headers })]
  ]

  /** Asserts that nothing was called or read since `before`. */
  function expectUntouched(before: { calls: number; reads: number }): void {
    expect(api.calls.length).toBe(before.calls)
    expect(api.imageReads.length).toBe(before.reads)
  }
  const counts = (): { calls: number; reads: number } => ({
    calls: api.calls.length,
    reads: api.imageReads.length
  })

  beforeAll(async () => {
    rendererDir = await mkdtemp(join(tmpdir(), 'postcloud-renderer-'))
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Postcloud</title>')
    // Limits far above what this file sends: the rate limit has its own test.
    const tokenAttempts = createTokenAttempts({ perAddress: 1000, overall: 1000 })
    host = await startWebHost({ api, rendererDir, tokenAttempts })
    port = Number(new URL(host.origin).port)
  })
  afterAll(async () => {
    await host.close()
    await rm(rendererDir, { recursive: true, force: true })
  })

  describe('BI-HOST-TOKEN: without the token or with a wrong one, 401 and nothing read or written', () => {
    it.each([
      ['an empty bearer', (): Record<string, string> => ({ Authorization: 'Bearer ' })],
      ['the token with one character more', (t: string) => ({ Authorization: `Bearer ${t}x` })],
      [
        'the token with one character less',
        (t: string) => ({ Authorization: `Bearer ${t.slice(0, -1)}` })
      ],
      ['the token under another scheme', (t: string) => ({ Authorization: `Basic ${t}` })],
      ['the token after two spaces', (t: string) => ({ Authorization: `Bearer  ${t}` })],
      ['the token only in the cookie', (t: string) => ({ Cookie: `postcloud_token=${t}` })]
    ])('refuses a write with %s', async (_name, headersFor) => {
      const before = counts()
      const reply = await send('/api/savePost', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headersFor(host.token) },
        body: JSON.stringify({ args: ['a.md', 'overwritten', null] })
      })
      expect(reply.status).toBe(401)
      expect(JSON.parse(reply.body).error).toEqual({
        code: 'PERMISSION',
        message: 'Missing or wrong token.'
      })
      expectUntouched(before)
    })

    it('refuses a write with the token only in the query', async () => {
      const before = counts()
      const reply = await send(`/api/savePost?token=${host.token}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ args: ['a.md', 'overwritten', null] })
      })
      expect(reply.status).toBe(401)
      expectUntouched(before)
    })

    it('refuses the event stream without the token, subscribing nothing', async () => {
      const reply = await send('/api/events?window=00000000-0000-4000-8000-000000000000')
      expect(reply.status).toBe(401)
      expect(api.listenerCount()).toBe(0)
      expect(api.openWindows.size).toBe(0)
    })
  })

  describe('BI-HOST-HEADER: a Host other than the address served (DNS rebinding) is refused', () => {
    const foreignHosts: [string, (port: number) => string][] = [
      ['a foreign name', () => 'evil.example'],
      ['a foreign name on our port', (p) => `evil.example:${p}`],
      ['a name ending like ours', (p) => `localhost.evil.example:${p}`],
      ['a rebinding service name', (p) => `127.0.0.1.nip.io:${p}`],
      ['our address on another port', (p) => `127.0.0.1:${p + 1}`],
      ['our address without the port', () => '127.0.0.1'],
      ['IPv6 loopback, which we do not serve', (p) => `[::1]:${p}`],
      ['the any address', (p) => `0.0.0.0:${p}`]
    ]
    const cases = routes.flatMap(([route, request]) =>
      foreignHosts.map(([name, hostOf]) => [route, name, request, hostOf] as const)
    )

    it.each(cases)(
      'refuses %s with %s (421), even with the token',
      async (_r, _n, request, hostOf) => {
        const before = counts()
        const reply = await request({ Host: hostOf(port) })
        expect(reply.status).toBe(421)
        expect(JSON.parse(reply.body).error.code).toBe('PERMISSION')
        expectUntouched(before)
      }
    )

    it('refuses an HTTP/1.0 request without a Host header', async () => {
      const answer = await socketRequest(host.origin, 'GET / HTTP/1.0\r\n\r\n')
      expect(answer).toMatch(/^HTTP\/1\.1 421 /)
    })

    it.each([['127.0.0.1'], ['localhost'], ['LOCALHOST']])(
      'serves %s on its port',
      async (name) => {
        for (const [route, request] of routes) {
          expect((await request({ Host: `${name}:${port}` })).status, route).toBe(200)
        }
      }
    )
  })

  describe('BI-HOST-ORIGIN: a request from another origin is refused, with no permissive CORS', () => {
    const foreignOrigins: [string, (port: number) => string][] = [
      ['another site', () => 'http://evil.example'],
      ['an opaque origin (null)', () => 'null'],
      ['our address over https', (p) => `https://127.0.0.1:${p}`],
      ['our address on another port', (p) => `http://127.0.0.1:${p + 1}`],
      ['a name ending like ours', (p) => `http://localhost.evil.example:${p}`],
      ['a file page', () => 'file://'],
      ['garbage', () => 'not an origin']
    ]
    const cases = routes.flatMap(([route, request]) =>
      foreignOrigins.map(([name, originOf]) => [route, name, request, originOf] as const)
    )

    it.each(cases)(
      'refuses %s from %s (403), even with the token',
      async (_r, _n, request, originOf) => {
        const before = counts()
        const reply = await request({ Origin: originOf(port) })
        expect(reply.status).toBe(403)
        expect(JSON.parse(reply.body).error.code).toBe('PERMISSION')
        expectUntouched(before)
      }
    )

    it.each([['cross-site'], ['same-site']])(
      'refuses API calls and images the browser marks Sec-Fetch-Site: %s',
      async (site) => {
        const before = counts()
        for (const [route, request] of routes.slice(0, 2)) {
          const reply = await request({ 'Sec-Fetch-Site': site })
          expect(reply.status, route).toBe(403)
          expect(JSON.parse(reply.body).error.message).toBe(
            'Requests from other sites are refused.'
          )
        }
        expectUntouched(before)
      }
    )

    it('still loads the public page from a link on another site', async () => {
      const reply = await send('/', { headers: { 'Sec-Fetch-Site': 'cross-site' } })
      expect(reply.status).toBe(200)
      expect(reply.headers['set-cookie']).toBeUndefined()
    })

    it.each([['same-origin'], ['none']])(
      'serves requests marked Sec-Fetch-Site: %s',
      async (site) => {
        for (const [route, request] of routes) {
          const origin: Record<string, string> =
            site === 'same-origin' ? { Origin: host.origin } : {}
          expect((await request({ 'Sec-Fetch-Site': site, ...origin })).status, route).toBe(200)
        }
      }
    )

    it.each(['/api/savePost', '/asset/c.png', '/'])(
      'refuses a CORS preflight for %s from another origin',
      async (path) => {
        const reply = await send(path, {
          method: 'OPTIONS',
          headers: {
            Origin: 'http://evil.example',
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'authorization, content-type'
          }
        })
        expect(reply.status).toBe(403)
      }
    )

    it('answers OPTIONS from its own page with 405, granting nothing', async () => {
      const reply = await send('/api/savePost', {
        method: 'OPTIONS',
        headers: { ...bearer(), Origin: host.origin }
      })
      expect(reply.status).toBe(405)
    })
  })
})
