import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportCloud } from '@core/assets'
import { Library } from '@core/library'
import { fakeJpeg } from '../assets/helpers'
import { tempFolder, useTempFolders, writeFiles } from './helpers'

useTempFolders()

/** The app's own templates, read in place (never written). */
const resourcesDir = resolve('resources')
const expected = resolve('tests/fixtures/new-posts')

/** 2025-11-11 20:30 UTC is already 2025-11-12 04:30 in Shanghai. */
const lateEvening = '2025-11-11T20:30:00Z'

const shanghaiSite = 'title: 示例\nbaseurl: "/reports"\ntimezone: Asia/Shanghai\n'

async function folder(files: Record<string, string>): Promise<{ dir: string; library: Library }> {
  const dir = await tempFolder()
  await writeFiles(dir, files)
  return { dir, library: await Library.open(dir, { resourcesDir }) }
}

describe('the bundled report template', () => {
  it('lays out a daily report as our writers publish it, its cloud linked where Export writes', async () => {
    const { dir, library } = await folder({ '_config.yml': shanghaiSite })
    const created = await library.create({
      title: 'twitter_ai_20251111_20251111',
      now: '2025-11-11T07:33:03Z'
    })
    expect(created.id).toBe('_posts/2025-11-11-twitter-ai-20251111-20251111.md')
    const text = await readFile(join(dir, created.id), 'utf8')
    expect(text).toBe(await readFile(join(expected, 'twitter_ai-daily.md'), 'utf8'))

    // Export finds the link already where the folder's rule puts the image: the post stays as is.
    const result = await exportCloud(library, created.id, fakeJpeg().toString('base64'))
    expect(result).toMatchObject({
      imagePath: 'assets/wordclouds/wordcloud_twitter_ai_20251111_20251111.jpg',
      link: '/reports/assets/wordclouds/wordcloud_twitter_ai_20251111_20251111.jpg',
      postChanged: false
    })
    expect(await readFile(join(dir, created.id), 'utf8')).toBe(text)
  })

  it('takes the series from any other title, and the post’s day as the range', async () => {
    const { dir, library } = await folder({ '_config.yml': shanghaiSite })
    const title = 'AI 推特日报：多模态与智能体的一天'
    const created = await library.create({ title, now: '2025-11-11T07:33:03Z' })
    const text = await readFile(join(dir, created.id), 'utf8')
    expect(text).toContain('\nAI 推特日报：多模态与智能体的一天 报告 (2025-11-11 至 2025-11-11)\n')
    expect(text).toContain(
      '![词云图](/reports/assets/wordclouds/wordcloud_AI_推特日报_多模态与智能体的一天.jpg)'
    )
    const result = await exportCloud(library, created.id, fakeJpeg().toString('base64'))
    expect(result.postChanged).toBe(false)
  })

  it('links the cloud beside the post, by its bare name, in a plain folder', async () => {
    const { dir, library } = await folder({ 'notes/.keep': '' })
    const created = await library.create({
      title: 'macro_20251201_20251207',
      now: '2025-12-07T02:00:00Z',
      utcOffsetMinutes: 480
    })
    expect(created.id).toBe('macro-20251201-20251207.md')
    const text = await readFile(join(dir, created.id), 'utf8')
    expect(text).toContain('\nMacro 报告 (2025-12-01 至 2025-12-07)\n')
    expect(text).toContain('![词云图](wordcloud_macro_20251201_20251207.jpg)')
    const result = await exportCloud(library, created.id, fakeJpeg().toString('base64'))
    expect(result).toMatchObject({ imagePath: 'wordcloud_macro_20251201_20251207.jpg' })
    expect(result.postChanged).toBe(false)
  })

  it('names the cloud by the folder’s own pattern', async () => {
    const { dir, library } = await folder({
      '_config.yml': 'baseurl: ""\n',
      '.postcloud/cloud.json': JSON.stringify({ version: 1, pattern: 'cloud-{date}-{slug}' })
    })
    const created = await library.create({
      title: 'ev_market_20251111_20251117',
      now: '2025-11-17T04:00:00Z',
      utcOffsetMinutes: 480
    })
    const text = await readFile(join(dir, created.id), 'utf8')
    expect(text).toContain(
      '![词云图](/assets/wordclouds/cloud-20251117-ev-market-20251111-20251117.jpg)'
    )
  })
})

describe('a new post’s date and name', () => {
  const machineZone = process.env.TZ
  beforeEach(() => {
    // A server or a writer's machine set to UTC, the case that stamped +0000 into Shanghai sites.
    process.env.TZ = 'UTC'
  })
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ
    else process.env.TZ = machineZone
  })

  it.each([
    ['the machine’s zone', undefined],
    ['the writer’s zone from the window', 0]
  ])('is in the site’s timezone, not %s', async (_name, utcOffsetMinutes) => {
    const { dir, library } = await folder({ '_config.yml': shanghaiSite })
    const created = await library.create({
      title: 'Late night notes',
      template: 'bundled:blank',
      now: lateEvening,
      utcOffsetMinutes
    })
    expect(created.id).toBe('_posts/2025-11-12-late-night-notes.md')
    const text = await readFile(join(dir, created.id), 'utf8')
    expect(text).toContain('date: "2025-11-12 04:30:00 +0800"')
  })

  it('is in the writer’s zone when the site names none', async () => {
    const { dir, library } = await folder({ '_config.yml': 'title: x\n' })
    const created = await library.create({
      title: 'Late night notes',
      template: 'bundled:blank',
      now: lateEvening,
      utcOffsetMinutes: -300
    })
    expect(created.id).toBe('_posts/2025-11-11-late-night-notes.md')
    expect(await readFile(join(dir, created.id), 'utf8')).toContain(
      'date: "2025-11-11 15:30:00 -0500"'
    )
  })
})

describe('the report template’s suggested title', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is today’s daily report, in the site’s zone, of the newest report’s series', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(lateEvening))
    const { library } = await folder({
      '_config.yml': shanghaiSite,
      '_posts/2025-11-09-older.md': '---\ntitle: "macro_20251109_20251109"\n---\n',
      '_posts/2025-11-10-newer.md': '---\ntitle: "twitter_ai_20251110_20251110"\n---\n',
      '_posts/2025-11-11-other.md': '---\ntitle: "AI 推特日报：多模态与智能体的一天"\n---\n'
    })
    const templates = await library.templates()
    expect(templates.find((t) => t.id === 'bundled:report')?.suggestedTitle).toBe(
      'twitter_ai_20251112_20251112'
    )
    expect(templates.find((t) => t.id === 'bundled:blank')?.suggestedTitle).toBeUndefined()
  })

  it('falls back to the series "report" in a folder without reports', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(lateEvening))
    const { library } = await folder({ '_config.yml': shanghaiSite })
    const templates = await library.templates()
    expect(templates.find((t) => t.id === 'bundled:report')?.suggestedTitle).toBe(
      'report_20251112_20251112'
    )
  })
})
