import type { Element } from './elements'
import type { HighlighterOptions, KramdownOptions } from './options'
import { extractLanguage } from './html-helpers'
import { rougeBlock, rougeSpan, rougeLexerFor } from '../rouge/rouge-html'

export interface Highlighted {
  /** The wrapper's attributes, `language-x highlighter-rouge` added to the class. */
  attr: Map<string, string>
  html: string
}

/**
 * Kramdown::Converter::SyntaxHighlighter::Rouge.call: which lexer, if any, highlights the code.
 * No language and no default: nothing. An unknown language: nothing. The plain-text lexer only
 * when `guess_lang` is on (Jekyll turns it on).
 */
function lexerFor(lang: string | null, opts: HighlighterOptions, code: string): string | null {
  const name = lang ?? opts.defaultLang
  if (name === null && !opts.guessLang) return null
  const lexer = rougeLexerFor(name, code)
  if (opts.disable || lexer === null || (lexer === 'plaintext' && !opts.guessLang)) return null
  return lexer
}

/** `add_syntax_highlighter_to_class_attr`. */
function withHighlighterClass(attr: Map<string, string>, lang: string | null): Map<string, string> {
  let cls = `${attr.get('class') ?? ''} highlighter-rouge`.trimStart()
  if (lang !== null) {
    cls = /\blanguage-\S+/.test(cls)
      ? cls.replace(/\blanguage-\S+/, `language-${lang}`)
      : `language-${lang} ${cls}`
  }
  attr.set('class', cls)
  return attr
}

export function highlightCodeBlock(el: Element, options: KramdownOptions): Highlighted | null {
  if (options.syntaxHighlighter === null) return null
  const attr = new Map(el.attr)
  const lang = extractLanguage(attr)
  const lexer = lexerFor(el.options.lang ?? lang, options.block, el.value)
  if (lexer === null) return null
  const html = rougeBlock(el.value, lexer, {
    lineNumbers: options.block.lineNumbers,
    startLine: options.block.startLine,
    wrap: options.block.wrap,
    cssClass: options.block.cssClass
  })
  return { attr: withHighlighterClass(attr, lang ?? options.block.defaultLang), html }
}

export function highlightCodeSpan(el: Element, options: KramdownOptions): Highlighted | null {
  if (options.syntaxHighlighter === null) return null
  const attr = new Map(el.attr)
  const cls = attr.get('class')
  const lang = cls !== undefined ? (/\blanguage-(\S+)/.exec(cls)?.[1] ?? null) : null
  const lexer = lexerFor(lang, options.span, el.value)
  if (lexer === null) return null
  return {
    attr: withHighlighterClass(attr, lang ?? options.span.defaultLang),
    html: rougeSpan(el.value, lexer)
  }
}
