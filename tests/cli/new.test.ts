import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCoreApi } from '@core/api'
import type { CoreApi } from '@core/api'
import { idleAnalyzer } from '../unit/core/stub-core'
import { runCli } from './run-cli'

const built = existsSync(resolve('out/main/cli.js'))
if (!built) console.log('The CLI is not built (npm run build): the postcloud new tests are skipped')

/**
 * `postcloud new` makes a post exactly as the window's New Post does (core's createPost): the
 * same file name, text, date and zone. A machine on UTC and a site in Asia/Shanghai is the case
 * that used to stamp +0000.
 */
describe.skipIf(!built)('postcloud new', () => {
  let temp: string
  let site: string
  let dataDir: string
  const utc = { TZ: 'UTC' }

  beforeEach(async () => {
    temp = await mkdtemp(join(tmpdir(), 'postcloud-new-'))
    site = join(temp, 'site')
    dataDir = join(temp, 'data')
    await cp(resolve('resources/sample-posts'), site, { recursive: true })
  })
  afterEach(() => rm(temp, { recursive: true, force: true }))

  it('creates the daily report in the site’s zone and prints its path, or {id, path}', async () => {
    const run = await runCli(
      [
        'new',
        site,
        'twitter_ai_20251112_20251112',
        '--template',
        'report',
        '--date',
        '2025-11-11T20:30:00Z'
      ],
      utc
    )
    const id = '_posts/2025-11-12-twitter-ai-20251112-20251112.md'
    expect(run).toEqual({ code: 0, stdout: `${join(site, id)}\n`, stderr: '' })
    const text = await readFile(join(site, id), 'utf8')
    expect(text).toContain('date: "2025-11-12 04:30:00 +0800"')
    expect(text).toContain('\nTwitter_ai 报告 (2025-11-12 至 2025-11-12)\n')
    expect(text).toContain(
      '![词云图](/reports/assets/wordclouds/wordcloud_twitter_ai_20251112_20251112.jpg)'
    )

    const json = await runCli(
      [
        'new',
        site,
        'macro_20251112_20251112',
        '--template',
        'bundled:report',
        '--date',
        '2025-11-11T20:30:00Z',
        '--json'
      ],
      utc
    )
    expect(json.code).toBe(0)
    const macro = '_posts/2025-11-12-macro-20251112-20251112.md'
    expect(JSON.parse(json.stdout)).toEqual({ id: macro, path: join(site, macro) })
  })

  it('writes the same file the window’s New Post writes', async () => {
    const other = join(temp, 'window-site')
    await cp(resolve('resources/sample-posts'), other, { recursive: true })
    // The window's back end, with the app's own templates (read, never written).
    const core: CoreApi = createCoreApi({
      resourcesDir: resolve('resources'),
      dataDir,
      analyzer: idleAnalyzer
    })
    try {
      await core.openFolder(other)
      const fromWindow = await core.createPost({
        title: '周报：测试',
        template: 'bundled:report',
        now: '2025-11-11T20:30:00Z',
        utcOffsetMinutes: 0
      })
      const run = await runCli(
        ['new', site, '周报：测试', '--template', 'report', '--date', '2025-11-11T20:30:00Z'],
        utc
      )
      expect(run.code).toBe(0)
      expect(run.stdout).toBe(`${join(site, fromWindow.id)}\n`)
      expect(await readFile(join(site, fromWindow.id), 'utf8')).toBe(
        await readFile(join(other, fromWindow.id), 'utf8')
      )
    } finally {
      await core.close()
    }
  })

  it('prefers the folder’s template to a bundled one of the same name; drafts go to _drafts/', async () => {
    await mkdir(join(site, '.postcloud/templates'), { recursive: true })
    await writeFile(
      join(site, '.postcloud/templates/report.md'),
      '---\ntitle: "{{title}}"\n---\n本站自己的报告模板\n'
    )
    const run = await runCli(['new', site, 'Ideas', '--template', 'report', '--draft', '--json'])
    expect(run.code).toBe(0)
    const { id } = JSON.parse(run.stdout) as { id: string }
    expect(id).toBe('_drafts/ideas.md')
    expect(await readFile(join(site, id), 'utf8')).toContain('本站自己的报告模板')
  })

  it('refuses an unknown template with the names there are, and bad command lines', async () => {
    const before = await readdir(join(site, '_posts'))
    const unknown = await runCli(['new', site, 'x', '--template', 'weekly'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('there is no template "weekly". Templates: blank, report')
    expect(await runCli(['new', site])).toMatchObject({ code: 2 })
    expect(await runCli(['new', site, 'x', '--date', 'yesterday'])).toMatchObject({ code: 2 })
    expect(await runCli(['new', join(temp, 'missing'), 'x'])).toMatchObject({ code: 1 })
    expect(await readdir(join(site, '_posts'))).toEqual(before)
  })
})
