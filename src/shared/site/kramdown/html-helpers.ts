import { htmlAttributes } from './entities'

/** Small pieces of Kramdown::Converter::Html and its Utils, shared by the converter's parts. */

export const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'command',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr'
])

export function span(name: string, attr: Map<string, string>, body: string): string {
  return `<${name}${htmlAttributes(attr)}>${body}</${name}>`
}

/** kramdown marks where the TOC and footnotes go with random text; ours cannot occur in input. */
export function placeholder(name: string): string {
  return `\uE010${name}\uE011`
}

/** `extract_code_language!`: the `language-x` class names the language and is removed. */
export function extractLanguage(attr: Map<string, string>): string | null {
  const cls = attr.get('class')
  if (cls === undefined) return null
  const match = /\blanguage-\S+/.exec(cls)
  if (!match) return null
  const rest = cls.replace(/\blanguage-\S+/, '').trim()
  if (rest === '') attr.delete('class')
  else attr.set('class', rest)
  return match[0].slice('language-'.length)
}

const cjkBreak =
  /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)\n([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)/u

export function fixCjkLineBreak(text: string): string {
  let result = text
  while (cjkBreak.test(result)) result = result.replace(new RegExp(cjkBreak.source, 'gu'), '$1$2')
  return result
}
