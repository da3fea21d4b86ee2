import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import { contractMethods, httpRoute } from '@shared/contract'
import { contentSecurityPolicy } from '@shared/csp'
import { validCalls } from '../shared/contract-calls'
import { rawRequest } from './raw-request'
import type { RawRequestOptions, Reply } from './raw-request'
import { recordingApi } from '../core/api/recording-api'

/** A POST unless told otherwise, as the window's API calls are. */
function send(host: WebHost, path: string, options: RawRequestOptions = {}): Promise<Reply> {
  return rawRequest(host.origin, path, { method: 'POST', ...options })
}

describe('HTTP transport', () => {
  const api = recordingApi()
  let host: WebHost
  let rendererDir: string
  const auth = (): Record<string, string> => ({
    Authorization: `Bearer ${host.token}`,
    'Content-Type': 'application/json'
  })

  beforeAll(async () => {
    rendererDir = await mkdtemp(join(tmpdir(), 'postcloud-renderer-'))
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Postcloud</title>')
    host = await startWebHost({ api, rendererDir, bodyLimitBytes: 1024 * 1024 })
  })
  afterAll(async () => {
    await host.close()
    await rm(rendererDir, { recursive: true, force: true })
  })

  it('routes POST /api/<method> to every contract method', async () => {
    for (const method of contractMethods) {
      const reply = await send(host, httpRoute(method), {
        headers: auth(),
        body: JSON.stringify({ args: validCalls[method] })
      })
      expect(reply.status, method).toBe(200)
      expect(JSON.parse(reply.body)).toEqual({ result: { answeredBy: method } })
    }
    expect(api.calls).toEqual(
      contractMethods.map((method) => ({ method, args: validCalls[method] }))
    )
  })

  it.each([
    ['no token', {}, 401],
    ['a wrong token', { Authorization: 'Bearer nope' }, 401],
    ['a foreign Host (DNS rebinding)', { Host: 'evil.example:80' }, 421],
    ['a cross-origin page', { Origin: 'http://evil.example' }, 403]
  ])('refuses a request with %s and calls nothing', async (_name, headers, status) => {
    const before = api.calls.length
    const merged: Record<string, string> = { 'Content-Type': 'application/json', ...headers }
    if (!('Authorization' in headers) && status !== 401)
      merged.Authorization = `Bearer ${host.token}`
    const reply = await send(host, '/api/listPosts', { headers: merged, body: '{"args":[]}' })
    expect(reply.status).toBe(status)
    expect(api.calls.length).toBe(before)
  })

  it.each([
    ['malformed JSON', '{"args": [', 400, 'INVALID_ARGUMENT'],
    ['args that are not an array', '{"args": "x"}', 400, 'INVALID_ARGUMENT'],
    [
      'a body over the limit',
      JSON.stringify({ args: ['x'.repeat(2 * 1024 * 1024)] }),
      413,
      'TOO_LARGE'
    ]
  ])('answers %s with a clear 4xx and keeps serving', async (_name, body, status, code) => {
    const reply = await send(host, '/api/listPosts', { headers: auth(), body })
    expect(reply.status).toBe(status)
    expect(JSON.parse(reply.body).error.code).toBe(code)
    const after = await send(host, '/api/listPosts', { headers: auth(), body: '{"args":[]}' })
    expect(after.status).toBe(200)
  })

  it('answers an unknown method with 404 UNKNOWN_METHOD', async () => {
    const reply = await send(host, '/api/deleteEverything', {
      headers: auth(),
      body: '{"args":[]}'
    })
    expect(reply.status).toBe(404)
    expect(JSON.parse(reply.body).error.code).toBe('UNKNOWN_METHOD')
  })

  it('serves the page with a strict Content-Security-Policy', async () => {
    const reply = await send(host, '/', { method: 'GET' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy)
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'")
    expect(reply.headers['content-security-policy']).toContain("object-src 'none'")
  })

  it('streams library events and notices to an authorised listener, until it disconnects', async () => {
    const url = new URL(host.origin)
    const received = await new Promise<string>((resolve) => {
      const req = request(
        { host: url.hostname, port: url.port, path: '/api/events', headers: auth() },
        (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString()
            if (text.includes(': connected')) {
              api.emit({ kind: 'change', id: 'a.md' })
              api.emit({ kind: 'recoverable' })
            }
            if (text.includes('"recoverable"')) {
              req.destroy()
              resolve(text)
            }
          })
        }
      )
      req.end()
    })
    expect(received).toContain('event: library\ndata: {"kind":"change","id":"a.md"}\n\n')
    // A notice names no post: it carries no id, not even an empty one.
    expect(received).toContain('event: library\ndata: {"kind":"recoverable"}\n\n')
  })

  it('counts the window named in the stream as open exactly while its stream lasts', async () => {
    const windowId = randomUUID()
    const url = new URL(host.origin)
    const req = request({
      host: url.hostname,
      port: url.port,
      path: `/api/events?window=${windowId}`,
      headers: auth()
    })
    const connected = new Promise<void>((resolve) =>
      req.on('response', (res) => {
        res.on('data', (chunk: Buffer) => chunk.toString().includes(': connected') && resolve())
      })
    )
    req.end()
    await connected
    expect(api.openWindows.get(windowId)).toBe(1)
    // A reload or a crash of the tab: the connection just goes.
    req.destroy()
    await expect.poll(() => api.openWindows.has(windowId)).toBe(false)
  })

  it.each([['not-a-uuid'], ['../x'], [`${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(11)}`]])(
    'refuses a stream for the window id %j and subscribes nothing',
    async (windowId) => {
      const listening = api.listenerCount()
      const reply = await rawRequest(
        host.origin,
        `/api/events?window=${encodeURIComponent(windowId)}`,
        {
          method: 'GET',
          headers: auth()
        }
      )
      expect(reply.status).toBe(400)
      expect(JSON.parse(reply.body).error.code).toBe('INVALID_ARGUMENT')
      expect(api.listenerCount()).toBe(listening)
      expect(api.openWindows.size).toBe(0)
    }
  )
})
