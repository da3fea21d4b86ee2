import { describe, expect, it } from 'vitest'
import { cloudFileName, safeStem } from '@shared/cloud/file-name'
import type { CloudNameFields } from '@shared/cloud/file-name'

const today = new Date(2025, 11, 24, 12, 0, 0)
const fields: CloudNameFields = {
  title: 'AI 推特日报',
  slug: 'twitter-ai',
  date: '2025-11-11 15:33:03 +0800',
  today
}
const bytes = (s: string): number => new TextEncoder().encode(s).length

describe('cloudFileName', () => {
  const cases: Array<
    [string, string | undefined, Partial<CloudNameFields>, 'jpg' | 'png', string]
  > = [
    ['default pattern', undefined, {}, 'jpg', 'wordcloud_AI_推特日报.jpg'],
    ['png', undefined, {}, 'png', 'wordcloud_AI_推特日报.png'],
    ['slug and date', 'wordcloud_{slug}_{date}', {}, 'jpg', 'wordcloud_twitter-ai_20251111.jpg'],
    ['date with one-digit parts', '{date}', { date: '2025-1-2' }, 'jpg', '20250102.jpg'],
    ['no date: today', 'c_{date}', { date: null }, 'jpg', 'c_20251224.jpg'],
    ['unreadable date: today', 'c_{date}', { date: 'yesterday' }, 'jpg', 'c_20251224.jpg'],
    ['pattern with extension', 'wordcloud_{slug}.jpg', {}, 'png', 'wordcloud_twitter-ai.png'],
    [
      'reserved characters',
      '{title}',
      { title: 'a/b\\c:d*e?f"g<h>i|j' },
      'jpg',
      'a_b_c_d_e_f_g_h_i_j.jpg'
    ],
    ['control characters', '{title}', { title: 'a\u0000b\u007fc\u202ed' }, 'jpg', 'abcd.jpg'],
    ['whitespace collapsed', '{title}', { title: ' 周报 \t 第 3 期\n' }, 'jpg', '周报_第_3_期.jpg'],
    [
      'full-width punctuation replaced',
      '{title}',
      { title: '日报：多模态（一）' },
      'jpg',
      '日报_多模态_一.jpg'
    ],
    [
      'a real Chinese title',
      undefined,
      { title: 'AI 推特日报：多模态与智能体的一天' },
      'jpg',
      'wordcloud_AI_推特日报_多模态与智能体的一天.jpg'
    ],
    [
      'every full-width mark',
      '{title}',
      { title: '周报、第三期，回顾。好！吗？（完）' },
      'jpg',
      '周报_第三期_回顾_好_吗_完.jpg'
    ],
    [
      'ASCII punctuation and symbols',
      '{title}',
      { title: "GPT-4.5 & Claude's notes: 50% off! #AI @home ~ ★" },
      'jpg',
      'GPT-4_5_Claude_s_notes_50_off_AI_home.jpg'
    ],
    ['runs of _ collapse', '{title}', { title: 'a__b _ c' }, 'jpg', 'a_b_c.jpg'],
    [
      'other scripts kept',
      '{title}',
      { title: 'Ελληνικά Русский 한국어 日本語のかな' },
      'jpg',
      'Ελληνικά_Русский_한국어_日本語のかな.jpg'
    ],
    [
      'a report name stays exactly as it is',
      'wordcloud_{title}',
      { title: 'twitter_ai_20251111_20251111' },
      'jpg',
      'wordcloud_twitter_ai_20251111_20251111.jpg'
    ],
    ['never empty', '{title}', { title: '///' }, 'jpg', 'wordcloud.jpg'],
    ['never dot names', '{title}', { title: '..' }, 'jpg', 'wordcloud.jpg'],
    ['no hidden or Jekyll-skipped names', '{title}', { title: '._x' }, 'jpg', 'x.jpg'],
    ['no trailing dots', '{title}', { title: 'x...' }, 'jpg', 'x.jpg'],
    ['Windows device names', '{title}', { title: 'CON' }, 'jpg', 'CON_.jpg'],
    ['unknown placeholder: its word kept', '{author}', {}, 'jpg', 'author.jpg']
  ]
  it.each(cases)('%s', (_name, pattern, over, format, expected) => {
    expect(cloudFileName(pattern, { ...fields, ...over }, format)).toBe(expected)
  })

  it('cuts to 200 UTF-8 bytes on a character boundary', () => {
    const name = cloudFileName(
      '{title}',
      { ...fields, title: '词'.repeat(100) + '😀'.repeat(10) },
      'jpg'
    )
    expect(bytes(name)).toBeLessThanOrEqual(200)
    expect(name).toBe(`${'词'.repeat(65)}.jpg`)
    // U+20000 (CJK Extension B) is a letter of four UTF-8 bytes.
    const wide = cloudFileName('{title}', { ...fields, title: 'a' + '𠀀'.repeat(60) }, 'jpg')
    expect(bytes(wide)).toBe(1 + 4 * 48 + 4)
    expect(wide.endsWith('𠀀.jpg')).toBe(true)
  })

  it('normalises to NFC', () => {
    expect(cloudFileName('{title}', { ...fields, title: 'Cafe\u0301' }, 'jpg')).toBe(
      'Caf\u00e9.jpg'
    )
  })
})

describe('safeStem', () => {
  it('drops a trailing dot left by the cut', () => {
    expect(safeStem('ab.cd', 3)).toBe('ab')
  })
})
