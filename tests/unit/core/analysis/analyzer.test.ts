import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnalysisResult, WordStat } from '@shared/analysis'
import { createAnalyzer } from '@core/analysis'
import type { Analyzer } from '@core/analysis'
import { idfIndexFromText } from '@core/analysis/idf'
import { countOf, fixture, harness, occurrences, report, wordsOf } from './helpers'

const ev = fixture('ev-weekly.md')
const reading = fixture('reading-notes.md')
const h = harness()
const analyzer = h.analyzer
const temp = h.temp

afterAll(() => h.dispose())

describe('analyzeText on the AI report', () => {
  let result: AnalysisResult
  let shared: Analyzer

  beforeAll(async () => {
    shared = analyzer()
    result = await shared.analyzeText(report)
  })

  it('puts the topic words first', () => {
    const top10 = wordsOf(result).slice(0, 10)
    console.log(
      'top 10:',
      result.words
        .slice(0, 10)
        .map((w) => `${w.word}×${w.count}`)
        .join(' ')
    )
    // 认知核心 and 多模态 are always written whole: counted as the terms, not their parts.
    for (const word of ['模型', '推理', '认知核心', '多模态', '知识']) expect(top10).toContain(word)
    for (const part of ['认知', '核心', '模态']) expect(wordsOf(result)).not.toContain(part)
    expect(result.files).toBe(1)
    expect(result.chars).toBeGreaterThan(2300)
    expect(result.tokens).toBeGreaterThan(500)
    expect(result.ms).toBeGreaterThanOrEqual(0)
  })

  it('has none of the front matter, URLs, file names, syntax, numbers or code', () => {
    const all = new Set(wordsOf(result).map((w) => w.toLowerCase()))
    const forbidden = [
      ...['layout', 'title', 'date', 'posttime', 'categories', 'tags', 'post', 'permalink'],
      ...[
        'https',
        'http',
        'com',
        'www',
        'openai.com',
        'blog',
        'x.com',
        'example',
        'search',
        'arxiv'
      ],
      ...['org', 'notes', 'cognitive', 'core', 'abs', 'multimodal', 'daily', 'assets', 'img'],
      ...['wordcloud', 'jpg', 'twitter', 'twitter_ai', 'ai_daily', 'png', 'data', 'csv', 'figure'],
      ...['include', 'html', 'src', 'div', 'class', 'note', 'script', 'var', 'trackingcode'],
      ...['analyticstracker', 'python', 'def', 'run_step', 'agent', 'step', 'retries', 'result'],
      ...['temperature', 'escalate_to_human', 'indented_code_sample', 'settings', 'yaml', 'cloud'],
      ...['#', '*', '|', '>', '-', ':---', '---', '```', '~~~', '[', ']', '(', ')', '^1', '{%'],
      ...['2025', '11', '30', '30%', '09', '3f9a2c1e7b', '2511.01234', '编辑备注', '内部注释']
    ]
    for (const word of forbidden) expect(all.has(word.toLowerCase()), word).toBe(false)
    for (const word of all) expect(word, 'numbers and hashes').not.toMatch(/^[\d.,:%-]+$/)
  })

  it('merges AI and ai under the more frequent spelling', () => {
    expect(occurrences(/\bai\b/g)).toBeGreaterThan(0)
    expect(occurrences(/\bAI\b/g)).toBeGreaterThan(occurrences(/\bai\b/g))
    expect(countOf(result, 'AI')).toBe(occurrences(/\b(AI|ai)\b/g))
    expect(wordsOf(result)).not.toContain('ai')
  })

  it('keeps link text', () => {
    expect(wordsOf(result)).toContain('OpenAI')
    expect(wordsOf(result)).toContain('博客')
    expect(wordsOf(result)).toContain('笔记')
  })

  it('drops one-character words unless they are keep-words', async () => {
    const single = result.words.filter((w) => [...w.word].length === 1)
    expect(single).toEqual([])
    const kept = await shared.analyzeText('车 车 车 和 电 以及 猫 猫', { keepWords: ['猫'] })
    expect(wordsOf(kept)).toEqual(expect.arrayContaining(['车', '电', '猫']))
    expect(wordsOf(kept)).not.toContain('和')
  })

  it('weighs each word by tf x idf from jieba’s table, unknown words at the median', () => {
    const idfPath = resolve('node_modules/nodejieba/submodules/cppjieba/dict/idf.utf8')
    const idf = idfIndexFromText(readFileSync(idfPath, 'utf8'))
    const get = (word: string): number | undefined => idf.lookup([word])[0]?.[1]
    const check = (stat: WordStat): void => {
      const expected = (stat.count / result.tokens) * (get(stat.word) ?? idf.median)
      expect(stat.weight).toBeCloseTo(expected, 10)
    }
    const model = result.words.find((w) => w.word === '模型')
    expect(get('模型')).toBeDefined()
    check(model as WordStat)
    check(result.words.find((w) => w.word === 'AI') as WordStat)
    expect(get('AI')).toBeUndefined()
    for (const stat of result.words.slice(0, 30)) check(stat)
  })

  it('honours top, per-call stopwords and markdown: false', async () => {
    const top = await shared.analyzeText(report, { top: 5 })
    expect(top.words).toEqual(result.words.slice(0, 5))
    const without = await shared.analyzeText(report, { stopwords: ['模型', 'agent'] })
    expect(wordsOf(without)).not.toContain('模型')
    expect(without.tokens).toBe(result.tokens - countOf(result, '模型'))
    const plain = await shared.analyzeText(report, { markdown: false })
    expect(wordsOf(plain)).toEqual(expect.arrayContaining(['layout', 'posttime']))
  })

  // The types of analyzeText's arguments are the contract's argument table's to check
  // (tests/unit/shared/contract-arguments.test.ts); these are the analyzer's own rules.
  it('rejects bad arguments with INVALID_ARGUMENT', async () => {
    const bad = shared as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
    await expect(shared.analyzeText('x', { top: -1 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT'
    })
    await expect(shared.analyzeText('x', { top: 2.5 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT'
    })
    await expect(bad.analyzeCorpus(['ok', 3])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
    await expect(bad.analyzeCorpus(42)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
    await expect(bad.setFolder(42)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
  })

  it('handles empty and whitespace-only text', async () => {
    const empty = await shared.analyzeText('')
    expect(empty).toMatchObject({ words: [], files: 1, chars: 0, tokens: 0 })
    expect((await shared.analyzeText('---\ntitle: x\n---\n   \n')).words).toEqual([])
  })
})

describe('analyzeCorpus', () => {
  it('equals the sum of the documents, from an array or an async iterable', async () => {
    const a = analyzer(resolve('resources'), 3)
    const docs = [report, ev, reading, report.replace(/模型/g, '大模型')]
    const singles = await Promise.all(docs.map((doc) => a.analyzeText(doc)))
    const progress: Array<[number, number | undefined]> = []
    const corpus = await a.analyzeCorpus(docs, {}, (done, total) => progress.push([done, total]))
    async function* stream(): AsyncGenerator<string> {
      for (const doc of docs) yield doc
    }
    const streamed = await a.analyzeCorpus(stream())

    const sum = new Map<string, number>()
    for (const single of singles) {
      for (const w of single.words)
        sum.set(w.word.toLowerCase(), (sum.get(w.word.toLowerCase()) ?? 0) + w.count)
    }
    for (const result of [corpus, streamed]) {
      expect(result.files).toBe(4)
      expect(result.tokens).toBe(singles.reduce((n, s) => n + s.tokens, 0))
      expect(result.chars).toBe(singles.reduce((n, s) => n + s.chars, 0))
      expect(new Map(result.words.map((w) => [w.word.toLowerCase(), w.count]))).toEqual(sum)
    }
    expect(corpus.words).toEqual(streamed.words)
    expect(progress.at(-1)).toEqual([4, 4])
    expect(countOf(corpus, 'Tesla')).toBe(2)
  })

  it('ends with the error a progress callback throws', async () => {
    const a = analyzer()
    const docs = Array.from({ length: 60 }, () => report)
    const failing = (): void => {
      throw new Error('progress failed')
    }
    await expect(a.analyzeCorpus(docs, {}, failing)).rejects.toThrow('progress failed')
    expect((await a.analyzeText(ev)).files).toBe(1)
  })

  it('spreads a larger corpus over several workers in batches', async () => {
    const a = analyzer(resolve('resources'), 2)
    const docs = Array.from({ length: 120 }, (_, i) => [report, ev, reading][i % 3])
    const result = await a.analyzeCorpus(docs)
    const one = await a.analyzeText(report)
    expect(result.files).toBe(120)
    expect(countOf(result, '模型')).toBe(40 * countOf(one, '模型'))
  })

  it('counts the same when the calling thread segments too (a batch command)', async () => {
    const docs = Array.from({ length: 120 }, (_, i) => [report, ev, reading][i % 3])
    const workersOnly = await analyzer(resolve('resources'), 2).analyzeCorpus(docs)
    const shared = await analyzer(resolve('resources'), 2, true).analyzeCorpus(docs)
    expect(shared.words).toEqual(workersOnly.words)
    expect(shared.tokens).toBe(workersOnly.tokens)
  })

  it('uses the lists of its resources folder', async () => {
    const a = analyzer(resolve('tests/fixtures/resources'))
    const result = await a.analyzeText(report)
    expect(wordsOf(result)).not.toContain('今天')
    expect(wordsOf(result)).toContain('以及')
    await expect(analyzer(join(temp, 'no-resources')).analyzeText('x')).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
  })
})

describe('lifecycle', () => {
  it('warms up, closes, and refuses work after close', async () => {
    const a = analyzer()
    await a.warmUp()
    await a.warmUp(Infinity)
    expect((await a.analyzeText('多模态模型的推理成本')).words.length).toBeGreaterThan(0)
    await a.close()
    await expect(a.analyzeText(report)).rejects.toThrow(/closed/)
  })

  it('a worker that cannot start fails the call instead of the process', async () => {
    const a = createAnalyzer({
      workerScript: resolve('tests/fixtures/workers/does-not-exist.js'),
      resourcesDir: resolve('resources'),
      // A cached segmentation would spare the worker; this test is about the worker.
      cacheDir: null
    })
    try {
      await expect(a.analyzeText(report)).rejects.toMatchObject({ code: 'INTERNAL' })
    } finally {
      await a.close()
    }
  })
})
