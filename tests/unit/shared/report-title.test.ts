import { describe, expect, it } from 'vitest'
import { parseReportTitle, suggestDailyReportTitle } from '@shared/report-title'

describe('report titles', () => {
  it.each([
    [
      'twitter_ai_20251111_20251111',
      { series: 'twitter_ai', from: '2025-11-11', to: '2025-11-11' }
    ],
    ['ev_market_20251111_20251117', { series: 'ev_market', from: '2025-11-11', to: '2025-11-17' }],
    ['AI 推特日报：多模态与智能体的一天', null],
    ['twitter_ai_20251111', null],
    ['_20251111_20251111', null]
  ])('%j', (title, expected) => {
    expect(parseReportTitle(title)).toEqual(expected)
  })

  it('suggests today for the newest report’s series, else "report"', () => {
    const titles = ['随笔', 'macro_20251201_20251207', 'twitter_ai_20251110_20251110']
    expect(suggestDailyReportTitle(titles, '2025-12-08')).toBe('macro_20251208_20251208')
    expect(suggestDailyReportTitle(['随笔'], '2025-12-08')).toBe('report_20251208_20251208')
  })
})
