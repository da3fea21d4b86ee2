import { describe, expect, it } from 'vitest'
import { takeToken, tokenStorageKey } from '@shared/transport/token'
import type { TokenWindow } from '@shared/transport/token'

/** A window whose address and session storage the test sets, recording replaceState calls. */
function fakeWindow(address: string, stored?: string): TokenWindow & { replaced: string[] } {
  const url = new URL(address)
  const storage = new Map<string, string>(stored ? [[tokenStorageKey, stored]] : [])
  const replaced: string[] = []
  return {
    replaced,
    location: { pathname: url.pathname, search: url.search, hash: url.hash },
    history: {
      state: { kept: true },
      replaceState: (state: unknown, _title: string, next?: string | URL | null) => {
        expect(state).toEqual({ kept: true })
        replaced.push(String(next))
      }
    },
    sessionStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value)
    }
  }
}

describe('the web host token in the renderer', () => {
  it.each([
    ['http://127.0.0.1:5000/?token=abc-DEF_123', '/'],
    ['http://127.0.0.1:5000/?token=abc-DEF_123#post=a.md', '/#post=a.md'],
    ['http://127.0.0.1:5000/?lang=zh-CN&token=abc-DEF_123&x=1', '/?lang=zh-CN&x=1'],
    ['http://127.0.0.1:5000/app/?token=abc-DEF_123&x=%E4%B8%AD#h', '/app/?x=%E4%B8%AD#h']
  ])('takes it from %s and leaves %s in the address bar', (address, left) => {
    const win = fakeWindow(address)
    expect(takeToken(win)).toBe('abc-DEF_123')
    expect(win.replaced).toEqual([left])
    expect(win.sessionStorage.getItem(tokenStorageKey)).toBe('abc-DEF_123')
  })

  it('finds it in session storage after a reload, touching the address bar not at all', () => {
    const win = fakeWindow('http://127.0.0.1:5000/?x=1#h', 'kept-token')
    expect(takeToken(win)).toBe('kept-token')
    expect(win.replaced).toEqual([])
  })

  it('prefers a new token in the address to an old one in storage', () => {
    const win = fakeWindow('http://127.0.0.1:5000/?token=new-token', 'old-token')
    expect(takeToken(win)).toBe('new-token')
  })

  it('is empty without either, so calls get a clear 401', () => {
    expect(takeToken(fakeWindow('http://127.0.0.1:5000/'))).toBe('')
  })
})
