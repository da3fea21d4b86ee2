import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalyzer } from '@core/analysis'
import type { Analyzer } from '@core/analysis'
import { Library } from '@core/library'
import { FolderWords } from '@core/words'
import type { PostTrends } from '@core/words'
import { sourceWorker } from '../../../support/source-worker'
import { generateSeries } from '../../../fixtures/words/series-generator'

const resourcesDir = resolve('resources')
const issues = 64
let temp: string
let analyzer: Analyzer
let library: Library
let words: FolderWords
const ids: string[] = []

/**
 * Issue n's extra lines: Zephyrix first appears in issue 40 and stays; Quorvane is in issues
 * 20 to 44, then never again; Vantelo is in every issue once, and eight times in issue 50.
 */
function injected(issue: number): string[] {
  const lines: string[] = []
  if (issue >= 40) lines.push('Zephyrix 平台上线。Zephyrix 团队发布说明。')
  if (issue >= 20 && issue <= 44)
    lines.push('Quorvane 继续更新。Quorvane 用户增加。Quorvane 发布。')
  // A line that varies from issue to issue: one every issue repeats would be boilerplate.
  const news = ['评测', '上线', '更新', '降价', '开源', '融资', '合作']
  const once = `Vantelo ${news[issue % news.length]}。`
  lines.push(issue === 50 ? `${once}${'Vantelo 再次发布。'.repeat(7)}` : once)
  return lines
}

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'postcloud-trends-'))
  await mkdir(join(temp, '_posts'), { recursive: true })
  for (const [index, text] of generateSeries(issues).entries()) {
    const issue = index + 1
    const id = `_posts/issue-${String(issue).padStart(2, '0')}.md`
    await writeFile(join(temp, id), `${text}\n${injected(issue).join('\n\n')}\n`)
    ids.push(id)
  }
  analyzer = createAnalyzer({ ...sourceWorker, resourcesDir, poolSize: 2, cacheDir: null })
  await analyzer.setFolder(temp)
  library = await Library.open(temp, { resourcesDir })
  const folder = {
    path: temp,
    list: () => library.list(),
    ids: () => library.ids(),
    read: async (id: string) => (await library.read(id)).raw
  }
  words = new FolderWords(folder, analyzer, resourcesDir)
}, 60_000)
afterAll(async () => {
  await library?.close()
  await analyzer?.close()
  await rm(temp, { recursive: true, force: true })
})

async function trendsOf(issue: number, baseline?: number): Promise<PostTrends> {
  const id = ids[issue - 1]
  return words.trends(id, (await library.read(id)).raw, baseline)
}

const named = (list: readonly { word: string }[]): string[] =>
  list.map((word) => word.word.toLowerCase())

describe(`trends in a generated series of ${issues} reports`, () => {
  it('takes the 8 posts dated just before as the baseline, oldest first', async () => {
    const trends = await trendsOf(40)
    expect(trends.series).toEqual({ key: expect.stringContaining('推特AI日报'), posts: issues })
    expect(trends.baseline).toEqual(ids.slice(31, 39))
    expect((await trendsOf(3)).baseline).toEqual(ids.slice(0, 2))
    expect((await trendsOf(1)).baseline).toEqual([])
    expect((await trendsOf(40, 3)).baseline).toEqual(ids.slice(36, 39))
  })

  it('lists a word as new in the issue that first says it, and not after', async () => {
    expect(named((await trendsOf(40)).new)).toContain('zephyrix')
    const next = await trendsOf(41)
    expect(named(next.new)).not.toContain('zephyrix')
  })

  it('lists a word the baseline kept saying and this issue dropped as falling', async () => {
    const trends = await trendsOf(46)
    const falling = trends.falling.find((word) => word.word.toLowerCase() === 'quorvane')
    // Issues 38 to 44 of the baseline (38–45) say it 3 times each; issue 46 never does.
    expect(falling).toMatchObject({ count: 0, baseline: 21 })
    expect(falling!.score).toBeLessThan(0)
    expect(named((await trendsOf(44)).falling)).not.toContain('quorvane')
  })

  it('lists a word the issue says far more often than its baseline as rising', async () => {
    const trends = await trendsOf(50)
    const rising = trends.rising.find((word) => word.word.toLowerCase() === 'vantelo')
    expect(rising).toMatchObject({ count: 8, baseline: 8 })
    expect(trends.rising[0].score).toBeGreaterThanOrEqual(rising!.score)
    expect(named((await trendsOf(51)).rising)).not.toContain('vantelo')
  })

  it('counts each post as keywords <post> does', async () => {
    const trends = await trendsOf(40, 1)
    const own = await words.analyzePost(ids[39], (await library.read(ids[39])).raw)
    const counts = new Map(own.words.map((word) => [word.word, word.count]))
    for (const word of trends.new) expect(word.count).toBe(counts.get(word.word))
    for (const word of trends.rising) expect(word.count).toBe(counts.get(word.word))
  })
})
