import { execFile, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { exportCloud, saveImage } from '@core/assets'
import { copyFixture, fakeJpeg, openStore } from './helpers'
import type { Sandbox } from './helpers'

function onPath(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const noJekyll = !onPath('jekyll')
/** The test's name, saying why it is skipped where it is. */
function titled(name: string): string {
  return noJekyll ? `${name} [skipped: \`jekyll\` is not on PATH]` : name
}
let box: Sandbox | undefined

afterEach(async () => {
  if (box) await rm(box.outer, { recursive: true, force: true })
})

/** The built HTML page that contains `marker`. */
async function builtPage(site: string, marker: string): Promise<string> {
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const html = await readFile(join(entry.parentPath, entry.name), 'utf8')
    if (html.includes(marker)) return html
  }
  throw new Error(`No built page contains ${marker}`)
}

describe('exported clouds in a real Jekyll build', () => {
  it.skipIf(noJekyll)(
    titled('publishes the image where the post links it'),
    async () => {
      box = await copyFixture('jekyll-site')
      const store = await openStore(box.dir)
      const image = fakeJpeg(7)
      const fresh = await exportCloud(
        store,
        '_posts/2025-11-11-ai-daily.md',
        image.toString('base64')
      )
      const rooted = await exportCloud(
        store,
        '_posts/2025-11-17-root-link.md',
        fakeJpeg(8).toString('base64')
      )

      await promisify(execFile)('jekyll', ['build', '--quiet'], { cwd: box.dir, timeout: 120_000 })

      const name = 'wordcloud_AI_推特日报_多模态与智能体.jpg'
      expect(fresh.link).toBe(`/reports/assets/wordclouds/${name}`)
      const html = await builtPage(join(box.dir, '_site'), '多模态大模型')
      const srcs = [...html.matchAll(/<img[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1])
      expect(srcs).toContain(`/reports/assets/wordclouds/${name}`)
      expect(await readFile(join(box.dir, '_site/assets/wordclouds', name))).toEqual(image)

      // A root-relative link the writer already had is kept and published where it points.
      const other = await builtPage(join(box.dir, '_site'), '充电网络建设提速')
      expect(rooted.link).toBe('/reports/assets/wordclouds/wordcloud_ev_20251117.jpg')
      expect(other).toContain(`src="${rooted.link}"`)
      expect(await readFile(join(box.dir, '_site', rooted.imagePath))).toEqual(fakeJpeg(8))
      // The manifest is Postcloud's, not the site's: Jekyll skips dot-folders.
      expect(existsSync(join(box.dir, '_site/.postcloud'))).toBe(false)
    },
    150_000
  )

  // A 1x1 PNG, as a pasted screenshot arrives (base64 over the contract).
  const pastedPng =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

  it.skipIf(noJekyll)(
    titled('publishes an image pasted into a post, linked under the baseurl'),
    async () => {
      box = await copyFixture('jekyll-site')
      const store = await openStore(box.dir)
      const post = '_posts/2025-11-11-ai-daily.md'
      const saved = await saveImage(store, post, pastedPng, '截图 1.png')
      expect(saved.path).toMatch(/^assets\/[^/]+\.png$/)
      expect(saved.link.startsWith('/reports/assets/')).toBe(true)
      const file = join(box.dir, post)
      await writeFile(file, `${await readFile(file, 'utf8')}\n![截图](${saved.link})\n`)

      await promisify(execFile)('jekyll', ['build', '--quiet'], { cwd: box.dir, timeout: 120_000 })

      const html = await builtPage(join(box.dir, '_site'), '多模态大模型')
      expect(html).toContain(`src="${saved.link}"`)
      // Served under /reports, the link minus the baseurl is the published file.
      expect(decodeURIComponent(saved.link.slice('/reports/'.length))).toBe(saved.path)
      expect(await readFile(join(box.dir, '_site', saved.path))).toEqual(
        Buffer.from(pastedPng, 'base64')
      )
    },
    150_000
  )
})
