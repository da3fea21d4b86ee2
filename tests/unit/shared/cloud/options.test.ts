import { describe, expect, it } from 'vitest'
import { checkCloudOptions, defaultCloudOptions } from '@shared/cloud/options'
import type { CloudOptions } from '@shared/cloud/options'
import { PostcloudError } from '@shared/errors'

/** Cloud options from untrusted JSON: every bad value refused naming its key, defaults filled. */

function refusal(input: unknown): PostcloudError {
  try {
    checkCloudOptions(input)
  } catch (error) {
    expect(error).toBeInstanceOf(PostcloudError)
    return error as PostcloudError
  }
  throw new Error(`accepted ${JSON.stringify(input)}`)
}

const bad: Array<[keyof CloudOptions, unknown]> = [
  ['colorBy', 'rainbow'],
  ['colorBy', null],
  ['width', 99],
  ['width', 4001],
  ['width', 800.5],
  ['width', '800'],
  ['height', Number.NaN],
  ['height', Number.POSITIVE_INFINITY],
  ['maxWords', 0],
  ['maxWords', 1001],
  ['minFontSize', 3],
  ['minFontSize', 101],
  ['seed', -1],
  ['seed', 2 ** 31],
  ['seed', 1.5],
  ['quality', 0],
  ['quality', 101],
  ['scale', 3],
  ['scale', '2'],
  ['rotateRatio', -0.1],
  ['rotateRatio', 1.1],
  ['rotateRatio', Number.NaN],
  ['rotateRatio', '0.5'],
  ['shape', 'circle'],
  ['shape', null],
  ['rotation', 'all'],
  ['palette', 'rainbow'],
  ['palette', 'toString'],
  ['background', 'white'],
  ['background', '#fff'],
  ['background', '#12345g'],
  ['colors', '#123456'],
  ['colors', ['#123456', 'red']],
  ['colors', Array.from({ length: 25 }, () => '#123456')],
  ['mask', 'heart.jpg'],
  ['mask', 42],
  ['mask', 'a\0.png'],
  ['font', ''],
  ['font', '   '],
  ['font', 'Noto"; color: red'],
  ['font', 'x'.repeat(101)],
  ['font', 12]
]

describe('checkCloudOptions', () => {
  it.each(bad)('refuses %s = %j, naming the key', (key, value) => {
    const error = refusal({ [key]: value })
    expect(error.code).toBe('INVALID_ARGUMENT')
    expect(error.message).toContain(key)
  })

  it.each([['colour'], ['__proto__'], ['constructor'], ['Width']])(
    'refuses the unknown key %s',
    (key) => {
      const error = refusal(JSON.parse(`{"${key}": 1}`))
      expect(error.code).toBe('INVALID_ARGUMENT')
      expect(error.message).toContain(`"${key}"`)
    }
  )

  it.each([null, 'width=800', 42, [1200, 800]])('refuses %j as a whole', (input) => {
    expect(refusal(input).code).toBe('INVALID_ARGUMENT')
  })

  it('refuses a mask shape without a mask and a custom palette without colours, naming the key', () => {
    expect(refusal({ shape: 'mask' }).message).toContain('shape')
    expect(refusal({ palette: 'custom' }).message).toContain('palette')
  })

  it('fills missing keys from the defaults and keeps the given ones', () => {
    expect(checkCloudOptions({})).toEqual(defaultCloudOptions)
    expect(
      checkCloudOptions({ width: 800, height: 600, seed: 0, undefinedKey: undefined })
    ).toEqual({
      ...defaultCloudOptions,
      width: 800,
      height: 600,
      seed: 0
    })
  })

  it('fills missing keys from a given base, without sharing its colour list', () => {
    const base: CloudOptions = {
      ...defaultCloudOptions,
      palette: 'custom',
      colors: ['#112233'],
      seed: 9
    }
    const out = checkCloudOptions({ width: 1080 }, base)
    expect(out).toEqual({ ...base, width: 1080 })
    out.colors.push('#445566')
    expect(base.colors).toEqual(['#112233'])
  })

  it('accepts the edges of every range and normalises colours and names', () => {
    const out = checkCloudOptions({
      width: 100,
      height: 4000,
      maxWords: 1000,
      minFontSize: 4,
      seed: 2 ** 31 - 1,
      quality: 1,
      scale: 2,
      rotateRatio: 0,
      shape: 'mask',
      mask: 'shapes/Heart.PNG',
      palette: 'custom',
      colors: ['#ABCDEF'],
      background: '#FFFFFF',
      font: '  LXGW WenKai  ',
      rotation: 'mixed'
    })
    expect(out).toMatchObject({
      colors: ['#abcdef'],
      background: '#ffffff',
      font: 'LXGW WenKai',
      mask: 'shapes/Heart.PNG'
    })
    expect(checkCloudOptions({ mask: null, font: null })).toMatchObject({ mask: null, font: null })
  })
})
