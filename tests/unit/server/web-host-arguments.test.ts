import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost } from '@server/web-host'
import type { WebHost } from '@server/web-host'
import { httpRoute } from '@shared/contract'
import { rawRequest } from './raw-request'
import { recordingApi } from '../core/api/recording-api'
import { stamp } from '../shared/contract-calls'

/** The web host checks every call's arguments with the contract's table before core sees them. */
describe('arguments over HTTP', () => {
  const api = recordingApi()
  let host: WebHost
  let rendererDir: string

  beforeAll(async () => {
    rendererDir = await mkdtemp(join(tmpdir(), 'postcloud-renderer-'))
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Postcloud</title>')
    host = await startWebHost({ api, rendererDir })
  })
  afterAll(async () => {
    await host.close()
    await rm(rendererDir, { recursive: true, force: true })
  })

  function call(method: 'readPost' | 'savePost', args: unknown[]): ReturnType<typeof rawRequest> {
    return rawRequest(host.origin, httpRoute(method), {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ args })
    })
  }

  it.each([
    ['a number for the post name', 'readPost', [42], 'The post name must be text.'],
    [
      'a stamp with a planted prototype',
      'savePost',
      [
        'a.md',
        'x',
        JSON.parse(`{"__proto__": {"x": 1}, "mtimeMs": 1, "size": 1, "hash": "${stamp.hash}"}`)
      ],
      'In the version of the post the editor loaded, "__proto__" is not known here.'
    ],
    [
      'one argument too many',
      'readPost',
      ['a.md', 'b.md'],
      'This takes at most one value, but 2 were sent.'
    ]
  ] as const)(
    'answers %s with 400 INVALID_ARGUMENT and calls nothing',
    async (_name, method, args, message) => {
      const reply = await call(method, [...args])
      expect(reply.status).toBe(400)
      expect(JSON.parse(reply.body)).toEqual({ error: { code: 'INVALID_ARGUMENT', message } })
      expect(api.calls).toEqual([])
    }
  )

  it('hands a well-formed call to core with the values sent', async () => {
    const reply = await call('savePost', ['a.md', '正文', stamp])
    expect(reply.status).toBe(200)
    expect(api.calls).toEqual([{ method: 'savePost', args: ['a.md', '正文', stamp] }])
  })
})
