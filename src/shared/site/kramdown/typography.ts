import type { StateCore, Token } from 'markdown-it'
import { entityChar } from './entities'
import type { KramdownOptions } from './options'

/**
 * kramdown's smart quotes and typographic symbols (parser/kramdown/smart_quotes.rb and
 * typographic_symbol.rb), run over markdown-it's text the way kramdown's span scanner meets it:
 * at each place where a quote (with the character before it) or a symbol starts, the first of
 * kramdown's rules that matches there decides. Written out as the characters `entity_output:
 * as_char` produces.
 */

const punct = String.raw`[!"#$%'()*+,\-./:;<=>?@\[\\\]^_\x60{|}~]`
const close = String.raw`[^ \\\t\r\n\[{(\-]`
/** Ruby's `\b`/`\B` count any Unicode letter or digit as a word character (`\w` is ASCII). */
const notWordAfter = String.raw`(?![\p{L}\p{M}\p{Nd}\p{Pc}])`

type Subst = number | 'lquote1' | 'rquote1' | 'lquote2' | 'rquote2' | 'ldquo' | 'lsquo' | 'rsquo'

const rules: [RegExp, Subst[]][] = [
  [/("|')(?=[_*]{1,2}\S)/uy, ['lquote1']],
  [new RegExp(String.raw`("|')(?=${punct}(?!\.\.)${notWordAfter})`, 'uy'), ['rquote1']],
  [/(\s?)"'(?=\w)/uy, [1, 'ldquo', 'lsquo']],
  [/(\s?)'"(?=\w)/uy, [1, 'lsquo', 'ldquo']],
  [/(\s?)'(?=\d\ds)/uy, [1, 'rsquo']],
  [/(\s)('|")(?=\w)/uy, [1, 'lquote2']],
  [new RegExp(String.raw`(${close})('|")`, 'uy'), [1, 'rquote2']],
  [new RegExp(String.raw`("|')(?=\s|s${notWordAfter}|\n|$)`, 'uy'), ['rquote1']],
  [/([^]?)'/uy, [1, 'lsquo']],
  [/([^]?)"/uy, [1, 'ldquo']]
]

const quoteIndex = { lsquo: 0, rsquo: 1, ldquo: 2, rdquo: 3 } as const

function quoteName(subst: Exclude<Subst, number>, match: RegExpExecArray): keyof typeof quoteIndex {
  if (subst === 'ldquo' || subst === 'lsquo' || subst === 'rsquo') return subst
  const quote = match[Number(subst.slice(-1))]
  const left = subst.startsWith('l')
  if (quote === '"') return left ? 'ldquo' : 'rdquo'
  return left ? 'lsquo' : 'rsquo'
}

const symbols: Record<string, string[]> = {
  '---': ['mdash'],
  '--': ['ndash'],
  '...': ['hellip'],
  '<< ': ['laquo', 'nbsp'],
  ' >>': ['nbsp', 'raquo'],
  '<<': ['laquo'],
  '>>': ['raquo']
}
const symbolName: Record<string, string> = { '<< ': 'laquo_space', ' >>': 'raquo_space' }

/**
 * `following` is what comes after `text` in the source (the markup of the next token): kramdown's
 * rules look ahead past a text run (`"**bold**"` opens with “ because `*` follows the quote).
 */
export function smartenText(
  text: string,
  options: KramdownOptions,
  typographic: boolean,
  following = ''
): string {
  const source = text + following
  const start = typographic
    ? /([^\\]?["'])|---|--|\.\.\.|\\<<|\\>>|<< | >>|<<|>>/gsu
    : /([^\\]?["'])/gsu
  let out = ''
  let pos = 0
  for (;;) {
    start.lastIndex = pos
    const m = start.exec(source)
    if (m === null || m.index + m[0].length > text.length) break
    out += text.slice(pos, m.index)
    if (m[1] === undefined) {
      out += symbol(m[0], options)
      pos = m.index + m[0].length
      continue
    }
    for (const [rule, substs] of rules) {
      rule.lastIndex = m.index
      const found = rule.exec(source)
      if (found === null) continue
      for (const subst of substs) {
        out +=
          typeof subst === 'number'
            ? found[subst]
            : entityChar(options.smartQuotes[quoteIndex[quoteName(subst, found)]])
      }
      pos = m.index + found[0].length
      break
    }
  }
  return out + text.slice(pos)
}

function symbol(matched: string, options: KramdownOptions): string {
  // Escaped guillemets stay two angle brackets (escaped again on output).
  if (matched === '\\<<') return '<<'
  if (matched === '\\>>') return '>>'
  const custom = options.typographicSymbols.get(symbolName[matched] ?? symbols[matched][0])
  if (custom !== undefined) return custom
  return symbols[matched].map(entityChar).join('')
}

/** A core rule (before `text_join`): every text token of every inline, escapes left alone. */
export function typographyRule(options: KramdownOptions): (state: StateCore) => void {
  return (state: StateCore): void => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || block.children === null) continue
      smartenChildren(block.children, options)
    }
  }
}

function smartenChildren(children: Token[], options: KramdownOptions): void {
  children.forEach((token, i) => {
    if (token.type === 'text' && /["'.\-<>]/.test(token.content)) {
      token.content = smartenText(
        token.content,
        options,
        options.autoTypographic,
        following(children[i + 1])
      )
    }
  })
}

/** The source text a token starts with, as far as the quote rules look ahead. */
function following(token: Token | undefined): string {
  if (token === undefined) return ''
  switch (token.type) {
    case 'em_open':
    case 'strong_open':
    case 's_open':
      return `${token.markup}x`
    case 'softbreak':
    case 'hardbreak':
      return '\n'
    case 'link_open':
      return '[x'
    case 'image':
      return '![x'
    case 'code_inline':
      return '`x'
    case 'html_inline':
      return token.content
    default:
      return token.content.slice(0, 2)
  }
}
