// Site view fidelity (issue #12): every post of the four fidelity sites rendered by
// `postcloud preview --all` and compared with `jekyll build`'s page. Prints per site the URL
// matches, text and skeleton ratios (difflib), the share passing, stylesheet matches and the
// pixel difference in Chromium, then the worst posts with hints at what differs.
//
//   npm run build && npx tsx bench/site-fidelity.ts [--site minima] [--no-pixels]
//       [--renderer postcloud|jekyll] [--artifacts DIR] [--worst N] [--keep]
//
// --renderer jekyll compares Jekyll with itself (must be all 1.000 and 0.00%): a check of the
// comparison. --artifacts writes screenshots and diff images of every page that differs.
import { mkdir, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { fidelitySites } from '../tests/fidelity/fidelity-sites'
import { formatSite, formatTable, summarize } from '../tests/fidelity/fidelity-summary'
import type { SiteSummary } from '../tests/fidelity/fidelity-summary'
import { jekyllVersion } from '../tests/fidelity/jekyll-build'
import { postcloudBuilt, renderWithJekyll, renderWithPostcloud } from '../tests/fidelity/renderers'
import { openScreenshotter } from '../tests/fidelity/screenshots'
import type { Screenshotter } from '../tests/fidelity/screenshots'
import { measureSite } from '../tests/fidelity/site-fidelity'

const { values } = parseArgs({
  options: {
    site: { type: 'string', multiple: true },
    renderer: { type: 'string', default: 'postcloud' },
    'no-pixels': { type: 'boolean', default: false },
    artifacts: { type: 'string' },
    worst: { type: 'string', default: '6' },
    keep: { type: 'boolean', default: false }
  }
})

async function main(): Promise<number> {
  const version = await jekyllVersion()
  if (!version) {
    console.log('SKIP: jekyll is not installed (the reference build); nothing to compare with.')
    return 0
  }
  if (values.renderer === 'postcloud' && !postcloudBuilt()) {
    console.log('The CLI is not built: run `npm run build` first.')
    return 1
  }
  const renderer = values.renderer === 'jekyll' ? renderWithJekyll : renderWithPostcloud
  const sites = fidelitySites.filter((site) => !values.site || values.site.includes(site.name))
  let shooter: Screenshotter | null = null
  let noShooterReason = 'turned off with --no-pixels'
  if (!values['no-pixels']) {
    const opened = await openScreenshotter()
    if ('shooter' in opened) shooter = opened.shooter
    else noShooterReason = opened.reason
  }
  console.log(`${version}; renderer: ${values.renderer}; sites: ${sites.map((s) => s.name)}`)
  const summaries: SiteSummary[] = []
  const results = []
  try {
    for (const site of sites) {
      const result = await measureSite(site, {
        renderer,
        shooter,
        noShooterReason,
        artifacts: values.artifacts,
        keep: values.keep
      })
      const summary = summarize(result)
      summaries.push(summary)
      results.push(result)
      console.log(formatSite(result, summary, Number(values.worst)))
    }
  } finally {
    await shooter?.close()
  }
  await mkdir('bench/.results', { recursive: true })
  await writeFile(
    'bench/.results/site-fidelity.json',
    JSON.stringify({ version, renderer: values.renderer, summaries, results }, null, 2)
  )
  console.log(`\n${formatTable(summaries)}\n`)
  const failed = summaries.filter(
    (s) => !s.meets.urls || !s.meets.passing || s.meets.pixels === false
  )
  console.log(
    failed.length === 0
      ? 'PASS: every site meets the fidelity targets'
      : `FAIL: ${failed.map((s) => s.site).join(', ')} miss a target`
  )
  return failed.length === 0 ? 0 : 1
}

void main().then((code) => (process.exitCode = code))
