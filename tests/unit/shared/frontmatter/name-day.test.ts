import { describe, expect, it } from 'vitest'
import { isInPostsFolder, nameDayMismatch } from '@shared/frontmatter/name-day'

const post = '2025-11-11-twitter-ai-daily.md'

describe('nameDayMismatch: the front matter date against the file name', () => {
  it('names the date’s day and the file name that matches it', () => {
    expect(nameDayMismatch(post, '2025-11-12 09:00:00 +0800', 'Asia/Shanghai')).toEqual({
      dateDay: '2025-11-12',
      nameDay: '2025-11-11',
      fileName: '2025-11-12-twitter-ai-daily.md'
    })
  })

  it('compares days in the site’s zone, as Jekyll reads the date', () => {
    // 20:30 UTC on the 10th is already the 11th in Shanghai: the name is right.
    expect(nameDayMismatch(post, '2025-11-10T20:30:00Z', 'Asia/Shanghai')).toBeNull()
    // 23:30 in Shanghai on the 11th is the 11th: the name is right although UTC says the 11th too.
    expect(nameDayMismatch(post, '2025-11-11 23:30:00 +0800', 'Asia/Shanghai')).toBeNull()
    // 01:00 +0800 on the 12th is still the 11th in New York.
    expect(nameDayMismatch(post, '2025-11-12 01:00:00 +0800', 'America/New_York')).toBeNull()
    expect(nameDayMismatch(post, '2025-11-12 01:00:00 +0800', 'Asia/Shanghai')?.dateDay).toBe(
      '2025-11-12'
    )
  })

  it('without a site zone, takes the day as written', () => {
    expect(nameDayMismatch(post, '2025-11-10T20:30:00Z', null)?.dateDay).toBe('2025-11-10')
    expect(nameDayMismatch(post, '2025-11-11T23:30:00-05:00', null)).toBeNull()
    expect(nameDayMismatch('2025-1-5-short.md', '2025-01-05', null)).toBeNull()
  })

  it('says nothing for a name without a date, or a date that does not read', () => {
    expect(nameDayMismatch('undated.md', '2025-11-12', null)).toBeNull()
    expect(nameDayMismatch(post, '2025/13/45 25:00', null)).toBeNull()
    expect(nameDayMismatch(post, undefined, null)).toBeNull()
    expect(nameDayMismatch(post, 20251112, null)).toBeNull()
  })
})

describe('isInPostsFolder: the files Jekyll dates by their name', () => {
  it('is any file under a _posts/ folder', () => {
    expect(isInPostsFolder('_posts/2025-11-11-a.md')).toBe(true)
    expect(isInPostsFolder('blog/_posts/2025/2025-11-11-a.md')).toBe(true)
    expect(isInPostsFolder('_drafts/2025-11-11-a.md')).toBe(false)
    expect(isInPostsFolder('_posts.md')).toBe(false)
  })
})
