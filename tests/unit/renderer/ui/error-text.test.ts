import { describe, expect, it } from 'vitest'
import { translator } from '@renderer/i18n/translate'
import { errorText } from '@renderer/ui/errorText'
import { PostcloudError } from '@shared/errors'

const zh = translator('zh-CN')

describe('errorText', () => {
  it('says an error with params wholly in the UI language, without the English detail', () => {
    const error = new PostcloudError(
      'WRONG_IMAGE_TYPE',
      'The post links its cloud as "wordcloud_x.jpg", which is not a PNG file name.',
      { name: 'wordcloud_x.jpg', kind: 'PNG' }
    )
    expect(errorText(error, zh)).toBe(
      '文章的词云链接是 wordcloud_x.jpg，不是 PNG 文件。未写入任何内容。'
    )
  })

  it('puts the back-end detail after a sentence that has no place for params', () => {
    expect(errorText(new PostcloudError('EXISTS', 'a.jpg'), zh)).toBe('该名称已被占用。 a.jpg')
    const withPath = new PostcloudError('EXISTS', 'a.jpg exists', { path: 'a.jpg' })
    expect(errorText(withPath, zh)).toBe('该名称已被占用。 a.jpg exists')
  })
})
