import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import { rawRequest } from './raw-request'
import type { Reply } from './raw-request'
import { recordingApi } from '../core/api/recording-api'
import { socketRequest } from './socket-request'

const megabyte = 1024 * 1024

/**
 * POSTs `megabytes` of body in 1 MB writes, as fast as the server takes them, with or without a
 * Content-Length; resolves with the answer (the server may answer before the body is through).
 */
function postHuge(host: WebHost, megabytes: number, declared: boolean): Promise<Reply> {
  const url = new URL(host.origin)
  const headers: Record<string, string> = {
    Authorization: `Bearer ${host.token}`,
    'Content-Type': 'application/json'
  }
  if (declared) headers['Content-Length'] = String(megabytes * megabyte)
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: '/api/savePost', method: 'POST', headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const bytes = Buffer.concat(chunks)
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes.toString(),
            bytes
          })
          req.destroy()
        })
      }
    )
    req.on('error', reject)
    const chunk = Buffer.alloc(megabyte, 'a')
    let sent = 0
    const pump = (): void => {
      while (sent < megabytes && !req.destroyed) {
        sent += 1
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      if (!req.destroyed) req.end()
    }
    pump()
  })
}

// docs/BAD-INPUTS.md#bi-host-body
describe('BI-HOST-BODY: a huge or malformed body, an unknown method: a clear 4xx, and the host keeps serving', () => {
  const api = recordingApi()
  let host: WebHost
  let rendererDir: string
  const auth = (): Record<string, string> => ({
    Authorization: `Bearer ${host.token}`,
    'Content-Type': 'application/json'
  })
  const post = (path: string, body: string | Buffer): Promise<Reply> =>
    rawRequest(host.origin, path, { method: 'POST', headers: auth(), body })

  /** After every refusal the host answers a normal call. */
  async function expectStillServing(): Promise<void> {
    const reply = await post('/api/listPosts', '{"args":[]}')
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ result: { answeredBy: 'listPosts' } })
  }

  beforeAll(async () => {
    rendererDir = await mkdtemp(join(tmpdir(), 'postcloud-renderer-'))
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Postcloud</title>')
    // The default body limit (64 MB), as `postcloud serve` runs.
    host = await startWebHost({ api, rendererDir })
  })
  afterAll(async () => {
    await host.close()
    await rm(rendererDir, { recursive: true, force: true })
  })

  it.each([
    ['with its Content-Length', true],
    ['chunked, without a length', false]
  ])('answers a 100 MB body sent %s with 413 and calls nothing', async (_name, declared) => {
    const before = api.calls.length
    const reply = await postHuge(host, 100, declared)
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body).error).toEqual({
      code: 'TOO_LARGE',
      message: 'The request body is larger than 64 MB.'
    })
    expect(api.calls.length).toBe(before)
    await expectStillServing()
  })

  it.each([
    ['an empty body', ''],
    ['a cut-off object', '{"args": ['],
    ['a trailing comma', '{"args": [1,]}'],
    ['single quotes', "{'args': []}"],
    ['bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0x7b, 0x7d])],
    ['100 000 open brackets', '['.repeat(100_000)]
  ])('answers malformed JSON (%s) with 400 INVALID_ARGUMENT', async (_name, body) => {
    const reply = await post('/api/listPosts', body)
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body).error).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'The request body is not valid JSON.'
    })
    await expectStillServing()
  })

  it.each([['null'], ['[]'], ['"args"'], ['{}'], ['{"args": {"0": "a.md"}}']])(
    'answers the JSON %s, which holds no argument array, with 400',
    async (body) => {
      const before = api.calls.length
      const reply = await post('/api/listPosts', body)
      expect(reply.status).toBe(400)
      expect(JSON.parse(reply.body).error).toEqual({
        code: 'INVALID_ARGUMENT',
        message: 'Arguments must be a JSON array.'
      })
      expect(api.calls.length).toBe(before)
      await expectStillServing()
    }
  )

  it.each([
    ['/api/deleteEverything'],
    ['/api/__proto__'],
    ['/api/constructor'],
    ['/api/toString'],
    ['/api/hasOwnProperty'],
    ['/api/'],
    ['/api/listPosts/extra'],
    ['/api/%6CistPosts']
  ])('answers the unknown contract method %s with 404 UNKNOWN_METHOD', async (path) => {
    const before = api.calls.length
    const reply = await post(path, '{"args":[]}')
    expect(reply.status).toBe(404)
    expect(JSON.parse(reply.body).error.code).toBe('UNKNOWN_METHOD')
    expect(api.calls.length).toBe(before)
    await expectStillServing()
  })

  it.each([
    ['GET', '/api/listPosts'],
    ['PUT', '/api/listPosts'],
    ['DELETE', '/api/listPosts'],
    ['PATCH', '/api/listPosts'],
    ['POST', '/'],
    ['DELETE', '/index.html'],
    ['PUT', '/asset/c.png']
  ])('answers the HTTP method %s on %s with 405', async (method, path) => {
    const before = api.calls.length
    const reply = await rawRequest(host.origin, path, {
      method,
      headers: auth(),
      body: '{"args":[]}'
    })
    expect(reply.status).toBe(405)
    expect(JSON.parse(reply.body).error).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'Method not allowed.'
    })
    expect(api.calls.length).toBe(before)
    await expectStillServing()
  })

  it('answers an HTTP method Node does not know with 400', async () => {
    const answer = await socketRequest(
      host.origin,
      `BREW /api/listPosts HTTP/1.1\r\nHost: ${new URL(host.origin).host}\r\n\r\n`
    )
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    await expectStillServing()
  })
})
