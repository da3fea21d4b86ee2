import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createKramdown } from '@shared/site/kramdown'
import { fixtureDir, loadFixtures, normalize, withoutTokenSpans } from './fixtures'

/**
 * The fixtures rendered live by the Jekyll installed here (and in CI), so a committed
 * `.kramdown.html` that went stale, or a different kramdown, shows up. Skipped, with the reason
 * printed, where Ruby with Jekyll is missing.
 */
function renderWithJekyll(): Record<string, string> | string {
  const run = spawnSync('ruby', [join(fixtureDir, 'render-with-jekyll.rb'), '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (run.error) return `ruby is not available (${run.error.message})`
  if (run.status !== 0) return `ruby could not load jekyll: ${run.stderr.trim().split('\n')[0]}`
  return JSON.parse(run.stdout) as Record<string, string>
}

const live = renderWithJekyll()
if (typeof live === 'string') console.warn(`Skipping the live Jekyll comparison: ${live}`)

describe.skipIf(typeof live === 'string')('kramdown against live Jekyll', () => {
  const rendered = typeof live === 'string' ? {} : live
  for (const fixture of loadFixtures()) {
    it(`${fixture.name}.md matches what Jekyll renders now`, () => {
      const expected = rendered[fixture.name]
      expect(normalize(fixture.expected)).toBe(normalize(expected))
      const html = createKramdown(fixture.config).render(fixture.markdown)
      expect(withoutTokenSpans(normalize(html))).toBe(withoutTokenSpans(normalize(expected)))
    })
  }
})
