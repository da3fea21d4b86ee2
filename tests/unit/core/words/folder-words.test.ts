import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnalysisResult } from '@shared/analysis'
import { createAnalyzer } from '@core/analysis'
import type { Analyzer } from '@core/analysis'
import { Library } from '@core/library'
import { FolderWords } from '@core/words'
import { sourceWorker } from '../../../support/source-worker'
import { everyIssueKeys, generateSeries } from '../../../fixtures/words/series-generator'

const resourcesDir = resolve('resources')
let temp: string
let analyzer: Analyzer
const libraries: Library[] = []

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'postcloud-folder-words-'))
  analyzer = createAnalyzer({ ...sourceWorker, resourcesDir, poolSize: 2, cacheDir: null })
})
afterAll(async () => {
  await Promise.all(libraries.map((library) => library.close()))
  await analyzer.close()
  await rm(temp, { recursive: true, force: true })
})

/** A folder of `issues` generated reports of one series, plus extra files; its FolderWords. */
async function seriesFolder(
  name: string,
  issues: number,
  extra: Record<string, string> = {}
): Promise<{ words: FolderWords; ids: string[]; dir: string; library: Library }> {
  const dir = join(temp, name)
  await mkdir(join(dir, '_posts'), { recursive: true })
  const ids: string[] = []
  for (const [index, text] of generateSeries(issues).entries()) {
    const id = `_posts/2025-11-${String(index + 1).padStart(2, '0')}-ai-daily.md`
    await writeFile(join(dir, id), text)
    ids.push(id)
  }
  for (const [file, text] of Object.entries(extra)) {
    await mkdir(join(dir, file, '..'), { recursive: true })
    await writeFile(join(dir, file), text)
  }
  await analyzer.setFolder(dir)
  const library = await Library.open(dir, { resourcesDir })
  libraries.push(library)
  const folder = {
    path: dir,
    list: () => library.list(),
    ids: () => library.ids(),
    read: async (id: string) => (await library.read(id)).raw
  }
  return { words: new FolderWords(folder, analyzer, resourcesDir), ids, dir, library }
}

function counts(result: AnalysisResult): Map<string, number> {
  return new Map(result.words.map((w) => [w.word, w.count]))
}

describe('a post of a series of 20 generated reports', () => {
  let series: Awaited<ReturnType<typeof seriesFolder>>
  let result: AnalysisResult
  beforeAll(async () => {
    series = await seriesFolder('daily', 20)
    const id = series.ids[7]
    result = await series.words.analyzePost(id, (await series.library.read(id)).raw)
  })

  it('takes the lines every issue repeats as boilerplate and names them', () => {
    expect(result.boilerplate).toMatchObject({ series: '推特AI日报', posts: 20, enabled: true })
    const lines = result.boilerplate?.lines ?? []
    expect(lines).toContain('本报告由 Postcloud 自动整理，数据来源于公开渠道，仅供参考。')
    expect(lines).toContain('概要')
    expect(lines.length).toBeGreaterThanOrEqual(everyIssueKeys.length)
  })

  it('does not count the words of those lines', () => {
    const words = counts(result)
    for (const word of [
      '自动整理',
      '数据来源',
      '公开渠道',
      '收录',
      '推文',
      '作者',
      '归档',
      '概要'
    ]) {
      expect(words.has(word), word).toBe(false)
    }
    expect(result.words.length).toBeGreaterThan(10)
  })

  it('counts them again when the folder turns the rule off', async () => {
    const dir = join(temp, 'daily')
    await mkdir(join(dir, '.postcloud'), { recursive: true })
    await writeFile(
      join(dir, '.postcloud/cloud.json'),
      JSON.stringify({ version: 1, rules: { split: [], boilerplate: false } })
    )
    try {
      const id = series.ids[7]
      const off = await series.words.analyzePost(id, (await series.library.read(id)).raw)
      // Still named, so the writer sees which lines are now counted.
      expect(off.boilerplate).toMatchObject({ enabled: false })
      expect(off.boilerplate?.lines).toEqual(result.boilerplate?.lines)
      expect(counts(off).get('仅供参考')).toBe(1)
    } finally {
      await rm(join(dir, '.postcloud'), { recursive: true })
    }
  })

  it('offers no phrase of the template text as a term', async () => {
    const terms = (await series.words.suggestions()).map((s) => s.term)
    for (const term of terms) {
      for (const line of everyIssueKeys)
        expect(line.includes(term), `${term} in ${line}`).toBe(false)
    }
  })

  it('sums the same per-post counts for the whole folder', async () => {
    const all = await series.words.analyzeAll({})
    const sum = new Map<string, number>()
    for (const id of series.ids) {
      const one = await series.words.analyzePost(id, (await series.library.read(id)).raw)
      for (const w of one.words) sum.set(w.word, (sum.get(w.word) ?? 0) + w.count)
    }
    expect(counts(all)).toEqual(sum)
    expect(all.files).toBe(20)
  })

  it('fades the words every issue uses under the distinctive emphasis', async () => {
    const id = series.ids[7]
    const text =
      (await series.library.read(id)).raw + '\n本期独家：量子退火芯片量子退火芯片量子退火芯片。\n'
    const byCount = await series.words.analyzePost(id, text, { emphasis: 'count' })
    const distinct = await series.words.analyzePost(id, text, { emphasis: 'distinctive' })
    expect(distinct.emphasis).toBe('distinctive')
    const rank = (r: AnalysisResult, word: string): number =>
      r.words.findIndex((w) => w.word === word)
    const common = byCount.words[0].word
    expect(rank(distinct, '量子退火芯片')).toBeLessThan(rank(byCount, '量子退火芯片'))
    expect(rank(distinct, common)).toBeGreaterThan(rank(byCount, common))
    for (const w of distinct.words) expect(w.score).toBeGreaterThan(0)
    const sorted = distinct.words.map((w) => w.score)
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a))
  })
})

describe('a series below five posts', () => {
  it('has no series boilerplate, but the bundled template’s headings are never counted', async () => {
    const { words, ids, library } = await seriesFolder('short', 4)
    const result = await words.analyzePost(ids[0], (await library.read(ids[0])).raw)
    expect(result.boilerplate?.posts).toBe(4)
    expect(result.boilerplate?.lines).toEqual(['词云分析'])
    expect(counts(result).get('仅供参考')).toBe(1)
  })
})

describe('split terms and suggestions', () => {
  const embodied = (n: number): string =>
    `---\ntitle: 具身周报 ${n}\ncategories: [robots]\n---\n\n` +
    '具身智能公司发布新品。具身智能的训练数据很贵。投资人看好具身智能。\n'

  it('counts a split term as its parts and offers recurring terms for the dictionary', async () => {
    const { words, dir, library } = await seriesFolder('terms', 1, {
      '_posts/2025-12-01-a.md': embodied(1),
      '_posts/2025-12-02-b.md': embodied(2)
    })
    const id = '_posts/2025-12-01-a.md'
    const raw = (await library.read(id)).raw
    const whole = await words.analyzePost(id, raw)
    expect(whole.words.find((w) => w.word === '具身智能')).toMatchObject({
      count: 3,
      parts: ['具身', '智能']
    })
    expect(await words.suggestions()).toContainEqual(
      expect.objectContaining({ term: '具身智能', parts: ['具身', '智能'], posts: 2 })
    )
    expect((await words.analyzeAll({})).words.find((w) => w.word === '具身智能')).toMatchObject({
      count: 6,
      parts: ['具身', '智能']
    })

    await mkdir(join(dir, '.postcloud'), { recursive: true })
    await writeFile(
      join(dir, '.postcloud/cloud.json'),
      JSON.stringify({ version: 1, rules: { split: ['具身智能'] } })
    )
    const split = await words.analyzePost(id, raw)
    expect(counts(split).get('具身智能')).toBeUndefined()
    expect(counts(split).get('具身')).toBe(3)
    expect(counts(split).get('智能')).toBe(3)
    expect((await words.suggestions()).map((s) => s.term)).not.toContain('具身智能')

    // The folder total mixes posts counted from their bags and posts walked token by token.
    const all = await words.analyzeAll({})
    const sum = new Map<string, number>()
    for (const post of await library.ids()) {
      const one = await words.analyzePost(post, (await library.read(post)).raw)
      for (const w of one.words) sum.set(w.word, (sum.get(w.word) ?? 0) + w.count)
    }
    expect(counts(all)).toEqual(sum)
  })
})
