import { describe, expect, it } from 'vitest'
import { createKramdown } from '@shared/site/kramdown'
import { loadFixtures, normalize, withoutTokenSpans } from './fixtures'

/**
 * Each fixture rendered by us against the HTML real kramdown wrote (through Jekyll 4.3.1; the
 * command that regenerates it is in ./fixtures.ts). Only whitespace between tags is forgiven.
 * Code token classes are compared in ./rouge-tokens.test.ts.
 */
describe('kramdown golden fixtures', () => {
  for (const fixture of loadFixtures()) {
    it(`${fixture.name}.md renders as kramdown does`, () => {
      const html = createKramdown(fixture.config).render(fixture.markdown)
      expect(withoutTokenSpans(normalize(html))).toBe(
        withoutTokenSpans(normalize(fixture.expected))
      )
    })
  }
})
