import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from './run-cli'

/**
 * `postcloud cloud` on a post whose cloud link the published Jekyll site would not resolve: a
 * bare `wordcloud_….jpg` beside a post in `_posts/` (docs/BAD-INPUTS.md#bi-img-unpublished).
 * A fresh copy of tests/fixtures/assets/jekyll-site (baseurl /reports) per test.
 */

const post = '_posts/2025-11-14-relative-link.md'
const oldLink = 'wordcloud_open_source_20251114.jpg'
const rule = 'assets/wordclouds/wordcloud_开源周报.jpg'

let temp: string
let site: string

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'postcloud-cli-link-'))
  site = join(temp, 'site')
  cpSync(resolve('tests/fixtures/assets/jekyll-site'), site, { recursive: true })
})
afterEach(() => rmSync(temp, { recursive: true, force: true }))

const env = (): NodeJS.ProcessEnv => ({ POSTCLOUD_DATA_DIR: join(temp, 'data') })
const text = (): string => readFileSync(join(site, post), 'utf8')

describe('postcloud cloud with a link the published site would not resolve', () => {
  it("moves the link to the folder's rule, says so on stderr and exits 0", async () => {
    const before = text()
    const run = await runCli(['cloud', join(site, post)], env())
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toBe(
      `postcloud cloud: ${post}: moved the cloud link from ${oldLink} to /reports/${rule}; the old link would not work on the published site (use --keep-link to keep such links)\n`
    )
    expect(run.stdout.split('\n')[0]).toBe(join(site, rule))
    expect(existsSync(join(site, rule))).toBe(true)
    expect(existsSync(join(site, '_posts', oldLink))).toBe(false)
    expect(text()).toBe(before.replace(`(${oldLink})`, `(/reports/${rule})`))
  })

  it('writes where the link points with --keep-link, leaving the post as it was', async () => {
    const before = text()
    const run = await runCli(['cloud', join(site, post), '--keep-link'], env())
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toBe('')
    expect(existsSync(join(site, '_posts', oldLink))).toBe(true)
    expect(existsSync(join(site, rule))).toBe(false)
    expect(text()).toBe(before)
  })

  it('cloud --all moves such links, one stderr line per post, and exits 0', async () => {
    const run = await runCli(['cloud', '--all', site, '--json'], env())
    expect(run.code, run.stderr).toBe(0)
    const moves = run.stderr.split('\n').filter((line) => line.includes('moved the cloud link'))
    expect(moves).toEqual([
      `postcloud cloud: ${post}: moved the cloud link from ${oldLink} to /reports/${rule}; the old link would not work on the published site (use --keep-link to keep such links)`
    ])
    const summary = JSON.parse(run.stdout) as Record<string, unknown>
    expect(summary.moved).toEqual([{ post, from: oldLink, to: `/reports/${rule}` }])
    expect(text()).toContain(`![词云图](/reports/${rule})`)
    expect(existsSync(join(site, rule))).toBe(true)
  })

  it('cloud --all --keep-link writes where the link points', async () => {
    const run = await runCli(['cloud', '--all', site, '--keep-link', '--json'], env())
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ moved: [] })
    expect(existsSync(join(site, '_posts', oldLink))).toBe(true)
    expect(text()).toContain(`![词云图](${oldLink})`)
  })

  it('lists --keep-link in the help', async () => {
    const run = await runCli(['cloud', '--help'], env())
    expect(run.stdout).toContain('--keep-link')
  })
})
