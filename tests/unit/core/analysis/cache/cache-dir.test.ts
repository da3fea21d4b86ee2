import { describe, expect, it } from 'vitest'
import { defaultCacheDir } from '@core/analysis/cache'

describe('defaultCacheDir', () => {
  it('takes POSTCLOUD_CACHE_DIR over every platform folder', () => {
    const env = {
      POSTCLOUD_CACHE_DIR: '/tmp/pc-cache',
      XDG_CACHE_HOME: '/xdg',
      LOCALAPPDATA: 'C:\\L'
    }
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(defaultCacheDir(env, platform, '/home/ann')).toBe('/tmp/pc-cache')
    }
  })

  it('uses XDG_CACHE_HOME on Linux, else ~/.cache', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/ann' }, 'linux', '/home/ann')).toBe(
      '/var/cache/ann/postcloud'
    )
    expect(defaultCacheDir({}, 'linux', '/home/ann')).toBe('/home/ann/.cache/postcloud')
    expect(defaultCacheDir({ XDG_CACHE_HOME: '' }, 'freebsd', '/home/ann')).toBe(
      '/home/ann/.cache/postcloud'
    )
  })

  it('ignores a relative XDG_CACHE_HOME, as the XDG spec asks', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/ann')).toBe(
      '/home/ann/.cache/postcloud'
    )
  })

  it('uses ~/Library/Caches on macOS', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'darwin', '/Users/ann')).toBe(
      '/Users/ann/Library/Caches/Postcloud'
    )
  })

  it('uses %LOCALAPPDATA% on Windows, with its usual place as the fallback', () => {
    expect(
      defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'win32', 'C:\\Users\\ann')
    ).toBe('C:\\Users\\ann\\AppData\\Local\\Postcloud\\Cache')
    expect(defaultCacheDir({}, 'win32', 'C:\\Users\\ann')).toBe(
      'C:\\Users\\ann\\AppData\\Local\\Postcloud\\Cache'
    )
  })
})
