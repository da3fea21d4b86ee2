import { cp, mkdtemp, readFile, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { onTestFinished } from 'vitest'
import { findTheme } from '@core/site/model'

/** The small sites these tests render (our own Chinese report posts): report, bare, themed. */
export const siteFixtures = resolve('tests/fixtures/site-service')

/** The read-only fixture site `name`, for tests that write nothing. */
export function fixtureSite(name: string): string {
  return join(siteFixtures, name)
}

/** A fresh copy of fixture site `name` in its own temp folder, removed when the test ends. */
export async function tempSite(name: string): Promise<string> {
  const temp = await realpath(await mkdtemp(join(tmpdir(), 'postcloud-site-service-')))
  onTestFinished(() => rm(temp, { recursive: true, force: true }))
  const root = join(temp, name)
  await cp(fixtureSite(name), root, { recursive: true })
  return root
}

/** An empty temp folder, removed when the test ends. */
export async function tempFolder(): Promise<string> {
  const temp = await realpath(await mkdtemp(join(tmpdir(), 'postcloud-site-service-')))
  onTestFinished(() => rm(temp, { recursive: true, force: true }))
  return temp
}

/** The text of a site's file, as the editor buffer would hold it. */
export function readText(root: string, id: string): Promise<string> {
  return readFile(join(root, id), 'utf8')
}

/** Whether Debian's jekyll-theme-minima (or another install of minima) is on this machine. */
export const minimaInstalled = findTheme('minima') !== null

export const week45 = '_posts/weekly/2025-11-10-week-45.md'
export const week46 = '_posts/weekly/2025-11-17-week-46.md'
export const hiddenPost = '_posts/2025-11-03-hidden-notes.md'
export const draft = '_drafts/monthly-summary.md'
