import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AnalysisResult } from '@shared/analysis'
import { createAnalyzer } from '@core/analysis'
import type { Analyzer } from '@core/analysis'
import { Library } from '@core/library'
import { FolderWords } from '@core/words'
import { sourceWorker } from '../../../support/source-worker'
import { generateSeries } from '../../../fixtures/words/series-generator'

const resourcesDir = resolve('resources')
let temp: string
let folder: string
let cacheDir: string
const analyzers: Analyzer[] = []
const libraries: Library[] = []

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'postcloud-corpus-memo-'))
  folder = join(temp, 'posts')
  cacheDir = join(temp, 'cache')
  await mkdir(join(folder, '_posts'), { recursive: true })
  for (const [index, text] of generateSeries(12).entries()) {
    const day = String(index + 1).padStart(2, '0')
    await writeFile(join(folder, `_posts/2025-11-${day}-ai-daily.md`), text)
  }
})
afterAll(async () => {
  await Promise.all(libraries.map((library) => library.close()))
  await Promise.all(analyzers.map((analyzer) => analyzer.close()))
  await rm(temp, { recursive: true, force: true })
})

/** The folder's words through an analyzer with the test's cache (or none), and its segment calls. */
async function countFolder(
  cache: string | null = cacheDir
): Promise<{ result: AnalysisResult; segmented: number }> {
  const created = createAnalyzer({ ...sourceWorker, resourcesDir, poolSize: 2, cacheDir: cache })
  analyzers.push(created)
  const segment = vi.fn(created.segment)
  const analyzer: Analyzer = { ...created, segment }
  await analyzer.setFolder(folder)
  const library = await Library.open(folder, { resourcesDir })
  libraries.push(library)
  const words = new FolderWords(
    {
      path: folder,
      list: () => library.list(),
      ids: () => library.ids(),
      read: async (id: string) => (await library.read(id)).raw
    },
    analyzer,
    resourcesDir
  )
  const result = await words.analyzeAll({})
  await created.close()
  return { result, segmented: segment.mock.calls.length }
}

/** Everything a result says but how long it took. */
function content(result: AnalysisResult): AnalysisResult {
  return { ...result, ms: 0 }
}

/** The cache's result memos (the files among the entries that are not entries). */
async function memoFiles(): Promise<string[]> {
  const files: string[] = []
  const root = join(cacheDir, 'v1')
  for (const shard of await readdir(root)) {
    for (const name of await readdir(join(root, shard))) {
      const path = join(root, shard, name)
      if ((await readFile(path, 'latin1')).startsWith('postcloud-result-memo ')) files.push(path)
    }
  }
  return files
}

describe("a folder's summed counts, kept as a memo", () => {
  it('answer a second run on the unchanged folder without reading any post’s entry', async () => {
    const first = await countFolder()
    expect(first.segmented).toBe(1)
    expect(await memoFiles()).toHaveLength(1)
    const second = await countFolder()
    expect(second.segmented).toBe(0)
    expect(content(second.result)).toEqual(content(first.result))
    expect(content(second.result)).toEqual(content((await countFolder(null)).result))
  })

  it('are not used once a post changed, nor under other rules, and never go stale', async () => {
    await appendFile(join(folder, '_posts/2025-11-03-ai-daily.md'), '\n量子退火芯片亮相。\n')
    const edited = await countFolder()
    expect(edited.segmented).toBe(1)
    expect(edited.result.words.map((w) => w.word)).toContain('退火')
    expect(content(edited.result)).toEqual(content((await countFolder(null)).result))

    await mkdir(join(folder, '.postcloud'), { recursive: true })
    const rules = join(folder, '.postcloud/cloud.json')
    await writeFile(rules, JSON.stringify({ version: 1, rules: { boilerplate: false } }))
    const withoutRule = await countFolder()
    expect(withoutRule.segmented).toBe(1)
    expect(content(withoutRule.result)).toEqual(content((await countFolder(null)).result))
    expect(content(withoutRule.result)).not.toEqual(content(edited.result))

    // Stopwords apply on top of the memo: a new one takes effect on a remembered folder.
    await rm(rules)
    await writeFile(join(folder, '.postcloud/stopwords.txt'), '退火\n')
    const stopped = await countFolder()
    expect(stopped.segmented).toBe(0)
    expect(stopped.result.words.map((w) => w.word)).not.toContain('退火')
    expect(content(stopped.result)).toEqual(content((await countFolder(null)).result))
  })

  it('read as missing when damaged', async () => {
    const before = await countFolder()
    for (const path of await memoFiles()) {
      const bytes = await readFile(path)
      bytes[bytes.length - 3] ^= 0x01
      await writeFile(path, bytes)
    }
    const damaged = await countFolder()
    expect(damaged.segmented).toBe(1)
    expect(content(damaged.result)).toEqual(content(before.result))
  })
})
