import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markdownToProse } from '@shared/text'
import { fixedTemplateMatcher, lineKey, templateFixedKeys } from '@shared/words'
import { fillTemplate } from '@core/library/fill'

const templates = resolve('resources/templates')
const reportTemplate = readFileSync(join(templates, 'report.md'), 'utf8')
const bundled = readdirSync(templates)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => templateFixedKeys(readFileSync(join(templates, name), 'utf8')))
const isFixed = fixedTemplateMatcher(bundled)

function keysOf(markdown: string): string[] {
  return markdownToProse(markdown).split('\n').map(lineKey).filter(Boolean)
}

function filledReport(series: string, from: string, to: string): string {
  return fillTemplate(reportTemplate, {
    title: `${series}_${from.replace(/-/g, '')}_${to.replace(/-/g, '')}`,
    slug: 'report',
    instantMs: Date.parse(`${to}T10:00:00Z`),
    offsetMinutes: 480,
    series,
    from,
    to,
    cloud: `/assets/clouds/${to}.jpg`
  })
}

describe('templateFixedKeys', () => {
  it('keys the bundled report template by its headings and date line', () => {
    const readable = templateFixedKeys(reportTemplate).map((key) =>
      key.replace(/\uE000/g, '{date}').replace(/\uE001/g, '{name}')
    )
    expect(readable).toEqual([
      '{name} 报告 {date} 至 {date}',
      '{name} 报告',
      '概要部分',
      '主要话题与行业趋势概述',
      '核心信息（个信息点概述）',
      '要点一 ：',
      '要点二 ：',
      '要点三 ：',
      '要点四 ：',
      '要点五 ：',
      '详细分析部分',
      '重要观点与见解',
      '关键事件与发展',
      '专项分析',
      '专题一',
      '专题二',
      '重要发现总结',
      '词云分析'
    ])
  })

  it('gives no key to a line of placeholders, whitespace and punctuation', () => {
    const keys = templateFixedKeys(
      '# {{Series}}\n\n{{from}} – {{to}}\n\n（{{title}}）：{{date:YYYY}}\n'
    )
    expect(keys).toEqual([])
    expect(fixedTemplateMatcher(keys)('任何一行文字')).toBe(false)
  })
})

describe('fixedTemplateMatcher', () => {
  const fills: [string, string, string][] = [
    ['推特AI日报', '2025-11-11', '2025-11-11'],
    ['twitter_ai', '2025-11-12', '2025-11-18'],
    ['AI Weekly', '2026-01-05', '2026-01-11'],
    ['宏观经济日报', '2025-12-31', '2026-01-01']
  ]

  it.each(fills)('matches every line of the report template filled for %s', (series, from, to) => {
    const keys = keysOf(filledReport(series, from, to))
    expect(keys.length).toBeGreaterThan(15)
    expect(keys.filter((key) => !isFixed(key))).toEqual([])
  })

  it('matches a heading whose digits the writer changed', () => {
    expect(isFixed(lineKey('核心信息（7个信息点概述）'))).toBe(true)
  })

  it('leaves the writer’s own lines, even ones that end like a heading of the template', () => {
    const lines = [
      '这是一份关于新能源的报告',
      '推特AI日报报告显示本周讨论量上升',
      '多模态成为默认配置：新项目默认要求模型同时处理文本、图片和语音。',
      '2025-11-11 至 2025-11-12 的数据显示销量小幅上升',
      '概要',
      '词云分析显示本周的热词是智能体'
    ]
    expect(lines.filter((line) => isFixed(lineKey(line)))).toEqual([])
  })

  it('never matches an empty key', () => {
    expect(isFixed('')).toBe(false)
  })

  it('finds in the sample posts only their 词云分析 heading', () => {
    const root = resolve('resources/sample-posts')
    const matched = ['_posts', '_drafts'].flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((name) => name.endsWith('.md'))
        .flatMap((name) => keysOf(readFileSync(join(root, folder, name), 'utf8')).filter(isFixed))
    )
    expect(new Set(matched)).toEqual(new Set(['词云分析']))
  })
})
