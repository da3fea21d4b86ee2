import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seriesId, seriesKeyOf, titleWithoutDates } from '@shared/words'
import { parseFrontMatter } from '@core/frontmatter'

describe('seriesKeyOf', () => {
  it('takes the series key first, as text', () => {
    expect(seriesKeyOf({ series: ' 推特AI日报 ', categories: ['日报'], title: 'x' })).toEqual({
      by: 'series',
      name: '推特AI日报'
    })
    expect(seriesKeyOf({ series: 2025 })).toEqual({ by: 'series', name: '2025' })
  })

  it('ignores an empty series and falls back to the first category', () => {
    expect(seriesKeyOf({ series: '  ', categories: ['', '周报', '开源'] })).toEqual({
      by: 'category',
      name: '周报'
    })
  })

  it('reads categories as a space-separated string, then category', () => {
    expect(seriesKeyOf({ categories: '  日报 AI ' })).toEqual({ by: 'category', name: '日报' })
    expect(seriesKeyOf({ categories: [], category: '月报' })).toEqual({
      by: 'category',
      name: '月报'
    })
  })

  it('falls back to the title without its dates and digits', () => {
    expect(seriesKeyOf({ categories: [], title: '推特AI日报 (2025-11-11 至 2025-11-11)' })).toEqual(
      { by: 'title', name: '推特AI日报' }
    )
  })

  it('is null for a post with none of the three, or a title of dates only', () => {
    expect(seriesKeyOf({})).toBeNull()
    expect(seriesKeyOf({ series: '', categories: [], category: null, title: '' })).toBeNull()
    expect(seriesKeyOf({ title: '2025-11-11' })).toBeNull()
    expect(seriesKeyOf({ title: { nested: true }, categories: [[]] })).toBeNull()
  })
})

describe('titleWithoutDates', () => {
  const cases: [string, string][] = [
    ['推特AI日报 (2025-11-11 至 2025-11-11)', '推特AI日报'],
    ['推特AI日报 (2025-11-12 至 2025-11-12)', '推特AI日报'],
    ['推特AI日报（2025年11月12日）', '推特AI日报'],
    ['twitter_ai_20251111_20251111', 'twitter_ai'],
    ['宏观日报 2025/11/11', '宏观日报'],
    ['宏观日报：2025.12.02', '宏观日报'],
    ['11月11日 早报', '早报'],
    ['早报 11-11', '早报'],
    ['周报 — 2025年11月', '周报'],
    ['AI Weekly 2025/11/11 - 2025/11/17', 'AI Weekly'],
    ['AI Weekly 2025-11-11 to 2025-11-17', 'AI Weekly'],
    ['开源周报 第12期', '开源周报'],
    ['【2025-11-11】市场复盘', '市场复盘'],
    ['GPT4 发布会速记', 'GPT 发布会速记'],
    ['2025-11-11', '']
  ]
  it.each(cases)('%s -> %s', (title, name) => {
    expect(titleWithoutDates(title)).toBe(name)
  })
})

describe('seriesId', () => {
  it('groups by field and name', () => {
    expect(seriesId({ by: 'category', name: '日报' })).toBe(
      seriesId({ by: 'category', name: '日报' })
    )
    expect(seriesId({ by: 'category', name: '日报' })).not.toBe(
      seriesId({ by: 'series', name: '日报' })
    )
  })
})

describe('the sample posts', () => {
  it('belong to the series of their first category', () => {
    const root = resolve('resources/sample-posts')
    const series = ['_posts', '_drafts'].flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((name) => name.endsWith('.md'))
        .map((name) => {
          const data = parseFrontMatter(readFileSync(join(root, folder, name), 'utf8')).data
          return [name, data && seriesKeyOf(data)]
        })
    )
    expect(Object.fromEntries(series)).toEqual({
      '2025-11-11-twitter-ai-daily.md': { by: 'category', name: '日报' },
      '2025-11-14-open-source-weekly.md': { by: 'category', name: '周报' },
      '2025-11-17-ev-market-weekly.md': { by: 'category', name: '周报' },
      '2025-11-30-reading-monthly.md': { by: 'category', name: '月报' },
      '2025-12-02-macro-daily.md': { by: 'category', name: '日报' },
      '2025-12-05-draft-weekly.md': { by: 'category', name: '周报' }
    })
  })

  it('would fall back to their titles without categories: each its own series', () => {
    const root = resolve('resources/sample-posts/_posts')
    const names = readdirSync(root).map((name) => {
      const data = parseFrontMatter(readFileSync(join(root, name), 'utf8')).data ?? {}
      return seriesKeyOf({ title: data.title })?.name
    })
    expect(names.sort()).toEqual(
      [
        'AI 推特日报：多模态与智能体的一天',
        '开源社区周报：维护者、贡献者与许可证',
        '新能源汽车市场周报：价格、电池与充电网络',
        '十一月阅读月报：慢读、笔记与写作',
        '宏观经济日报：通胀、利率与人民币汇率'
      ].sort()
    )
  })
})
