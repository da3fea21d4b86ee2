import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '@core/analysis'
import { maxAnalyzeChars } from '@shared/analysis'
import { sourceWorker } from '../../../support/source-worker'
import { errorOf, openLibrary, useTempFolders } from '../library/helpers'

// docs/BAD-INPUTS.md#bi-file-huge

useTempFolders()

const line = '今天的市场日报：模型评测、数据清洗、部署进展与开源社区的变化。\n'
/** ~50 MB of Chinese report lines under a front matter block. */
const huge = `---\ntitle: 五十兆的日报\n---\n${line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)))}`
const words = '一行到底的长文没有换行'
/** ~5 MB on one line. */
const oneLine = `---\ntitle: 一行\n---\n${words.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(words)))}`

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await work()
  return { value, ms: performance.now() - started }
}

describe('a 50 MB post and a 5 MB single line in the back end', () => {
  it('lists, reads and saves them unchanged, each answer within seconds', async () => {
    const { dir, library } = await openLibrary({ 'huge.md': huge, 'one-line.md': oneLine })
    const listed = await timed(() => library.list())
    expect(listed.ms).toBeLessThan(5000)
    const byId = new Map(listed.value.map((post) => [post.id, post]))
    expect(byId.get('huge.md')).toMatchObject({ title: '五十兆的日报' })
    expect(byId.get('huge.md')?.unreadable).toBeUndefined()
    expect(byId.get('one-line.md')).toMatchObject({ title: '一行' })

    for (const id of ['huge.md', 'one-line.md']) {
      const read = await timed(() => library.read(id))
      expect(read.ms).toBeLessThan(5000)
      expect(read.value.frontMatterStatus).toBe('ok')
      const before = await readFile(join(dir, id))
      const saved = await timed(() => library.save(id, read.value.raw, read.value.stamp))
      expect(saved.ms).toBeLessThan(5000)
      expect((await readFile(join(dir, id))).equals(before)).toBe(true)
    }

    const search = await timed(() => library.search('开源社区'))
    expect(search.ms).toBeLessThan(5000)
    expect(search.value.map((hit) => hit.id)).toEqual(['huge.md'])
  }, 60_000)

  it('refuses to count more than the cloud limit at once, with the reason', async () => {
    const analyzer = createAnalyzer({ resourcesDir: resolve('resources'), ...sourceWorker })
    try {
      const text = '字'.repeat(maxAnalyzeChars + 1)
      const { value: error, ms } = await timed(() => errorOf(analyzer.analyzeText(text)))
      expect(error.code).toBe('TOO_LARGE')
      expect(error.message).toMatch(/word clouds count at most 5\.0 M/)
      expect(ms).toBeLessThan(500)
    } finally {
      await analyzer.close()
    }
  })
})
