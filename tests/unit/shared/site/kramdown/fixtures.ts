import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The golden fixtures: tests/fixtures/kramdown/NAME.md, the HTML real Jekyll 4.3.1 (kramdown
 * 2.4.0, kramdown-parser-gfm 1.1.0, rouge 3.30.0) wrote for it in NAME.kramdown.html, and an
 * optional NAME.config.json merged into the site configuration. Regenerate the HTML with
 * `ruby tests/fixtures/kramdown/render-with-jekyll.rb`.
 */
export const fixtureDir = join(__dirname, '../../../../fixtures/kramdown')

export interface Fixture {
  name: string
  markdown: string
  config: Record<string, unknown>
  expected: string
}

export function loadFixtures(): Fixture[] {
  return readdirSync(fixtureDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -3)
      const configPath = join(fixtureDir, `${name}.config.json`)
      return {
        name,
        markdown: readFileSync(join(fixtureDir, file), 'utf8'),
        config: existsSync(configPath)
          ? (JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>)
          : {},
        expected: readFileSync(join(fixtureDir, `${name}.kramdown.html`), 'utf8')
      }
    })
}

/**
 * Whitespace between tags does not show on the page, except inside `<pre>` (between two token
 * spans of code it is the code's own text); everything else is compared.
 */
export function normalize(html: string): string {
  return html
    .split(/(<pre[^>]*>[^]*?<\/pre>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/>\s+</g, '><')))
    .join('')
    .trim()
}

/**
 * Highlighted code with its token spans taken out: the code's text and the wrapper's elements
 * stay. Used to compare pages apart from token classes, which are compared on their own.
 */
export function withoutTokenSpans(html: string): string {
  return html.replace(
    /(<code[^>]*>)([^]*?)<\/code>/g,
    (_m, open: string, body: string) => `${open}${body.replace(/<\/?span[^>]*>/g, '')}</code>`
  )
}

/** The token classes of highlighted code, in order, each with its text. */
export function tokenSpans(html: string): string[] {
  const spans: string[] = []
  for (const code of html.matchAll(/<code[^>]*>([^]*?)<\/code>/g)) {
    for (const span of code[1].matchAll(/<span class="([^"]+)">([^<]*)<\/span>/g))
      spans.push(`${span[1]} ${span[2]}`)
  }
  return spans
}
