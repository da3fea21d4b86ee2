import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SiteService } from '@core/site/site-service'
import { readText, tempSite, week45 } from './site-fixture'

// docs/BAD-INPUTS.md#bi-site-7: malformed YAML front matter in a layout gives a diagnostic with
// file and line, and the page renders what it can.
describe('a layout whose front matter is not valid YAML', () => {
  it('is named with its file and line, and the page still renders in it', async () => {
    const root = await tempSite('report')
    await writeFile(
      join(root, '_layouts', 'broken.html'),
      '---\ntitle: [没有闭合\nlayout: default\n---\n<main class="broken">{{ content }}</main>\n'
    )
    const text = (await readText(root, week45)).replace(/^layout: \w+$/m, 'layout: broken')
    const page = await new SiteService(root, true).page(week45, text)
    if (page.kind !== 'page') throw new Error('expected a page')
    const problem = page.diagnostics.find((each) => each.file === '_layouts/broken.html')
    expect(problem).toMatchObject({ kind: 'yaml' })
    // A line of the front matter block (lines 2–3): where the YAML parser finds the bracket open.
    expect(problem?.line).toBeGreaterThanOrEqual(2)
    expect(problem?.line).toBeLessThanOrEqual(3)
    // Its front matter is lost (as Jekyll loses it), its body is not.
    expect(page.layouts).toEqual(['broken'])
    expect(page.html).toContain('<main class="broken">')
    expect(page.html).toContain('本周我们完成了检索服务的迁移')
  })
})
