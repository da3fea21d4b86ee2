import { afterEach, describe, expect, it, vi } from 'vitest'
import { devRendererFromEnv, devRendererOrigin } from '@server/dev-renderer'

// The page and every script of the window come from this address, so only the dev server that
// `npm run dev:web` starts on this machine qualifies.
describe('POSTCLOUD_RENDERER_URL: which dev server the web host may take the page from', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173'],
    ['http://localhost:5174', 'http://localhost:5174'],
    ['http://[::1]:5173', 'http://[::1]:5173']
  ])('takes %j as %j', (value, origin) => {
    expect(devRendererOrigin(value)).toBe(origin)
  })

  it.each([
    ['another machine', 'http://192.168.1.20:5173'],
    ['a name that only starts like loopback', 'http://127.0.0.1.evil.example:5173'],
    ['a name that only ends like loopback', 'http://evil-localhost:5173'],
    ['every interface', 'http://0.0.0.0:5173'],
    ['https, which the host does not proxy', 'https://127.0.0.1:5173'],
    ['a WebSocket address', 'ws://127.0.0.1:5173'],
    ['a file', 'file:///tmp/index.html'],
    ['credentials', 'http://user:secret@127.0.0.1:5173'],
    ['a path', 'http://127.0.0.1:5173/renderer/'],
    ['a query', 'http://127.0.0.1:5173/?x=1'],
    ['a fragment', 'http://127.0.0.1:5173/#x'],
    ['no address at all', '5173']
  ])('refuses %s, loudly', (_name, value) => {
    expect(() => devRendererOrigin(value)).toThrow(/POSTCLOUD_RENDERER_URL/)
  })

  describe('read from the environment', () => {
    afterEach(() => vi.unstubAllEnvs())

    it('in a development build (Vitest runs as one)', () => {
      vi.stubEnv('POSTCLOUD_RENDERER_URL', 'http://127.0.0.1:5173')
      expect(devRendererFromEnv()).toBe('http://127.0.0.1:5173')
    })

    it('not in a production build, whatever the environment says', () => {
      vi.stubEnv('POSTCLOUD_RENDERER_URL', 'http://127.0.0.1:5173')
      vi.stubEnv('DEV', false)
      expect(devRendererFromEnv()).toBeUndefined()
    })
  })
})
