import { describe, expect, it } from 'vitest'
import { headingId, IdRegistry } from '@shared/markdown/heading-id'

describe('headingId', () => {
  it.each([
    ['Hello World', 'hello-world'],
    ['背景 和目标！', '背景-和目标'],
    ['多模态：从演示走向日常', '多模态从演示走向日常'],
    ['  GPT-5 的 3 个问题?  ', 'gpt-5-的-3-个问题'],
    ['snake_case & C++', 'snake_case--c'],
    ['Ünïcode Café', 'ünïcode-café'],
    ['日本語とカタカナ', '日本語とカタカナ'],
    ['!!!', 'section'],
    ['', 'section'],
    ['<script>alert(1)</script>', 'scriptalert1script']
  ])('%j -> %j', (text, id) => {
    expect(headingId(text)).toBe(id)
  })

  it('drops the private-use characters of Liquid placeholders', () => {
    expect(headingId('标题 \uE0000\uE001')).toBe('标题-0')
  })
})

describe('IdRegistry', () => {
  it('numbers repeats from 1 and never hands out an id twice', () => {
    const ids = new IdRegistry()
    expect(['a', 'a', 'a-1', 'a', 'b'].map((id) => ids.claim(id))).toEqual([
      'a',
      'a-1',
      'a-1-1',
      'a-2',
      'b'
    ])
  })

  it('stays linear for thousands of equal headings', () => {
    const ids = new IdRegistry()
    const claimed = Array.from({ length: 20_000 }, () => ids.claim('小结'))
    expect(new Set(claimed).size).toBe(20_000)
    expect(claimed.at(-1)).toBe('小结-19999')
  })
})
