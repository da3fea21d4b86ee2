import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CoreApi } from '../../src/core/api'
import { stubCore } from '../unit/core/stub-core'

// A 1x1 PNG, as a pasted screenshot would arrive (base64 over the contract).
const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const post = '_posts/2025-11-11-twitter-ai-daily.md'
const jekyll = spawnSync('jekyll', ['--version'], { encoding: 'utf8' })
const haveJekyll = jekyll.status === 0

/**
 * An image pasted into a post of a Jekyll site must show on the built site, not only in the
 * preview: saved under assets/ and linked root-relative with the site's baseurl (/reports here),
 * which is where Jekyll publishes it. This runs the real `jekyll build` (Debian's `jekyll`).
 */
describe.skipIf(!haveJekyll)('a pasted image in a Jekyll site, built with jekyll', () => {
  let temp: string
  let core: CoreApi
  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'postcloud-jekyll-'))
    await cp(resolve('resources/sample-posts'), join(temp, 'site'), { recursive: true })
    core = stubCore(join(temp, 'data'))
    await core.openFolder(join(temp, 'site'))
  })
  afterAll(async () => {
    await core.close()
    await rm(temp, { recursive: true, force: true })
  })

  it('is published under assets/ and the built page points at it', async () => {
    const saved = await core.saveImage(post, png, '截图 1.png')
    expect(saved.path).toMatch(/^assets\/[^/]+\.png$/)
    expect(saved.link.startsWith('/reports/assets/')).toBe(true)

    const file = join(temp, 'site', post)
    const text = await readFile(file, 'utf8')
    await writeFile(file, `${text}\n![截图](${saved.link})\n`)
    const build = spawnSync(
      'jekyll',
      ['build', '--quiet', '--source', join(temp, 'site'), '--destination', join(temp, '_site')],
      { encoding: 'utf8', timeout: 120_000 }
    )
    expect(build.status, build.stderr).toBe(0)

    const published = join(temp, '_site', saved.path)
    expect((await stat(published)).size).toBe(Buffer.from(png, 'base64').length)
    const page = await readFile(
      join(temp, '_site', '2025', '11', '11', 'twitter-ai-daily', 'index.html'),
      'utf8'
    )
    expect(page).toContain(`src="${saved.link}"`)
    // The site is served under its baseurl: the link minus /reports is the file in _site.
    expect(decodeURIComponent(saved.link.slice('/reports/'.length))).toBe(saved.path)
  }, 180_000)
})

if (!haveJekyll) {
  describe('a pasted image in a Jekyll site', () => {
    it.skip('needs the jekyll command (Debian package jekyll; npm test installs it as root)', () => {})
  })
}
