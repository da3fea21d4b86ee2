import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Log } from '@core/app-data/log-file'
import { createTokenAttempts } from '@server/token-attempts'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import { rawRequest } from './raw-request'
import type { Reply } from './raw-request'
import { recordingApi } from '../core/api/recording-api'
import type { RecordingApi } from '../core/api/recording-api'

const png = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mime: 'image/png' }
const limit = 10
const windowMs = 60_000

describe('rate limit on failed token checks of the web host', () => {
  let api: RecordingApi
  let host: WebHost
  let rendererDir: string
  let logged: string[]
  const clock = { ms: 0 }

  const call = (authorization?: string): Promise<Reply> =>
    rawRequest(host.origin, '/api/listPosts', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(authorization === undefined ? {} : { Authorization: authorization })
      },
      body: '{"args":[]}'
    })
  const image = (cookieToken: string): Promise<Reply> =>
    rawRequest(host.origin, '/asset/c.png', {
      headers: { Cookie: `postcloud_token=${cookieToken}` }
    })
  const page = (query: string): Promise<Reply> => rawRequest(host.origin, `/${query}`)

  /** The kinds of failed checks: no token, wrong bearer, wrong cookie, wrong `?token=`. */
  const failures: [string, () => Promise<Reply>, number][] = [
    ['an API call without a token', () => call(), 401],
    ['an API call with a wrong token', () => call('Bearer wrong'), 401],
    ['an image with a wrong cookie', () => image('wrong'), 401],
    ['the page with a wrong ?token=', () => page('?token=wrong'), 200]
  ]

  async function exhaust(): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      const [name, send, status] = failures[i % failures.length]
      expect((await send()).status, name).toBe(status)
    }
  }

  beforeEach(async () => {
    clock.ms = 1_700_000_000_000
    logged = []
    const log: Log = {
      info: (message) => logged.push(message),
      error: (message) => logged.push(message)
    }
    api = recordingApi({ 'c.png': png })
    rendererDir = await mkdtemp(join(tmpdir(), 'postcloud-renderer-'))
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Postcloud</title>')
    const tokenAttempts = createTokenAttempts({
      perAddress: limit,
      overall: 3 * limit,
      windowMs,
      now: () => clock.ms
    })
    host = await startWebHost({ api, rendererDir, log, tokenAttempts })
  })
  afterEach(async () => {
    await host.close()
    await rm(rendererDir, { recursive: true, force: true })
  })

  it.each(failures)('answers %s past the limit with 429 and Retry-After', async (_name, send) => {
    await exhaust()
    clock.ms += 15_000
    const reply = await send()
    expect(reply.status).toBe(429)
    expect(reply.headers['retry-after']).toBe('45')
    expect(JSON.parse(reply.body).error).toEqual({
      code: 'PERMISSION',
      message: 'Too many wrong tokens; try again in 45 s.'
    })
    // Nothing was read or called on the way.
    expect(api.calls).toEqual([])
    expect(api.imageReads).toEqual([])
  })

  it('refuses the event stream without a token too, subscribing nothing', async () => {
    await exhaust()
    const reply = await rawRequest(host.origin, '/api/events')
    expect(reply.status).toBe(429)
    expect(api.listenerCount()).toBe(0)
  })

  it('serves every request with the right token during the lockout', async () => {
    await exhaust()
    expect((await call('Bearer wrong')).status).toBe(429)
    const right = await call(`Bearer ${host.token}`)
    expect(right.status).toBe(200)
    expect(JSON.parse(right.body)).toEqual({ result: { answeredBy: 'listPosts' } })
    expect((await image(host.token)).status).toBe(200)
    const withToken = await page(`?token=${host.token}`)
    expect(withToken.status).toBe(200)
    expect(withToken.headers['set-cookie']).toBeDefined()
    // A page load without any token is no failed check: the public page loads.
    expect((await page('')).status).toBe(200)
    expect(api.calls.map((c) => c.method)).toEqual(['listPosts'])
  })

  it('answers wrong tokens with 401 again once the window has passed', async () => {
    await exhaust()
    expect((await call('Bearer wrong')).status).toBe(429)
    clock.ms += windowMs
    expect((await call('Bearer wrong')).status).toBe(401)
    expect((await image('wrong')).status).toBe(401)
    expect((await call(`Bearer ${host.token}`)).status).toBe(200)
  })

  it('logs the first refusal of a window once, without the token', async () => {
    await exhaust()
    for (let i = 0; i < 5; i += 1) expect((await call(`Bearer ${'x'.repeat(32)}`)).status).toBe(429)
    expect(logged).toEqual(['Too many wrong tokens (last from 127.0.0.1): refusing them for 60 s'])
    clock.ms += windowMs
    await exhaust()
    expect((await call()).status).toBe(429)
    expect(logged).toHaveLength(2)
    expect(logged.join('\n')).not.toContain(host.token)
  })
})
