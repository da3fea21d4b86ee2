import { describe, expect, it } from 'vitest'
import { createKramdown } from '@shared/site/kramdown'
import { loadFixtures } from './fixtures'

/**
 * Token classes of highlighted code against Rouge's. We do not lex (highlight.js does, mapped onto
 * Rouge's classes), so classes can differ where the two lexers see code differently; the text is
 * always Rouge's (the golden test checks it). Per code block, the share of characters that carry
 * Rouge's class is printed and must stay at the level reached, so a regression shows.
 */
interface Block {
  language: string
  classes: string[]
}

function charClasses(html: string): Block[] {
  const blocks: Block[] = []
  for (const m of html.matchAll(/<div class="language-(\S+) highlighter-rouge">([^]*?)<\/code>/g)) {
    const classes: string[] = []
    for (const part of m[2]
      .replace(/^[^]*?<code>/, '')
      .matchAll(/<span class="([^"]+)">([^<]*)<\/span>|([^<]+)/g)) {
      const text = (part[2] ?? part[3]).replace(/&(?:amp|lt|gt);/g, '_')
      for (let i = 0; i < [...text].length; i++) classes.push(part[1] ?? '')
    }
    blocks.push({ language: m[1], classes })
  }
  return blocks
}

/** The lowest share per language reached when this test was written (Rouge 3.30). */
const floor: Record<string, number> = {
  css: 0.9,
  java: 0.95,
  go: 0.99,
  ruby: 0.95,
  typescript: 0.99,
  cpp: 0.95,
  r: 0.95,
  rust: 0.99,
  makefile: 0.99
}

describe('Rouge token classes', () => {
  for (const fixture of loadFixtures().filter((f) => f.expected.includes('highlighter-rouge'))) {
    it(`${fixture.name}.md: highlighted code carries Rouge's classes`, () => {
      const html = createKramdown(fixture.config).render(fixture.markdown)
      const ours = charClasses(html)
      const rouge = charClasses(fixture.expected)
      expect(ours.map((b) => b.language)).toEqual(rouge.map((b) => b.language))
      rouge.forEach((block, i) => {
        const mine = ours[i].classes
        const same = block.classes.filter((cls, j) => cls === mine[j]).length
        const share = block.classes.length === 0 ? 1 : same / block.classes.length
        console.log(
          `${fixture.name} ${block.language}: ${(share * 100).toFixed(1)}% of characters in Rouge's class`
        )
        expect(share).toBeGreaterThanOrEqual(floor[block.language] ?? 0.97)
      })
    })
  }
})
