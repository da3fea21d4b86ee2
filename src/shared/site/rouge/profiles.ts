import { overrides } from './language-overrides'
import type { RougeToken } from './tokens'

/**
 * How each language's Rouge lexer names things, for the mapping from highlight.js scopes. Rouge's
 * lexers differ (JavaScript's names are `nx`, Python's `n`, the shell's plain text; Java's
 * declarations are `kd`…): a base table, with each language's own choices on top. Measured
 * against Rouge 3.30 on sample code of each language (tests/unit/shared/site/kramdown).
 */
export interface LanguageProfile {
  /** Rouge class of an hljs scope, undefined to look at the enclosing scope. */
  scope(scope: string, text: string): string | undefined
  name(text: string): string
  punctuation(text: string): string
  operator(text: string): string
  whitespace: string
  other: string
  number(text: string): string
  /** Class of a name right after `.` (Java's members `na`), or undefined. */
  afterDot?: string
  /** Class of an interpolation's brackets (`${`, `#{`, `{` … `}`). */
  substBracket: string
  /** Strings split into `dl` quotes and an `s2`/`s1` body (JavaScript). */
  stringDelimiters: boolean
  /** `f"…"`, `r'…'`: the prefix is `sa` (Python). */
  stringPrefix: boolean
  /** Words with a class of their own, whatever highlight.js called them. */
  words: Record<string, string>
  /** Also give `words` their class where highlight.js left them unmarked. */
  wordsInPlain: boolean
  /** The name after this keyword takes this class (`import os`: `nn`). */
  nameAfter: Record<string, string>
  /** A YAML key's colon is its own `pi` token. */
  keyColon: boolean
  /** HTML/XML: tags split into name, blanks and `=` as Rouge's lexer does. */
  markup: boolean
  /** Command-line options are `nt` (the shell). */
  options: boolean
  /** The shell lexer's keywords and builtins take the blanks after them. */
  keywordTakesBlanks: boolean
  commentTakesNewline: boolean
  /** Classes whose token takes the newline after it (Rouge's diff lines). */
  newlineAfter: string[]
  /** A keyword inside a preprocessor line is part of it (`#include`: `cp`). */
  metaKeyword: boolean
  /** The language's own renaming of the mapped tokens, before they merge (Rust). */
  rewrite?: (tokens: RougeToken[]) => RougeToken[]
}

/** Operators: the shell marks only some, the INI lexer's `=` is punctuation. */
function operatorClass(lexer: string): (text: string) => string {
  if (lexer === 'shell') return (text) => (/^(?:[!=>]+|&&|\|\|)$/.test(text) ? 'o' : '')
  return lexer === 'ini' ? () => 'p' : () => 'o'
}

/** Rouge's shell lexer: brackets are operators, `;` punctuation, the rest plain. */
function shellPunctuation(text: string): string {
  if (text === ';') return 'p'
  return /^[[\]{}()]$/.test(text) ? 'o' : ''
}

/** A record's own entry: code is full of words like `constructor` that objects inherit. */
export function lookup<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

function numberClass(text: string): string {
  if (/^0[xX]/.test(text)) return 'mh'
  return /[.eE]/.test(text) ? 'mf' : 'mi'
}

const base: Record<string, string> = {
  keyword: 'k',
  built_in: 'nb',
  type: 'kt',
  literal: 'kc',
  'variable.language': 'bp',
  'variable.constant': 'no',
  variable: 'nv',
  'template-variable': 'nv',
  'title.function': 'nf',
  'title.function.invoke': 'n',
  'title.class': 'nc',
  'title.class.inherited': 'n',
  title: 'nf',
  attr: 'na',
  attribute: 'na',
  property: 'py',
  tag: 'nt',
  name: 'nt',
  'selector-tag': 'nt',
  'selector-class': 'nc',
  'selector-id': 'nf',
  'selector-attr': 'na',
  'selector-pseudo': 'nd',
  meta: 'cp',
  'meta.keyword': 'cp',
  'meta.string': 'cpf',
  subst: 'si',
  regexp: 'sr',
  symbol: 'ss',
  operator: 'o',
  punctuation: 'p',
  section: 'gh',
  bullet: 'bullet',
  emphasis: 'ge',
  strong: 'gs',
  addition: 'gi',
  deletion: 'gd',
  link: 'nl',
  quote: 'c',
  doctag: 'cs',
  'char.escape': 'se',
  code: 'sb'
}

export function profileFor(lexer: string): LanguageProfile {
  const own = lookup(overrides, lexer) ?? {}
  const scopes = { ...base, ...own.scopes }
  const number = own.number ?? numberClass
  return {
    scope(scope: string, text: string): string | undefined {
      if (scope === 'string') {
        if (lexer === 'shell' && text.startsWith("'")) return 's1'
        if (text.startsWith('`') && own.stringDelimiters) return 's2'
        if (own.string !== undefined) return own.string
        return text.startsWith("'") ? 's1' : text.startsWith('"') ? 's2' : 's'
      }
      if (scope === 'comment') return own.comment ?? (text.startsWith('/*') ? 'cm' : 'c1')
      if (scope === 'number') return scopes.number ?? number(text)
      if (scope === 'params') return undefined
      // Java: a capitalized type is a class name, a primitive a type keyword.
      if (scope === 'type' && own.capitalized !== undefined)
        return /^[A-Z]/.test(text) ? own.capitalized : 'kt'
      return lookup(scopes, scope)
    },
    name: (text) =>
      own.capitalized !== undefined && /^[A-Z]/.test(text) ? own.capitalized : (own.name ?? 'n'),
    punctuation: (text) => (lexer === 'shell' ? shellPunctuation(text) : (own.punctuation ?? 'p')),
    operator: operatorClass(lexer),
    whitespace: own.whitespace ?? '',
    other: '',
    number,
    substBracket: own.substBracket ?? 'si',
    stringDelimiters: own.stringDelimiters ?? false,
    stringPrefix: own.stringPrefix ?? false,
    words: own.words ?? {},
    wordsInPlain: own.wordsInPlain ?? false,
    nameAfter: own.nameAfter ?? {},
    keyColon: own.keyColon ?? false,
    options: lexer === 'shell',
    markup: lexer === 'html' || lexer === 'xml',
    keywordTakesBlanks: own.keywordTakesBlanks ?? false,
    commentTakesNewline: own.commentTakesNewline ?? false,
    newlineAfter: own.newlineAfter ?? [],
    metaKeyword: own.metaKeyword ?? false,
    afterDot: own.afterDot,
    rewrite: own.rewrite
  }
}
