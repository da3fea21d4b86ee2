import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnalysisResult } from '@shared/analysis'
import { runCli } from './run-cli'

const aiPost = resolve('resources/sample-posts/_posts/2025-11-11-twitter-ai-daily.md')

describe('postcloud keywords', () => {
  let temp: string
  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'postcloud-cli-'))
  })
  afterAll(() => rm(temp, { recursive: true, force: true }))

  it('prints one JSON object with the report’s topical words first', async () => {
    const run = await runCli(['keywords', aiPost, '--json', '--top', '30'])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as AnalysisResult
    expect(Object.keys(result).sort()).toEqual([
      'boilerplate',
      'chars',
      'emphasis',
      'files',
      'ms',
      'tokens',
      'words'
    ])
    expect(result.files).toBe(1)
    expect(result.words).toHaveLength(30)
    const counts = result.words.map((w) => w.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    const top = result.words.slice(0, 10).map((w) => w.word)
    for (const word of ['模型', '多模态', 'Agent']) expect(top).toContain(word)
    const all = result.words.map((w) => w.word.toLowerCase())
    const noise = [
      'layout',
      'title',
      'date',
      'posttime',
      'categories',
      'tags',
      'post',
      'https',
      'http',
      'com',
      'openai.com',
      'blog',
      'wordcloud',
      'jpg',
      '##',
      '**',
      '-',
      '|'
    ]
    for (const word of noise) expect(all).not.toContain(word)
    expect(all.some((w) => /^\d+$/.test(w) || /[#*|`[\]()]/.test(w))).toBe(false)
    for (const w of result.words) expect(w.weight).toBeGreaterThan(0)
  })

  it('analyses a folder as one corpus', async () => {
    const run = await runCli([
      'keywords',
      resolve('resources/sample-posts'),
      '--json',
      '--top',
      '5'
    ])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as AnalysisResult
    expect(result.files).toBe(6)
    expect(result.chars).toBeGreaterThan(10_000)
  })

  it('skips files it cannot read as text in a folder, naming them on stderr', async () => {
    const folder = join(temp, 'mixed')
    await mkdir(folder)
    await cp(aiPost, join(folder, 'report.md'))
    await writeFile(join(folder, 'binary.md'), Buffer.from([0x00, 0x01, 0x02, 0xff]))
    const run = await runCli(['keywords', folder, '--json'])
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as AnalysisResult).files).toBe(1)
    expect(run.stderr).toMatch(/skipped binary\.md/)
  })

  it('scores words by --emphasis distinctive against the rest of the series', async () => {
    const folder = join(temp, 'series')
    await mkdir(join(folder, '_posts'), { recursive: true })
    await writeFile(join(folder, '_config.yml'), 'title: series\n')
    const moods = ['继续回暖', '小幅波动', '明显降温', '稳步增长', '震荡上行', '持续走强']
    const issue = (n: number, extra: string): string =>
      `---\ntitle: 芯片周报 第${n}期\ncategories: [chips]\n---\n\n` +
      `本周芯片市场${moods[n - 1]}，芯片厂商扩产。芯片价格上涨。${extra}\n`
    for (let n = 1; n <= 6; n++) {
      const extra = n === 6 ? '光刻机光刻机交付延迟。' : '封装产能紧张。'
      await writeFile(join(folder, `_posts/2025-11-0${n}-chips.md`), issue(n, extra))
    }
    const post = join(folder, '_posts/2025-11-06-chips.md')
    const run = async (...flags: string[]): Promise<AnalysisResult> => {
      const result = await runCli(['keywords', post, '--json', '--top', '0', ...flags])
      expect(result.code, result.stderr).toBe(0)
      return JSON.parse(result.stdout) as AnalysisResult
    }
    const byCount = await run()
    const distinctive = await run('--emphasis', 'distinctive')
    expect(byCount.emphasis).toBe('count')
    expect(byCount.words[0]).toMatchObject({ word: '芯片', score: byCount.words[0].count })
    expect(distinctive.emphasis).toBe('distinctive')
    expect(distinctive.words[0].word).toBe('光刻机')
    const scores = distinctive.words.map((w) => w.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(distinctive.boilerplate).toMatchObject({ series: 'chips', posts: 6, enabled: true })

    const bad = await runCli(['keywords', post, '--emphasis', 'loud'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--emphasis must be count or distinctive')
  })

  it('prints a readable table without --json', async () => {
    const run = await runCli(['keywords', aiPost, '--top', '3'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^\s+#\s+word\s+count\s+weight/)
    expect(run.stdout.trim().split('\n')).toHaveLength(5)
  })

  it('fails clearly on a missing path', async () => {
    const run = await runCli(['keywords', join(temp, 'nope.md')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('no such file or folder')
  })

  it('fails clearly on a binary file', async () => {
    const file = join(temp, 'image.md')
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a]))
    const run = await runCli(['keywords', file])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/binary/i)
  })

  it('analyses a GBK file from its strict decode, leaving it as it is', async () => {
    const file = join(temp, 'gbk.md')
    // "中文报告" in GBK.
    const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xb8, 0xe6, 0x0a])
    await writeFile(file, gbk)
    const run = await runCli(['keywords', file, '--json'])
    expect(run.code).toBe(0)
    const words = (JSON.parse(run.stdout) as AnalysisResult).words.map((w) => w.word)
    expect(words.join('')).toContain('中文')
    expect((await readFile(file)).equals(gbk)).toBe(true)
  })

  it('fails clearly on a file that is neither UTF-8 nor GBK', async () => {
    const file = join(temp, 'latin.md')
    await writeFile(file, Buffer.from([0x61, 0xff, 0x62, 0x0a]))
    const run = await runCli(['keywords', file])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/neither UTF-8 nor GBK/)
  })

  it.each([
    [['keywords'], 'exactly one file or folder'],
    [['keywords', aiPost, '--top', 'ten'], '--top must be a whole number'],
    [['keywords', aiPost, '--bogus'], "Unknown option '--bogus'"],
    [['frobnicate'], 'unknown command']
  ])('answers a usage mistake %j with exit code 2', async (args, message) => {
    const run = await runCli(args)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
  })
})

describe('postcloud --help', () => {
  it('lists the commands and exits 0', async () => {
    const run = await runCli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/keywords <file-or-folder>/)
    expect(run.stdout).toMatch(/serve \[folder\]/)
  })

  it.each([
    ['keywords', ['--top N', '--json']],
    ['serve', ['--port N', '--token T', '--no-open']]
  ])('describes every option of %s', async (command, options) => {
    const run = await runCli([command, '--help'])
    expect(run.code).toBe(0)
    for (const option of options) expect(run.stdout).toContain(option)
  })
})
