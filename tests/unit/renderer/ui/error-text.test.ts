import { describe, expect, it } from 'vitest'
import { translator } from '@renderer/i18n/translate'
import { errorText } from '@renderer/ui/errorText'
import { PostcloudError } from '@shared/errors'

const zh = translator('zh-CN')
const en = translator('en')

/** Runs of English words: what a Chinese writer must never be shown beside the file names. */
const englishSentence = /[A-Za-z]{4,} [a-z]{3,}/

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

  it('never appends the English back-end message in Chinese', () => {
    const bare = new PostcloudError('EXISTS', '"a.jpg" already exists')
    expect(errorText(bare, zh)).toBe('该名称已被占用。')
    const unknownReason = new PostcloudError('INVALID_ARGUMENT', 'The whole explanation.', {
      reason: 'noSuchReason',
      path: 'a.md'
    })
    expect(errorText(unknownReason, zh)).toBe('无法完成此操作。')
    expect(errorText(new Error('socket hang up'), zh)).toBe('出错了。')
  })

  it('says the sentence of the reason, filled with the params', () => {
    const taken = new PostcloudError('EXISTS', '"_posts/b.md" already exists; choose another.', {
      reason: 'name',
      path: '_posts/b.md'
    })
    expect(errorText(taken, zh)).toBe('“_posts/b.md”已存在，请换一个名称。')
    expect(errorText(taken, en)).toBe('“_posts/b.md” already exists; choose another name.')
    const changed = new PostcloudError('CONFLICT', '"_posts/x.md" changed on disk since…', {
      reason: 'changed',
      path: '_posts/x.md'
    })
    const text = errorText(changed, zh)
    expect(text).toBe('“_posts/x.md” 在磁盘上已被修改，未写入任何内容。请重新载入后再试。')
    expect(text.replace('_posts/x.md', '')).not.toMatch(englishSentence)
  })

  it('falls back to the code’s sentence when the params do not fill the reason’s', () => {
    const unnamed = new PostcloudError('EXISTS', '"a.md" already exists', { reason: 'name' })
    expect(errorText(unnamed, zh)).toBe('该名称已被占用。')
    expect(errorText(unnamed, en)).toBe('That name is taken. "a.md" already exists')
  })

  it('keeps the back-end detail after the code’s sentence in English', () => {
    expect(errorText(new PostcloudError('EXISTS', 'a.jpg'), en)).toBe('That name is taken. a.jpg')
    const withPath = new PostcloudError('EXISTS', 'a.jpg exists', { path: 'a.jpg' })
    expect(errorText(withPath, en)).toBe('That name is taken. a.jpg exists')
  })
})
