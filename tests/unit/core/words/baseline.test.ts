import { describe, expect, it } from 'vitest'
import type { PostSummary } from '@shared/post'
import { baselineOf } from '@core/words/baseline'

function post(id: string, date: string | null): PostSummary {
  return {
    id,
    title: id,
    date,
    layout: 'post',
    categories: [],
    tags: [],
    draft: false,
    size: 1,
    mtimeMs: 0,
    wordCount: 1,
    frontMatterStatus: 'ok'
  }
}

describe('baselineOf', () => {
  const mates = [
    post('e', '2025-11-05'),
    post('b', '2025-11-02 09:00:00 +0800'),
    post('none', null),
    post('bad', 'next tuesday'),
    post('d2', '2025-11-04'),
    post('d1', '2025-11-04'),
    post('late', '2025-11-09')
  ]

  it('takes the posts dated before the post, the latest `size`, oldest first', () => {
    expect(baselineOf(mates, '2025-11-06 08:00:00 +0800', 3).map((p) => p.id)).toEqual([
      'd1',
      'd2',
      'e'
    ])
    expect(baselineOf(mates, '2025-11-06', 8).map((p) => p.id)).toEqual(['b', 'd1', 'd2', 'e'])
    expect(baselineOf(mates, '2025-11-06', 0)).toEqual([])
  })

  it('reads dates with their zone: 09:00 at +08:00 is 01:00 UTC, before 02:00 UTC', () => {
    expect(baselineOf(mates, '2025-11-02T02:00:00Z', 8).map((p) => p.id)).toEqual(['b'])
    expect(baselineOf(mates, '2025-11-02T01:00:00Z', 8)).toEqual([])
  })

  it('gives a post without a readable date no baseline', () => {
    expect(baselineOf(mates, null, 8)).toEqual([])
    expect(baselineOf(mates, 'soon', 8)).toEqual([])
  })
})
