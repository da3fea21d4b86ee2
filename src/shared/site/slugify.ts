/**
 * Jekyll's `Utils.slugify`, used by permalinks (`:slug`, `:title`) and by the `slugify` filter.
 * The modes and their character classes are Jekyll 4's (jekyll/utils.rb).
 */
export type SlugifyMode = 'none' | 'raw' | 'default' | 'pretty' | 'ascii' | 'latin'

const modes = new Set(['raw', 'default', 'pretty', 'ascii', 'latin'])

const replaceable: Record<string, RegExp> = {
  raw: /\s+/gu,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
  latin: /[^\p{M}\p{L}\p{Nd}]+/gu
}

/**
 * The slug of `text`: runs of characters the mode does not keep become one `-`, a leading or
 * trailing `-` goes, and the result is lower-cased unless `cased`. An unknown mode (and `none`)
 * only lower-cases, as in Jekyll.
 */
export function slugify(text: string, mode: string = 'default', cased = false): string {
  if (!modes.has(mode)) return cased ? text : text.toLowerCase()
  const source = mode === 'latin' ? transliterate(text) : text
  const slug = source.replace(replaceable[mode], '-').replace(/^-|-$/g, '')
  return cased ? slug : slug.toLowerCase()
}

/**
 * `I18n.transliterate` as Jekyll's `latin` mode calls it: accents dropped from Latin letters,
 * every other character outside ASCII becomes `?` (which the default class then turns into `-`).
 */
function transliterate(text: string): string {
  return Array.from(text.normalize('NFD'))
    .filter((char) => !/\p{M}/u.test(char))
    .map((char) => (char.charCodeAt(0) < 128 ? char : (latinExtras[char] ?? '?')))
    .join('')
}

/** Latin letters without a decomposition that I18n's default approximations still spell out. */
const latinExtras: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D'
}
