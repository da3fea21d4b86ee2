import markdownIt from 'markdown-it'
import { escapeText } from './entities'
import { normalizeInlineHtml } from './inline-html'
import type { KramdownOptions } from './options'
import { smartenText } from './typography'

const { unescapeAll } = markdownIt().utils

/**
 * Jekyll's `smartify` (its Kramdown::Parser::SmartyPants): smart quotes, typographic symbols and
 * entities in the text, HTML tags passed through, the result chomped. Entities come out as
 * characters (`entity_output: as_char`), except `&amp;`, `&lt;` and `&gt;`, which stay escaped.
 */
export function smartify(input: string, options: KramdownOptions): string {
  let out = ''
  let text = ''
  const flush = (): void => {
    out += escapeText(smartenText(text, options, options.autoTypographic))
    text = ''
  }
  // `<<`/`>>` first: kramdown's typographic symbols come before its span HTML.
  const parts =
    /(<<|>>)|(<!--[^]*?-->|<\/?[A-Za-z][^<>]*>)|(&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9a-fA-F]+);)/g
  let pos = 0
  for (let m = parts.exec(input); m !== null; m = parts.exec(input)) {
    text += input.slice(pos, m.index)
    pos = parts.lastIndex
    if (m[1] !== undefined) {
      text += m[1]
      continue
    }
    flush()
    if (m[2] !== undefined) out += m[2].startsWith('<!--') ? m[2] : normalizeInlineHtml(m[2])
    else out += escapeText(unescapeAll(m[3]))
  }
  text += input.slice(pos)
  flush()
  return out.replace(/\r?\n$/, '')
}
