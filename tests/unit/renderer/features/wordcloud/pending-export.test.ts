import { describe, expect, it } from 'vitest'
import { pendingOf } from '@renderer/features/wordcloud/pending-export'
import { PostcloudError } from '@shared/errors'

const first = { format: 'jpg', onExisting: 'refuse' } as const

describe('pendingOf', () => {
  it('asks about a link the published site would not resolve, once', () => {
    const error = new PostcloudError('UNPUBLISHED_LINK', 'English', {
      link: 'wordcloud_x.jpg',
      url: '/reports/2025/11/11/foo/wordcloud_x.jpg',
      rule: 'assets/wordclouds/wordcloud_x.jpg'
    })
    expect(pendingOf(error, first)).toEqual({
      kind: 'unpublished',
      link: 'wordcloud_x.jpg',
      url: '/reports/2025/11/11/foo/wordcloud_x.jpg',
      rule: 'assets/wordclouds/wordcloud_x.jpg'
    })
    expect(pendingOf(error, { ...first, link: 'keep' })).toBeNull()
  })

  it('offers a PNG copy when Export PNG meets a link of another type; a JPG export only shows it', () => {
    const error = new PostcloudError('WRONG_IMAGE_TYPE', 'English', {
      name: 'wordcloud_x.jpg',
      kind: 'PNG'
    })
    expect(pendingOf(error, { ...first, format: 'png' })).toEqual({
      kind: 'wrong-type',
      name: 'wordcloud_x.jpg'
    })
    expect(pendingOf(error, first)).toBeNull()
  })

  it('asks about a file in the way only before a choice was made, and only when it names it', () => {
    const error = new PostcloudError('EXISTS', 'English', { path: 'assets/wordclouds/x.jpg' })
    expect(pendingOf(error, first)).toEqual({ kind: 'exists', path: 'assets/wordclouds/x.jpg' })
    expect(pendingOf(error, { ...first, onExisting: 'rename' })).toBeNull()
    expect(pendingOf(new PostcloudError('EXISTS', 'A file is in the way'), first)).toBeNull()
  })
})
