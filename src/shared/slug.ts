/**
 * The naming rule for new posts: a title becomes the `<slug>` of `YYYY-MM-DD-<slug>.md`.
 * Lower-case ASCII letters and digits and CJK characters are kept (Chinese titles stay readable in
 * file names and URLs); every other run of characters becomes one '-'. Accents are dropped first
 * (`Café` -> `cafe`) and full-width letters folded (`ＡＩ` -> `ai`).
 */

export const maxSlugChars = 80
/** Keeps `YYYY-MM-DD-<slug>-NN.md` under the 255-byte file name limit of common file systems. */
export const maxSlugBytes = 200

// CJK ideographs (with extension A and compatibility forms), kana, Hangul syllables; the
// supplementary ideograph planes need the `u` flag.
const KEEP =
  /[a-z0-9\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u{20000}-\u{3134f}]+/gu

export function slugify(title: string): string {
  const folded = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
  const words = folded.match(KEEP) ?? []
  let slug = ''
  let chars = 0
  let bytes = 0
  for (const char of words.join('-')) {
    const size = utf8Length(char)
    if (chars >= maxSlugChars || bytes + size > maxSlugBytes) break
    slug += char
    chars += 1
    bytes += size
  }
  slug = slug.replace(/^-+|-+$/g, '')
  return slug === '' ? 'post' : slug
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  return code < 0x10000 ? 3 : 4
}
