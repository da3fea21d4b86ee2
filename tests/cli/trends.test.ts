import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PostTrends } from '@core/words'
import { generateSeries } from '../fixtures/words/series-generator'
import { runCli } from './run-cli'

describe('postcloud trends', () => {
  let temp: string
  const posts: string[] = []
  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'postcloud-cli-trends-'))
    await mkdir(join(temp, '_posts'))
    await writeFile(join(temp, '_config.yml'), 'title: 日报\n')
    for (const [index, text] of generateSeries(12).entries()) {
      const path = join(temp, '_posts', `issue-${String(index + 1).padStart(2, '0')}.md`)
      const extra = index === 11 ? '\nZephyrix 平台上线。Zephyrix 团队发布说明。\n' : ''
      await writeFile(path, text + extra)
      posts.push(path)
    }
  })
  afterAll(() => rm(temp, { recursive: true, force: true }))

  it('prints the post’s series, its baseline and the three lists as one JSON object', async () => {
    const run = await runCli(['trends', posts[11], '--json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const trends = JSON.parse(run.stdout) as PostTrends
    expect(Object.keys(trends).sort()).toEqual([
      'baseline',
      'falling',
      'ms',
      'new',
      'rising',
      'series'
    ])
    expect(trends.series).toEqual({ key: expect.stringContaining('推特AI日报'), posts: 12 })
    expect(trends.baseline).toEqual(
      Array.from({ length: 8 }, (_, k) => `_posts/issue-${String(k + 4).padStart(2, '0')}.md`)
    )
    expect(trends.new.map((word) => word.word.toLowerCase())).toContain('zephyrix')
    for (const word of trends.rising)
      expect(Object.keys(word).sort()).toEqual(['baseline', 'count', 'score', 'word'])
  })

  it('prints a table for a person, and takes another baseline size', async () => {
    const run = await runCli(['trends', posts[11], '--baseline', '2'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('baseline of 2 earlier post(s)')
    expect(run.stdout).toMatch(/New \(count\):\n {2}Zephyrix +2/)
  })

  it('refuses a baseline that is not a whole number, and a folder', async () => {
    const bad = await runCli(['trends', posts[0], '--baseline', 'many'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--baseline must be a whole number')
    const folder = await runCli(['trends', temp])
    expect(folder.code).not.toBe(0)
    expect(folder.stdout).toBe('')
  })
})
