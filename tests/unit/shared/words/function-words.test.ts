import { describe, expect, it } from 'vitest'
import { bindingPrefixes, compoundStoppers, fragmentChars } from '@shared/words'

describe('function word lists', () => {
  it('stop the particles, conjunctions, adverbs and prepositions the issue names', () => {
    for (const word of [...'的了和与及或在是也都更很就而且并但被把对从向于为以等']) {
      expect(compoundStoppers.has(word), word).toBe(true)
    }
    for (const word of ['以及', '而且', '并且', '但是', '因为', '所以', '这个', '我们', '附近']) {
      expect(compoundStoppers.has(word), word).toBe(true)
    }
  })

  it('let single-character prefixes bind, but never one that is also a function word', () => {
    for (const prefix of [...'多跨超非反全新高低大小微准半']) {
      expect(bindingPrefixes.has(prefix), prefix).toBe(true)
    }
    expect(bindingPrefixes.has('可')).toBe(false)
    for (const prefix of bindingPrefixes) {
      expect(compoundStoppers.has(prefix), prefix).toBe(false)
      expect(prefix).toHaveLength(1)
    }
  })

  it('mark debris by single function characters', () => {
    for (const char of [...'且而并及与和或但的了着地得也都就']) {
      expect(fragmentChars.has(char), char).toBe(true)
    }
    for (const char of fragmentChars) expect(char).toHaveLength(1)
    expect(fragmentChars.has('低')).toBe(false)
  })
})
