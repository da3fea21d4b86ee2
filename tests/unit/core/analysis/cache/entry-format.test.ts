import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { decodeEntry, encodeEntry } from '@core/analysis/cache/entry-format'
import { segmentedIdsOf } from '@core/analysis/segmented'
import type { SegmentedPost } from '@core/analysis/segmented'
import { segmentation } from './helpers'

const key = 'ab'.repeat(32)

/** The post as the worker hands it to the encoder: its lines numbered. */
function encode(post: SegmentedPost): Buffer | undefined {
  return encodeEntry(key, segmentedIdsOf(post))
}

function noWords(): SegmentedPost['bag'] {
  return { words: [], counts: [] }
}

function noFacts(): SegmentedPost['about'] {
  return { categories: [], title: null }
}

function roundTrip(post: SegmentedPost): SegmentedPost | undefined {
  const bytes = encode(post)
  expect(bytes).toBeDefined()
  return decodeEntry(key, bytes!)
}

describe('cache entry format', () => {
  it('gives back exactly what was stored: Han, Latin, emoji, empty lines, break tokens', () => {
    expect(roundTrip(segmentation())).toEqual(segmentation())
  })

  it('tells an empty post, a post of empty lines and a line of one break token apart', () => {
    for (const lines of [[], [[]], [[], []], [['']], [[''], []], [['', '']]]) {
      const post = {
        chars: 0,
        lines,
        keys: lines.map(() => ''),
        compounds: [],
        bag: noWords(),
        about: noFacts()
      }
      expect(roundTrip(post)).toEqual(post)
    }
  })

  it('keeps tokens that hold separators, newlines or lone surrogates exactly', () => {
    const odd = ['a\nb', 'c\u001fd', '\u001e', '\0', '\r', ' ', 'x\uD800', '\uDC00y', '\uFEFF']
    const post = {
      chars: 3,
      lines: [odd, ['\n']],
      keys: ['a\nb\u001fc', '\uD800'],
      compounds: [{ term: 'a\nb\0', parts: odd, count: 3 }],
      bag: { words: ['a\nb\0', '\n'], counts: [1, 1] },
      about: { series: '\0', categories: ['\n', ''], title: '' }
    }
    expect(roundTrip(post)).toEqual(post)
  })

  it('keeps posts with more distinct tokens than one- and two-byte indexes reach', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`)
    const lines = [words, words.slice(0, 200).reverse()]
    const post = {
      chars: 2 ** 40,
      lines,
      keys: ['w1', 'w2'],
      compounds: [],
      bag: noWords(),
      about: noFacts()
    }
    expect(roundTrip(post)).toEqual(post)
  })

  it('refuses to store counts it could not give back exactly', () => {
    for (const chars of [-1, 1.5, NaN, 2 ** 60]) {
      expect(encode({ ...segmentation(), chars })).toBeUndefined()
    }
    const compounds = [{ term: 'ab', parts: ['a', 'b'], count: -3 }]
    expect(encode({ ...segmentation(), compounds })).toBeUndefined()
    const bag = { words: ['本周'], counts: [0.5] }
    expect(encode({ ...segmentation(), bag })).toBeUndefined()
  })

  it('reads the lines only when asked for, but refuses damaged lines at once', () => {
    const bytes = encode(segmentation())!
    const post = decodeEntry(key, bytes)!
    expect(Object.getOwnPropertyDescriptor(post, 'lines')?.get).toBeDefined()
    expect(post.lineAt?.(4)).toEqual(segmentation().lines[4])
    expect(post.lineAt?.(99)).toEqual([])
    expect(post.lines).toEqual(segmentation().lines)
    expect(post.lines).toBe(post.lines)
    // The last token's index points outside the table, with a checksum that fits the change.
    const last = bytes.length - 1
    const forged = Buffer.from(bytes)
    forged[last] = 0x7f
    const header = forged.subarray(0, forged.indexOf(0x0a)).toString('latin1').split(' ')
    const body = forged.subarray(forged.indexOf(0x0a) + 1)
    header[5] = crc32(body).toString(16).padStart(8, '0')
    const reforged = Buffer.concat([Buffer.from(header.join(' ') + '\n', 'latin1'), body])
    expect(decodeEntry(key, reforged)).toBeUndefined()
  })

  it('refuses an entry of another key', () => {
    const bytes = encode(segmentation())!
    expect(decodeEntry('cd'.repeat(32), bytes)).toBeUndefined()
  })

  it('refuses every cut of an entry and every flipped byte', () => {
    const bytes = encode(segmentation())!
    for (let length = 0; length < bytes.length; length++) {
      expect(decodeEntry(key, bytes.subarray(0, length))).toBeUndefined()
    }
    for (let at = 0; at < bytes.length; at++) {
      const damaged = Buffer.from(bytes)
      damaged[at] ^= 0x01
      expect(decodeEntry(key, damaged)).toBeUndefined()
    }
  })

  it('refuses bytes appended to an entry, garbage and other formats', () => {
    const bytes = encode(segmentation())!
    expect(decodeEntry(key, Buffer.concat([bytes, Buffer.from([0])]))).toBeUndefined()
    expect(decodeEntry(key, Buffer.alloc(4096, 0x0a))).toBeUndefined()
    expect(decodeEntry(key, Buffer.from(JSON.stringify(segmentation())))).toBeUndefined()
    const otherVersion = Buffer.from(bytes.toString('latin1').replace(' 3 ', ' 2 '), 'latin1')
    expect(decodeEntry(key, otherVersion)).toBeUndefined()
  })
})
