import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWeeklyCorpus } from '../../../bench/weekly-corpus.mjs'

// Issue #15's benchmark corpus: 9 MB of weekly reports from several series, each issue carrying
// its series' boilerplate, the same bytes on every machine so figures compare across commits.

const root = join(__dirname, '..', '..', '..')
const MiB = 1024 * 1024
let base = ''
let posts: { name: string; text: string }[] = []

function read(dir: string): { name: string; text: string }[] {
  const folder = join(dir, '_posts')
  return readdirSync(folder)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }))
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'postcloud-weekly-corpus-'))
  buildWeeklyCorpus(root, join(base, 'a'), 9 * MiB)
  posts = read(join(base, 'a'))
})

afterAll(() => rmSync(base, { recursive: true, force: true }))

const frontMatter = (text: string): string => /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? ''
const ofSeries = (slug: string): { name: string; text: string }[] =>
  posts.filter((post) => post.name.includes(`-${slug}-`))

describe('the weekly-report benchmark corpus', () => {
  it('is 400+ posts and about 9 MB, in a Jekyll folder', () => {
    const bytes = posts.reduce((sum, post) => sum + Buffer.byteLength(post.text), 0)
    expect(posts.length).toBeGreaterThanOrEqual(400)
    expect(bytes).toBeGreaterThan(9_000_000)
    expect(bytes).toBeLessThan(9.6 * MiB)
    expect(readFileSync(join(base, 'a', '_config.yml'), 'utf8')).toContain('title:')
  })

  it('holds three series of different sizes, told apart by series, category and title', () => {
    const ai = ofSeries('ai-weekly')
    const oss = ofSeries('oss-weekly')
    const ev = ofSeries('ev-weekly')
    expect(new Set([ai.length, oss.length, ev.length]).size).toBe(3)
    expect(ai.length + oss.length + ev.length).toBe(posts.length)
    for (const post of ai) expect(frontMatter(post.text)).toContain('series: AI 前沿周报')
    for (const post of oss) {
      expect(frontMatter(post.text)).toContain('categories: [开源, 周报]')
      expect(frontMatter(post.text)).not.toContain('series:')
    }
    for (const post of ev) {
      expect(frontMatter(post.text)).not.toMatch(/^(series|categories):/m)
      expect(frontMatter(post.text)).toMatch(/^title: "新能源汽车市场周报（\d{4}-\d\d-\d\d 至/m)
    }
  })

  it('gives every issue its series boilerplate and a body of its own', () => {
    for (const post of posts) {
      const head = frontMatter(post.text)
      for (const key of ['layout', 'title', 'date', 'posttime']) {
        expect(head).toMatch(new RegExp(`^${key}: `, 'm'))
      }
      expect(post.text).toContain('\n## 词云分析\n')
      expect(post.text).toMatch(
        /\n!\[词云图\]\(\/assets\/wordclouds\/wordcloud_\w+_\d{8}_\d{8}\.jpg\)\n/
      )
    }
    for (const post of ofSeries('ai-weekly')) {
      expect(post.text).toContain('\n## 概要部分\n')
      expect(post.text).toMatch(/\n### 核心信息（\d个信息点概述）\n/)
      expect(post.text).toContain('> 本期内容由 AI 前沿编辑部整理，观点仅代表受访者本人。')
    }
    const bodies = posts.map((post) => post.text.split('\n## 详细分析')[0].split('---\n')[2])
    expect(new Set(bodies).size).toBe(posts.length)
  })

  it('has the shapes of real reports: lists, links, images, tables and fenced code', () => {
    const all = posts.map((post) => post.text).join('\n')
    expect(all).toMatch(/\n1\. \*\*[^*]+\*\*：/)
    expect(all).toMatch(/\n- \d{4}-\d\d-\d\d：/)
    expect(all).toMatch(/\]\(https:\/\/example\.com\//)
    expect(all).toMatch(/\n!\[[^\]]+示意图\]\(\/assets\/img\//)
    expect(all).toMatch(/\n\| --- \|/)
    expect(all).toMatch(/\n```\w+\n/)
  })

  it('is the same bytes when built again', () => {
    buildWeeklyCorpus(root, join(base, 'b'), 9 * MiB)
    const again = read(join(base, 'b'))
    expect(again.map((post) => post.name)).toEqual(posts.map((post) => post.name))
    expect(again.every((post, i) => post.text === posts[i].text)).toBe(true)
  })
})
