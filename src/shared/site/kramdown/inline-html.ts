import { escapeAttribute } from './entities'

/**
 * kramdown parses span-level HTML into elements and writes them back: attributes double-quoted,
 * a void element without a body closed with ` />`. Raw start tags are rewritten the same way so
 * `<br>` in a table cell comes out as kramdown's `<br />`.
 */
const startTag =
  /<([A-Za-z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const voidTags = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr'
])

export function normalizeInlineHtml(html: string): string {
  return html.replace(startTag, (_whole, tag: string, attrs: string, selfClosing: string) => {
    let out = `<${tag}`
    for (const m of attrs.matchAll(attribute)) {
      const value = m[2] ?? m[3] ?? m[4] ?? ''
      out += ` ${m[1]}="${escapeAttribute(value)}"`
    }
    // A void element closes itself; any other written `<a ... />` is opened and closed.
    if (voidTags.has(tag.toLowerCase())) return `${out} />`
    return selfClosing !== '' ? `${out}></${tag}>` : `${out}>`
  })
}
