import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { AnalysisResult } from '@shared/analysis'
import { countOf, harness, occurrences, report, wordsOf } from './helpers'

const h = harness()
const analyzer = h.analyzer
const folder = h.folder

afterAll(() => h.dispose())

describe('folder settings', () => {
  it('a user dictionary makes 认知核心 and 多模态 words; without it they are compounds', async () => {
    const partsOf = (result: AnalysisResult, word: string): string[] | undefined =>
      result.words.find((w) => w.word === word)?.parts
    const a = analyzer()
    // jieba cuts them apart, but the report never writes the parts alone: compound terms.
    const before = await a.analyzeText(report)
    expect(partsOf(before, '认知核心')).toEqual(['认知', '核心'])
    expect(partsOf(before, '多模态')).toEqual(['多', '模态'])
    expect(wordsOf(before)).not.toContain('认知')

    await a.setFolder(folder('with-dict', { 'userdict.txt': '认知核心 n\r\n多模态\n' }))
    const after = await a.analyzeText(report)
    expect(countOf(after, '认知核心')).toBe(occurrences(/认知核心/g))
    expect(countOf(after, '多模态')).toBe(occurrences(/多模态/g))
    expect(partsOf(after, '认知核心')).toBeUndefined()
    expect(wordsOf(after).slice(0, 5)).toContain('多模态')

    await a.setFolder(null)
    expect(partsOf(await a.analyzeText(report), '认知核心')).toEqual(['认知', '核心'])
  })

  it('a malformed user dictionary is cleaned, never fatal', async () => {
    const a = analyzer()
    const junk = '\ufeff认知核心 0\n|||\n;\n多模态 abc def ghi jkl\n\u0001bad\n' + 'x'.repeat(5000)
    await a.setFolder(folder('junk-dict', { 'userdict.txt': junk }))
    const result = await a.analyzeText(report)
    expect(wordsOf(result)).toContain('认知核心')
    expect(wordsOf(result)).toContain('多模态')
  })

  it('folder stopwords and keep-words apply, and setFolder(null) forgets them', async () => {
    const a = analyzer()
    await a.setFolder(
      folder('with-lists', { 'stopwords.txt': '模型\n推理\n', 'keepwords.txt': '体\n' })
    )
    const result = await a.analyzeText(report)
    expect(wordsOf(result)).not.toContain('模型')
    expect(wordsOf(result)).not.toContain('推理')
    expect(countOf(result, '体')).toBe(9) // 智能体 splits into 智能 + 体
    await a.setFolder(null)
    expect(wordsOf(await a.analyzeText(report))).toContain('模型')
  })

  it('an analysis started before setFolder settles uses the new folder’s lists', async () => {
    const a = analyzer()
    void a.setFolder(folder('racing', { 'stopwords.txt': '模型\n' }))
    expect(wordsOf(await a.analyzeText(report))).not.toContain('模型')
  })

  it('a folder without .postcloud is fine', async () => {
    const a = analyzer()
    await a.setFolder(join(h.temp, 'plain-folder-that-does-not-exist'))
    expect((await a.analyzeText(report)).words.length).toBeGreaterThan(10)
  })
})
