import { describe, expect, it } from 'vitest'
import { SharedNumbering, Vocabulary } from '@shared/words'

describe('PostVocabulary', () => {
  it('numbers each post from 0 in the order met, whatever other posts added', () => {
    const numbering = new SharedNumbering()
    const first = numbering.post()
    expect(['模型', '推理', '模型', '成本'].map((word) => first.id(word))).toEqual([0, 1, 0, 2])
    const second = numbering.post()
    expect(['成本', '新词', '模型', '成本'].map((word) => second.id(word))).toEqual([0, 1, 2, 0])
    expect(second.words).toEqual(['成本', '新词', '模型'])
    expect(first.words).toEqual(['模型', '推理', '成本'])
  })

  it('takes the shared vocabulary’s numbers, also past its first thousand words', () => {
    const shared = new Vocabulary()
    for (let i = 0; i < 5000; i++) shared.id(`w${i}`)
    const numbering = new SharedNumbering(shared)
    numbering.post()
    const post = numbering.post()
    expect([4999, 3, 4999, 2048].map((id) => post.ofShared(id))).toEqual([0, 1, 0, 2])
    expect(post.words).toEqual(['w4999', 'w3', 'w2048'])
    // A word added through the post is in the shared vocabulary, under the same string.
    expect(post.id('w3')).toBe(1)
    expect(post.id('新')).toBe(3)
    expect(shared.find('新')).toBe(5000)
  })
})

describe('Vocabulary.append', () => {
  it('numbers a word without indexing it, so id() adds the same word again', () => {
    const vocabulary = new Vocabulary()
    expect(vocabulary.id('模型')).toBe(0)
    expect(vocabulary.append('推理')).toBe(1)
    expect(vocabulary.find('推理')).toBeUndefined()
    expect(vocabulary.id('推理')).toBe(2)
    expect(vocabulary.id('模型')).toBe(0)
    expect(vocabulary.words).toEqual(['模型', '推理', '推理'])
  })
})
