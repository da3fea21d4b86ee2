import { describe, expect, it } from 'vitest'
import { cloudOptionsHash, cloudTextHash, stableJson } from '@core/cloud'
import { defaultCloudOptions } from '@shared/cloud/options'

describe('what a cloud was drawn from', () => {
  const text = '---\ntitle: T\n---\n正文\n\n## 词云分析\n\n![词云图](wordcloud_a.jpg)\n'
  const body = text.indexOf('正文')

  it('a link moved elsewhere keeps the text hash; an edit beside it changes it', () => {
    const moved = text.replace('wordcloud_a.jpg', '<images/wordcloud b.jpg>')
    expect(cloudTextHash(moved, body)).toBe(cloudTextHash(text, body))
    expect(cloudTextHash(text.replace('正文', '正文。'), body)).not.toBe(cloudTextHash(text, body))
    expect(cloudTextHash(text.replace('词云图', '图'), body)).not.toBe(cloudTextHash(text, body))
  })

  it('options hash alike whatever their key order, and differ in any option', () => {
    const reversed = Object.fromEntries(Object.entries(defaultCloudOptions).reverse())
    expect(stableJson(reversed)).toBe(stableJson(defaultCloudOptions))
    expect(cloudOptionsHash(reversed as typeof defaultCloudOptions)).toBe(
      cloudOptionsHash(defaultCloudOptions)
    )
    const changes = [
      { quality: 80 },
      { scale: 2 as const },
      { colors: ['#000000'] },
      { colorBy: 'word' as const }
    ]
    for (const change of changes) {
      expect(cloudOptionsHash({ ...defaultCloudOptions, ...change })).not.toBe(
        cloudOptionsHash(defaultCloudOptions)
      )
    }
  })

  it('an option added later counts only once it differs from its default', () => {
    // A cloud recorded before `colorBy` (and `emphasis`) existed hashed its options without them.
    const older = Object.fromEntries(
      Object.entries(defaultCloudOptions).filter(([key]) => key !== 'colorBy' && key !== 'emphasis')
    )
    expect(cloudOptionsHash(defaultCloudOptions)).toBe(
      cloudOptionsHash(older as typeof defaultCloudOptions)
    )
  })
})
