import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lintFolder } from '@core/lint'

/**
 * date-mismatch compares days as Jekyll reads them: in the site's `timezone`. A post stamped at
 * 20:30 UTC on the 10th is published on the 11th in Shanghai, so `2025-11-11-` is its right name.
 */
describe('lint date-mismatch in a site with a timezone', () => {
  let site: string

  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'postcloud-lint-zone-'))
    await mkdir(join(site, '_posts'))
    await writeFile(join(site, '_config.yml'), 'title: 站点\ntimezone: Asia/Shanghai\n')
    await writeFile(
      join(site, '_posts', '2025-11-11-utc-evening.md'),
      '---\ntitle: 晚间\ndate: 2025-11-10T20:30:00Z\n---\n正文。\n'
    )
    await writeFile(
      join(site, '_posts', '2025-11-10-moved.md'),
      '---\ntitle: 挪过\ndate: "2025-11-11 08:00:00 +0800"\n---\n正文。\n'
    )
  })
  afterAll(() => rm(site, { recursive: true, force: true }))

  it('reports the post whose day in the site’s zone differs, not the one that only looks so', async () => {
    const report = await lintFolder({ root: site, folder: site, resourcesDir: '/nonexistent' })
    expect(report.findings.filter((each) => each.rule === 'date-mismatch')).toEqual([
      {
        file: '_posts/2025-11-10-moved.md',
        line: 3,
        column: 1,
        rule: 'date-mismatch',
        severity: 'error',
        message: "The date 2025-11-11 08:00:00 +0800 is another day than the file name's 2025-11-10"
      }
    ])
  })
})
