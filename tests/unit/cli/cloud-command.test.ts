import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createCanvas, loadImage } from '@napi-rs/canvas'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

/**
 * `postcloud cloud` as a writer runs it: the built command (npm test builds first) on a copy of
 * the bundled sample site, checked by what it prints and what lands on disk.
 */

const bin = resolve('bin/postcloud.js')
const built = existsSync(resolve('out/main/cli.js'))
const post = '_posts/2025-11-30-reading-monthly.md'
const cloudPath = 'assets/wordclouds/wordcloud_十一月阅读月报_慢读_笔记与写作.jpg'

let temp: string
let site: string

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'postcloud-cli-cloud-'))
  site = join(temp, 'site')
  cpSync(resolve('resources/sample-posts'), site, { recursive: true })
})
afterEach(() => rmSync(temp, { recursive: true, force: true }))

interface Run {
  status: number | null
  stdout: string
  stderr: string
  /** How the run ended, for a failing assertion to say: exit status or signal, and stderr. */
  ending: string
}

function postcloud(...args: string[]): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, POSTCLOUD_DATA_DIR: join(temp, 'data') }
  })
  const ending = `status ${result.status}, signal ${result.signal}, error ${result.error?.message}\n${result.stderr}`
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ending }
}

function linkCount(text: string): number {
  return text.split('![词云图](').length - 1
}

describe.skipIf(!built)('postcloud cloud', () => {
  it('writes the JPG where Export would, links it once and prints the JSON summary', async () => {
    const first = postcloud('cloud', join(site, post), '--seed', '7', '--json')
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    const summary = JSON.parse(first.stdout) as Record<string, unknown>
    expect(Object.keys(summary).sort()).toEqual(
      ['height', 'inked', 'ms', 'out', 'placed', 'requested', 'seed', 'width'].sort()
    )
    expect(summary).toMatchObject({ out: join(site, cloudPath), width: 1200, height: 800, seed: 7 })
    expect(summary.requested).toBe(200)
    expect(summary.placed as number).toBeGreaterThanOrEqual(190)
    expect(summary.ms as number).toBeGreaterThan(0)
    const image = await loadImage(readFileSync(join(site, cloudPath)))
    expect([image.width, image.height]).toEqual([1200, 800])
    const text = readFileSync(join(site, post), 'utf8')
    expect(text).toContain('## 词云分析')
    expect(text).toContain(`![词云图](/reports/${cloudPath})`)

    // Again: the same file is replaced (Postcloud wrote it), the link is not added twice.
    expect(postcloud('cloud', join(site, post), '--seed', '7', '--json').status).toBe(0)
    expect(linkCount(readFileSync(join(site, post), 'utf8'))).toBe(1)
  })

  it('gives byte-identical files for the same seed, and remembers the options for the post', () => {
    const a = join(temp, 'a.jpg')
    const b = join(temp, 'b.jpg')
    const c = join(temp, 'c.jpg')
    const draw800x600 = (seed: string, ...out: string[]): number | null =>
      postcloud(
        'cloud',
        join(site, post),
        '--seed',
        seed,
        '--width',
        '800',
        '--height',
        '600',
        ...out
      ).status
    expect(draw800x600('42', '--out', a)).toBe(0)
    expect(draw800x600('42', '--out', b)).toBe(0)
    expect(draw800x600('43', '--out', c)).toBe(0)
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true)
    expect(readFileSync(a).equals(readFileSync(c))).toBe(false)
    // --out changes neither the post nor its remembered options.
    expect(linkCount(readFileSync(join(site, post), 'utf8'))).toBe(0)

    expect(draw800x600('42')).toBe(0)
    const settings = JSON.parse(readFileSync(join(site, '.postcloud/cloud.json'), 'utf8'))
    expect(settings.posts[post]).toMatchObject({ seed: 42, width: 800, height: 600 })
    // Without flags the remembered options draw the same picture again.
    expect(postcloud('cloud', join(site, post), '--out', join(temp, 'd.jpg')).status).toBe(0)
    expect(readFileSync(join(temp, 'd.jpg')).equals(readFileSync(join(site, cloudPath)))).toBe(true)
  })

  it('sizes words by --emphasis distinctive and remembers it for the post', () => {
    const byCount = join(temp, 'count.jpg')
    const distinctive = join(temp, 'distinctive.jpg')
    expect(postcloud('cloud', join(site, post), '--out', byCount).status).toBe(0)
    expect(
      postcloud('cloud', join(site, post), '--emphasis', 'distinctive', '--out', distinctive).status
    ).toBe(0)
    expect(readFileSync(byCount).equals(readFileSync(distinctive))).toBe(false)
    expect(postcloud('cloud', join(site, post), '--emphasis', 'distinctive').status).toBe(0)
    const settings = JSON.parse(readFileSync(join(site, '.postcloud/cloud.json'), 'utf8'))
    expect(settings.posts[post]).toMatchObject({ emphasis: 'distinctive' })
    const bad = postcloud('cloud', join(site, post), '--emphasis', 'loud')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/emphasis/)
  })

  it('never writes over a file Postcloud did not write', () => {
    const handMade = join(site, 'assets/wordclouds/wordcloud_macro_20251202_20251202.jpg')
    writeFileSync(handMade, 'drawn by hand')
    const run = postcloud('cloud', join(site, '_posts/2025-12-02-macro-daily.md'), '--json')
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/already exists and was not written by Postcloud/)
    expect(readFileSync(handMade, 'utf8')).toBe('drawn by hand')

    const out = join(temp, 'mine.jpg')
    writeFileSync(out, 'keep me')
    const refused = postcloud('cloud', join(site, post), '--out', out)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/does not overwrite/)
    expect(readFileSync(out, 'utf8')).toBe('keep me')
  })

  it('copies a mask from outside the folder into .postcloud/masks once, and remembers that', () => {
    const silhouette = createCanvas(80, 60)
    const ctx = silhouette.getContext('2d')
    ctx.fillStyle = '#000'
    ctx.beginPath()
    ctx.ellipse(40, 30, 38, 28, 0, 0, Math.PI * 2)
    ctx.fill()
    const mask = join(temp, 'oval.png')
    writeFileSync(mask, silhouette.toBuffer('image/png'))
    const draw = (): Run => postcloud('cloud', join(site, post), '--mask', mask, '--seed', '3')
    expect(draw().status).toBe(0)
    expect(draw().status).toBe(0)
    const settings = JSON.parse(readFileSync(join(site, '.postcloud/cloud.json'), 'utf8'))
    expect(settings.posts[post]).toMatchObject({ shape: 'mask', mask: '.postcloud/masks/oval.png' })
    expect(readdirSync(join(site, '.postcloud/masks'))).toEqual(['oval.png'])
    expect(readFileSync(join(site, '.postcloud/masks/oval.png')).equals(readFileSync(mask))).toBe(
      true
    )
    // The remembered options draw with the folder's copy when the original is gone.
    rmSync(mask)
    expect(postcloud('cloud', join(site, post), '--out', join(temp, 'again.jpg')).status).toBe(0)
  })

  it('--all redraws only what changed; --force redraws every post', () => {
    const all = (...flags: string[]): Record<string, unknown> => {
      const run = postcloud('cloud', '--all', site, '--json', ...flags)
      expect(run.status, run.ending).toBe(0)
      return JSON.parse(run.stdout) as Record<string, unknown>
    }
    // The bundled clouds were drawn by Postcloud from these very texts and options.
    expect(all()).toMatchObject({ regenerated: 0, upToDate: 4, failed: [] })

    const macro = join(site, '_posts/2025-12-02-macro-daily.md')
    writeFileSync(
      macro,
      readFileSync(macro, 'utf8').replace(
        '## 概要',
        '## 概要\n\n新增一段关于利率与汇率的补充说明。'
      )
    )
    const before = readFileSync(
      join(site, 'assets/wordclouds/wordcloud_macro_20251202_20251202.jpg')
    )
    expect(all()).toMatchObject({ regenerated: 1, upToDate: 3 })
    expect(
      readFileSync(join(site, 'assets/wordclouds/wordcloud_macro_20251202_20251202.jpg')).equals(
        before
      )
    ).toBe(false)
    expect(all()).toMatchObject({ regenerated: 0, upToDate: 4 })

    const forced = all('--force')
    expect(forced.regenerated).toBe(6)
    expect(linkCount(readFileSync(join(site, post), 'utf8'))).toBe(1)
  })

  it('refuses bad command lines with exit status 2 and the reason', () => {
    for (const args of [
      ['cloud'],
      ['cloud', join(site, post), '--width', 'wide'],
      ['cloud', join(site, post), '--shape', 'heart'],
      ['cloud', join(site, post), '--force'],
      ['cloud', join(site, post), '--colors', 'rainbow'],
      ['cloud', '--all', site, '--seed', '3'],
      ['cloud', '--all', site, '--colors', 'by-word']
    ]) {
      const run = postcloud(...args)
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/^postcloud cloud: .+\nSee postcloud cloud --help/)
    }
  })

  it('remembers colours by word for the post, and keeps its clouds fresh until then', () => {
    expect(postcloud('cloud', join(site, post), '--seed', '5', '--json').status).toBe(0)
    const all = (): { regenerated: number } =>
      JSON.parse(postcloud('cloud', '--all', site, '--json').stdout) as { regenerated: number }
    expect(all().regenerated).toBe(0)
    const byWord = postcloud('cloud', join(site, post), '--colors', 'by-word', '--json')
    expect(byWord.status, byWord.ending).toBe(0)
    const settings = readFileSync(join(site, '.postcloud/cloud.json'), 'utf8')
    expect(settings).toContain('"colorBy": "word"')
    expect(all().regenerated).toBe(0)
  })
})
