import { describe, expect, it } from 'vitest'
import { decodeCloudImage, detectFormat } from '@core/assets/image-bytes'
import { PostcloudError } from '@shared/errors'
import { fakeJpeg, fakePng } from './helpers'

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    return error instanceof PostcloudError ? error.code : 'not a PostcloudError'
  }
  return 'no error'
}

describe('decodeCloudImage', () => {
  const jpeg = fakeJpeg()
  const png = fakePng()

  it('decodes a JPEG by default and a PNG when asked', () => {
    expect(decodeCloudImage(jpeg.toString('base64'))).toEqual(jpeg)
    expect(decodeCloudImage(png.toString('base64'), 'png')).toEqual(png)
  })

  it('accepts a data URL as canvas.toDataURL() makes it', () => {
    expect(decodeCloudImage(`data:image/jpeg;base64,${jpeg.toString('base64')}`)).toEqual(jpeg)
  })

  const refused: Array<[string, () => unknown, string]> = [
    ['empty', () => decodeCloudImage(''), 'INVALID_ARGUMENT'],
    ['not base64', () => decodeCloudImage('not base64!'), 'INVALID_ARGUMENT'],
    [
      'junk Node would skip',
      () => decodeCloudImage(`${jpeg.toString('base64')}$$$$`),
      'INVALID_ARGUMENT'
    ],
    ['base64url', () => decodeCloudImage('_-8A'), 'INVALID_ARGUMENT'],
    ['bad length', () => decodeCloudImage('/9j/4A'), 'INVALID_ARGUMENT'],
    ['PNG when JPEG asked', () => decodeCloudImage(png.toString('base64')), 'INVALID_ARGUMENT'],
    [
      'JPEG when PNG asked',
      () => decodeCloudImage(jpeg.toString('base64'), 'png'),
      'INVALID_ARGUMENT'
    ],
    [
      'wrong magic bytes',
      () => decodeCloudImage(Buffer.from('GIF89a....').toString('base64')),
      'INVALID_ARGUMENT'
    ],
    ['too large', () => decodeCloudImage(jpeg.toString('base64'), 'jpg', 10), 'TOO_LARGE']
  ]
  it.each(refused)('refuses %s', (_name, fn, code) => {
    expect(codeOf(fn)).toBe(code)
  })

  it('names both formats in the mismatch message', () => {
    expect(() => decodeCloudImage(png.toString('base64'))).toThrow(/PNG.*JPEG/)
  })
})

describe('detectFormat', () => {
  it('needs more than the bare signature', () => {
    expect(detectFormat(Buffer.from([0xff, 0xd8, 0xff]))).toBeNull()
    expect(detectFormat(fakeJpeg())).toBe('jpg')
    expect(detectFormat(fakePng())).toBe('png')
  })
})
