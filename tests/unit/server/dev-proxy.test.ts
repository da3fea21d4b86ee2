import { createServer } from 'node:http'
import type { IncomingHttpHeaders, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '@shared/csp'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import { rawRequest } from './raw-request'
import { recordingApi } from '../core/api/recording-api'

const png = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mime: 'image/png' }

/** A stand-in for Vite's dev server: records what reaches it, echoes on an upgraded socket. */
async function startDevServer(): Promise<{ origin: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = []
  const server = createServer((req, res) => {
    seen.push({ method: req.method, path: req.url, headers: req.headers })
    res.writeHead(200, {
      'Content-Type': 'text/html',
      // Neither may reach the browser: the host's own policy and no CORS.
      'Content-Security-Policy': 'default-src *',
      'Access-Control-Allow-Origin': '*'
    })
    res.end('<title>from the dev server</title>')
  })
  server.on('upgrade', (req, socket) => {
    seen.push({ method: 'UPGRADE', path: req.url, headers: req.headers })
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'
    )
    socket.on('data', (data: Buffer) => socket.write(`echo:${data.toString()}`))
    socket.on('end', () => socket.end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, seen, server }
}

interface Seen {
  method?: string
  path?: string
  headers: IncomingHttpHeaders
}

/**
 * Asks for a WebSocket the way Vite's client does; resolves with all the host said, until closed.
 * Once through, it sends one message and hangs up, or, when `onOpen` is given, leaves the closing
 * to the host.
 */
function upgrade(
  origin: string,
  headers: Record<string, string>,
  onOpen?: () => void
): Promise<string> {
  const url = new URL(origin)
  const lines = Object.entries({
    Host: url.host,
    Connection: 'Upgrade',
    Upgrade: 'websocket',
    'Sec-WebSocket-Version': '13',
    'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
    'Sec-WebSocket-Protocol': 'vite-hmr',
    ...headers
  }).map(([name, value]) => `${name}: ${value}\r\n`)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () =>
      socket.write(`GET /?token=vite-own-token HTTP/1.1\r\n${lines.join('')}\r\n`)
    )
    let answer = ''
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString()
      // Upgraded: one message through and back, then hang up.
      if (answer.endsWith('\r\n\r\n') && answer.startsWith('HTTP/1.1 101')) socket.write('ping')
      if (answer.endsWith('echo:ping')) {
        if (onOpen) onOpen()
        else socket.end()
      }
    })
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
}

describe('the web host with the renderer’s dev server (npm run dev:web)', () => {
  let dev: Awaited<ReturnType<typeof startDevServer>>
  let host: WebHost
  const api = recordingApi({ 'c.png': png })

  beforeAll(async () => {
    dev = await startDevServer()
    vi.stubEnv('POSTCLOUD_RENDERER_URL', dev.origin)
    host = await startWebHost({ api, rendererDir: '/nonexistent' })
  })
  afterAll(async () => {
    vi.unstubAllEnvs()
    await host.close()
    dev.server.closeAllConnections()
    await new Promise((resolve) => dev.server.close(resolve))
  })

  it('sends the page from the dev server, under the host’s own headers and token cookie', async () => {
    const reply = await rawRequest(host.origin, `/?token=${host.token}`)
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('from the dev server')
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy)
    expect(reply.headers['access-control-allow-origin']).toBeUndefined()
    expect(reply.headers['set-cookie']?.[0]).toMatch(/^postcloud_token=/)
  })

  it('passes Vite’s module addresses through byte for byte', async () => {
    const path = '/node_modules/.vite/deps/worker.js?worker_file&type=module'
    await rawRequest(host.origin, path)
    expect(dev.seen.at(-1)?.path).toBe(path)
  })

  it('keeps the host’s credentials from the dev server', async () => {
    await rawRequest(host.origin, '/src/main.tsx', {
      headers: { Cookie: `postcloud_token=${host.token}`, Authorization: `Bearer ${host.token}` }
    })
    const headers = dev.seen.at(-1)?.headers
    expect(headers?.cookie).toBeUndefined()
    expect(headers?.authorization).toBeUndefined()
    expect(headers?.host).toBe(new URL(dev.origin).host)
  })

  it('keeps the API and the folder’s images on the host, with their token rules', async () => {
    const before = dev.seen.length
    const call = await rawRequest(host.origin, '/api/listPosts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"args":[]}'
    })
    expect(call.status).toBe(401)
    const image = await rawRequest(host.origin, '/asset/c.png', {
      headers: { Cookie: `postcloud_token=${host.token}` }
    })
    expect(image.status).toBe(200)
    expect((await rawRequest(host.origin, '/', { method: 'POST' })).status).toBe(405)
    expect(dev.seen.length).toBe(before)
  })

  it('passes the hot-reload socket through, Vite’s own token and all', async () => {
    const answer = await upgrade(host.origin, { Origin: host.origin })
    expect(answer).toMatch(/^HTTP\/1\.1 101 /)
    expect(answer).toContain('echo:ping')
    expect(dev.seen.at(-1)).toMatchObject({ method: 'UPGRADE', path: '/?token=vite-own-token' })
  })

  it('ends an open hot-reload socket when it stops, rather than wait for the page', async () => {
    const other = await startWebHost({ api, rendererDir: '/nonexistent' })
    let closed: Promise<void> | undefined
    const answer = await upgrade(other.origin, {}, () => (closed = other.close()))
    expect(answer).toContain('echo:ping')
    await closed
  })

  it.each([
    ['another origin', { Origin: 'http://evil.example' }],
    ['another Host (DNS rebinding)', { Host: 'evil.example' }]
  ])('refuses the socket from %s', async (_name, headers) => {
    const before = dev.seen.length
    expect(await upgrade(host.origin, headers)).toBe('')
    expect(dev.seen.length).toBe(before)
  })
})
