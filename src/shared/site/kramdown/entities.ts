/** HTML escaping as kramdown's Utils::Html does it, and the few named entities options may name. */

const escapeMap: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' }

/** `escape_html(str)` / `(str, :text)` on text that holds no entity references: `<`, `>`, `&`. */
export function escapeText(text: string): string {
  return text.replace(/[<>&]/g, (c) => escapeMap[c])
}

/** REXML's entity reference pattern: kramdown leaves such references in attributes alone. */
const reference = /&(?:[A-Za-z_:][-\w:.]*|#\d+|#x[0-9a-fA-F]+);|[<>&"]/g

/** `escape_html(value, :attribute)`: `"` too, but existing entity references stay. */
export function escapeAttribute(value: string): string {
  return value.replace(reference, (m) => escapeMap[m] ?? m)
}

/** `html_attributes`: ` key="value"` for each, an empty id left out. */
export function htmlAttributes(attr: Map<string, string>): string {
  let out = ''
  for (const [key, value] of attr) {
    if (key === 'id' && value.trim() === '') continue
    out += ` ${key}="${escapeAttribute(value)}"`
  }
  return out
}

/** Entities that `smart_quotes` and `typographic_symbols` name, as the characters `as_char` writes. */
const named: Record<string, number> = {
  lsquo: 0x2018,
  rsquo: 0x2019,
  ldquo: 0x201c,
  rdquo: 0x201d,
  sbquo: 0x201a,
  bdquo: 0x201e,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  laquo: 0xab,
  raquo: 0xbb,
  apos: 0x27,
  quot: 0x22,
  mdash: 0x2014,
  ndash: 0x2013,
  hellip: 0x2026,
  nbsp: 0xa0
}

/** The character of an entity given by name or code point; `&`, `<`, `>` stay escaped. */
export function entityChar(nameOrCode: string): string {
  const code = /^\d+$/.test(nameOrCode)
    ? Number(nameOrCode)
    : Object.hasOwn(named, nameOrCode)
      ? named[nameOrCode]
      : undefined
  if (code === undefined) return `&${nameOrCode};`
  const char = String.fromCodePoint(code)
  return char === '"' ? char : (escapeMap[char] ?? char)
}
