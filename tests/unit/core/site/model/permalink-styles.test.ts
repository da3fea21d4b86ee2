import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SiteModel } from '@core/site/model'
import type { SiteDocument } from '@core/site/model'
import { jekyllBuildFiles, jekyllMissing } from './jekyll-build'

const site = resolve('tests/fixtures/site-model/permalinks')
/** Recorded from Jekyll 4.3.1; the command is in the file's `_command`. */
const recorded = JSON.parse(
  readFileSync(resolve('tests/fixtures/site-model/permalinks-expected.json'), 'utf8')
) as { files: Record<string, string[]> }

/** Document#destination / Page#destination: where jekyll build writes a URL. */
function destination(doc: SiteDocument): string {
  const path = decodeURIComponent(doc.url).replace(/^\//, '')
  if (doc.url.endsWith('/')) return `${path}index.html`
  return path.endsWith(doc.outputExt) ? path : `${path}${doc.outputExt}`
}

async function modelFiles(permalink: string): Promise<string[]> {
  const model = await SiteModel.load(site, { config: { permalink }, now: new Date('2025-01-01') })
  const docs = [...model.posts(), ...model.pages(), ...model.documents()]
  return docs.map(destination).sort()
}

describe('permalink styles, against jekyll build', () => {
  for (const [style, files] of Object.entries(recorded.files)) {
    it(`writes what Jekyll writes with permalink: ${style}`, async () => {
      expect(await modelFiles(style)).toEqual(files)
    })
  }

  const missing = jekyllMissing()
  if (missing) console.log(`Skipping the live jekyll comparison: ${missing}`)
  it.skipIf(missing !== null)(
    'matches a live jekyll build for every style',
    async () => {
      for (const style of Object.keys(recorded.files))
        expect(await modelFiles(style), style).toEqual(jekyllBuildFiles(site, { permalink: style }))
    },
    300_000
  )
})
