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
  const parts =
    /(<!--[^]*?-->|<\/?[A-Za-z][^<>]*>)|(&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9a-fA-F]+);)/g
  let pos = 0
  for (let m = parts.exec(input); m !== null; m = parts.exec(input)) {
    out += escapeText(smartenText(input.slice(pos, m.index), options, options.autoTypographic))
    if (m[1] !== undefined) out += m[1].startsWith('<!--') ? m[1] : normalizeInlineHtml(m[1])
    else {
      const char = unescapeAll(m[2])
      out += char === m[2] ? escapeText(char) : escapeText(char).replace(/^"$/, '"')
    }
    pos = parts.lastIndex
  }
  out += escapeText(smartenText(input.slice(pos), options, options.autoTypographic))
  return out.replace(/\r?\n$/, '')
}
