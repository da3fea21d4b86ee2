import { afterEach, describe, expect, it, vi } from 'vitest'
import { httpBridge } from '../../../src/renderer/src/transport/http'
import { ipcBridge } from '../../../src/renderer/src/transport/ipc'
import { decodeAssetPath, encodeAssetPath } from '../../../src/shared/asset'
import type { PostcloudPreloadBridge } from '../../../src/shared/contract'

const names = ['cloud.png', '图片/词云 图.jpg', 'a#b?c&d.png', 'assets/100%.png', 'x/é+é.png']

describe('what the window learns about its host', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('in Electron: the native picker and dropped paths from preload, images on the asset protocol', async () => {
    const dropped = new File(['x'], 'a.md')
    const preload = {
      pickFolder: vi.fn(async () => '/home/me/blog'),
      pathOfDropped: vi.fn((file: File) => (file === dropped ? '/home/me/a.md' : null))
    } as unknown as PostcloudPreloadBridge
    const bridge = ipcBridge(preload)
    expect(bridge.host.kind).toBe('electron')
    expect(await bridge.host.pickFolder()).toBe('/home/me/blog')
    expect(bridge.host.pathOfDropped(dropped)).toBe('/home/me/a.md')
    expect(bridge.assetUrl('图片/词云 图.jpg')).toBe(
      'postcloud-asset://folder/%E5%9B%BE%E7%89%87/%E8%AF%8D%E4%BA%91%20%E5%9B%BE.jpg'
    )
  })

  it('in a browser tab: no picker, no dropped paths, images on the /asset/ route', async () => {
    vi.stubGlobal('window', {
      location: { pathname: '/', search: '?token=t', hash: '' },
      history: { state: null, replaceState: () => undefined },
      sessionStorage: { getItem: () => 't', setItem: () => undefined }
    })
    const bridge = httpBridge()
    expect(bridge.host.kind).toBe('web')
    expect(await bridge.host.pickFolder()).toBeNull()
    expect(bridge.host.pathOfDropped(new File(['x'], 'a.md'))).toBeNull()
    expect(bridge.assetUrl('a#b?c&d.png')).toBe('/asset/a%23b%3Fc%26d.png')
  })

  it.each(names)('encodes %s so the transports decode it back once, unchanged', (name) => {
    const encoded = encodeAssetPath(name)
    expect(encoded).not.toMatch(/[#? ]/)
    expect(decodeAssetPath(encoded)).toBe(name)
  })
})
