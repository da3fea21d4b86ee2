/**
 * Fonts tried after the writer's own: a CJK monospace font when installed, the bundled Noto Sans
 * SC (always there, so Chinese never falls back to boxes), the system CJK fonts, then monospace.
 */
export const fallbackFonts = [
  "'Noto Sans Mono CJK SC'",
  "'Noto Sans SC'",
  "'Microsoft YaHei'",
  "'PingFang SC'",
  'monospace'
] as const

// A family name or generic keyword, quoted or not; anything else (`;`, `{`, `url(`) is dropped.
const familyName = /^(?:'[^'"\\;{}]+'|"[^'"\\;{}]+"|[\p{L}\p{N} _.-]+)$/u

function unquoted(family: string): string {
  return family.replace(/^['"]|['"]$/g, '').toLowerCase()
}

/** The editor's CSS `font-family`: the writer's list (from settings) followed by the fallbacks. */
export function editorFontStack(userFonts: string): string {
  const own = userFonts
    .split(',')
    .map((family) => family.trim())
    .filter((family) => familyName.test(family))
  const seen = new Set(own.map(unquoted))
  const rest = fallbackFonts.filter((family) => !seen.has(unquoted(family)))
  return [...own, ...rest].join(', ')
}
