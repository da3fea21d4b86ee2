import { describe, expect, it } from 'vitest'
import {
  decodeAssetPath,
  electronAssetUrl,
  encodeAssetPath,
  webAssetUrl
} from '@shared/transport/asset-path'

const names = ['cloud.png', '图片/词云 图.jpg', 'a#b?c&d.png', 'assets/100%.png', 'x/é+é.png']

describe('the URLs of the open folder’s images', () => {
  it('are the /asset/ route in a browser tab and the asset protocol in Electron', () => {
    expect(webAssetUrl('a#b?c&d.png')).toBe('/asset/a%23b%3Fc%26d.png')
    expect(electronAssetUrl('图片/词云 图.jpg')).toBe(
      'postcloud-asset://folder/%E5%9B%BE%E7%89%87/%E8%AF%8D%E4%BA%91%20%E5%9B%BE.jpg'
    )
  })

  it.each(names)('encode %s so the transports decode it back once, unchanged', (name) => {
    const encoded = encodeAssetPath(name)
    expect(encoded).not.toMatch(/[#? ]/)
    expect(decodeAssetPath(encoded)).toBe(name)
  })
})
