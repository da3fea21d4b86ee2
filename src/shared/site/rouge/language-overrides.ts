import { goTokens } from './go-rules'
import { jsRegexTokens } from './js-regex'
import type { LanguageProfile } from './profiles'
import type { RougeToken } from './tokens'
import { rustTokens } from './rust-rules'
import { shellWords } from './shell-words'
import { tsTokens } from './ts-rules'
import { sqlTokens } from './sql-rules'

/**
 * Each Rouge lexer's own choices, on top of the base mapping in ./profiles: its names' class,
 * its strings, its keyword lists. Measured against Rouge 3.30 on sample code of each language
 * (tests/fixtures/kramdown/code-languages.md) and on README code blocks.
 */
export type Overrides = Partial<Omit<LanguageProfile, 'scope' | 'name' | 'punctuation'>> & {
  /** Class of a capitalized name (Java's classes `nc`). */
  capitalized?: string
  scopes?: Record<string, string>
  name?: string
  punctuation?: string
  /** String class: fixed, or by the opening quote (`"` s2, `'` s1). */
  string?: string
  comment?: string
}

const jsDeclarations = {
  const: 'kd',
  let: 'kd',
  var: 'kd',
  function: 'kd',
  class: 'kd',
  extends: 'kd',
  constructor: 'kd'
}
/** Rouge's JavaScript lexer: names `nx`, builtins `nb`, declarations `kd`, `this` a keyword. */
const jsWords: Record<string, string> = {
  ...jsDeclarations,
  get: 'kd',
  set: 'kd',
  async: 'k',
  this: 'k',
  super: 'k',
  console: 'nx',
  module: 'nx',
  prototype: 'nx',
  Infinity: 'kc',
  NaN: 'kc',
  ...Object.fromEntries(
    'Array Boolean Date Error Function Number Object RegExp String Symbol Promise Map Set WeakMap Uint8Array'
      .split(' ')
      .map((w) => [w, 'nb'])
  )
}

const jsProfile: Overrides = {
  name: 'nx',
  rewrite: jsRegexTokens,
  stringDelimiters: true,
  substBracket: 'p',
  wordsInPlain: true,
  scopes: {
    'title.function': 'nx',
    'title.class': 'nx',
    'title.class.inherited': 'nx',
    property: 'nx',
    'variable.language': 'nx',
    built_in: 'nx',
    attr: 'na'
  }
}

/** Rouge's C lexers: preprocessor lines `cp`, the included file `cpf`, library calls plain names. */
const cFamily: Overrides = {
  string: 's',
  scopes: { built_in: 'n', 'meta.string': 'cpf', 'meta.keyword': 'cp' },
  metaKeyword: true
}

/** Rouge's CSS lexer marks the common keyword values (`auto`, `none`, `bold`…) as builtins. */
const cssProfile: Overrides = {
  name: '',
  number: () => 'm',
  wordsInPlain: true,
  words: Object.fromEntries(
    `auto none inherit initial unset block inline inline-block flex grid bold normal italic center left
    right top bottom middle underline solid dashed dotted hidden visible absolute relative fixed
    sticky static pointer transparent collapse nowrap wrap uppercase lowercase capitalize cover
    contain repeat no-repeat both`
      .split(/\s+/)
      .map((w) => [w, 'nb'])
  ),
  scopes: { attribute: 'nl', number: 'm' }
}

/** Rouge's Python lexer: its exception names are builtins (`nb`). */
const pythonExceptions = Object.fromEntries(
  `ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError
  BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError
  ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError EnvironmentError
  Exception FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit
  IOError ImportError ImportWarning IndentationError IndexError InterruptedError
  IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError
  NameError NotADirectoryError NotImplemented NotImplementedError OSError OverflowError
  OverflowWarning PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError
  ResourceWarning RuntimeError RuntimeWarning StandardError StopAsyncIteration StopIteration
  SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError
  UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
  UnicodeWarning UserWarning ValueError VMSError Warning WindowsError ZeroDivisionError`
    .split(/\s+/)
    .map((w) => [w, 'nb'])
)

/**
 * Rouge's Python lexer: `from` is a namespace keyword only opening a line (`from a import b`);
 * `raise E from exc` is a plain keyword and a plain name.
 */
function pythonFrom(tokens: RougeToken[]): RougeToken[] {
  let lineStart = true
  let demote = false
  return tokens.map(([cls, text]): RougeToken => {
    const start = lineStart
    if (text.includes('\n')) lineStart = true
    else if (!/^\s+$/.test(text)) lineStart = false
    if (cls === 'kn' && text === 'from' && !start) {
      demote = true
      return ['k', text]
    }
    if (demote && cls === 'nn') return ['n', text]
    if (!/^\s+$/.test(text)) demote = false
    return [cls, text]
  })
}

const json = { true: 'kc', false: 'kc', null: 'kc' }

export const overrides: Record<string, Overrides> = {
  javascript: { ...jsProfile, words: jsWords },
  typescript: {
    ...jsProfile,
    rewrite: tsTokens,
    // Rouge's TypeScript lists (typescript/common.rb on top of JavaScript's).
    words: {
      ...jsWords,
      interface: 'kr',
      type: 'kd',
      abstract: 'kd',
      enum: 'kr',
      string: 'kr',
      number: 'kr',
      any: 'kr',
      void: 'k',
      keyof: 'kr',
      declare: 'kr',
      namespace: 'k',
      readonly: 'k',
      implements: 'k',
      private: 'k',
      protected: 'k',
      public: 'k',
      static: 'k',
      is: 'k',
      undefined: 'kc',
      Pick: 'nb',
      Partial: 'nb',
      Readonly: 'nb',
      Record: 'nb'
    }
  },
  python: {
    rewrite: pythonFrom,
    string: 's',
    stringPrefix: true,
    commentTakesNewline: true,
    words: {
      ...pythonExceptions,
      import: 'kn',
      from: 'kn',
      as: 'k',
      in: 'ow',
      and: 'ow',
      or: 'ow',
      not: 'ow',
      is: 'ow',
      self: 'bp',
      print: 'k',
      True: 'kc',
      False: 'kc',
      None: 'kc'
    },
    wordsInPlain: true,
    nameAfter: { import: 'nn', from: 'nn' },
    scopes: { meta: 'n' }
  },
  ruby: {
    words: { require: 'nb', puts: 'nb', nil: 'kp', true: 'kp', false: 'kp', name: 'nb' },
    wordsInPlain: true,
    nameAfter: { module: 'nn' },
    scopes: { 'variable.language': 'nb', variable: 'vi' }
  },
  shell: {
    name: '',
    string: 's2',
    comment: 'c',
    number: () => '',
    keywordTakesBlanks: true,
    words: shellWords,
    wordsInPlain: true,
    // Rouge's own keyword and builtin lists decide (./shell-words), not highlight.js's.
    scopes: { meta: 'c', operator: 'o', keyword: '', built_in: '' }
  },
  console: { name: '', punctuation: '' },
  yaml: {
    name: 's',
    punctuation: 'pi',
    string: 's',
    number: () => 'm',
    keyColon: true,
    scopes: { attr: 'na', bullet: 'pi', literal: 'kc' }
  },
  json: { whitespace: 'w', string: 's2', words: json, scopes: { attr: 'nl', literal: 'kc' } },
  css: cssProfile,
  scss: cssProfile,
  html: {
    name: '',
    punctuation: '',
    string: 's',
    comment: 'c',
    scopes: { tag: 'nt', name: 'nt', attr: 'na', meta: 'cp', keyword: 'cp' }
  },
  xml: {
    name: '',
    punctuation: '',
    string: 's',
    comment: 'c',
    scopes: { tag: 'nt', name: 'nt', attr: 'na' }
  },
  sql: { rewrite: sqlTokens, scopes: { built_in: 'k', type: 'k' } },
  go: {
    rewrite: goTokens,
    string: 's',
    comment: 'c',
    number: () => 'm',
    scopes: { 'title.function': 'n', operator: 'o' }
  },
  java: {
    punctuation: 'o',
    string: 's',
    name: 'n',
    capitalized: 'nc',
    afterDot: 'na',
    words: Object.fromEntries([
      ...'public private protected static final class interface enum extends implements abstract synchronized volatile transient native'
        .split(' ')
        .map((w) => [w, 'kd']),
      ['import', 'kn'],
      ['package', 'kn']
    ]),
    nameAfter: { import: 'nn', package: 'nn' },
    scopes: { keyword: 'k', 'title.class': 'nc', variable: 'n' }
  },
  markdown: { name: '', punctuation: '' },
  diff: { name: '', punctuation: '', newlineAfter: ['gd', 'gi'], scopes: { meta: 'p' } },
  rust: {
    string: 's',
    rewrite: rustTokens,
    scopes: { meta: 'nd', symbol: 'nv', variable: 'n', punctuation: 'p' }
  },
  c: cFamily,
  cpp: cFamily,
  r: { whitespace: 'w', number: () => 'm' },
  ini: {
    name: 's',
    string: 's',
    comment: 'c',
    number: () => 's',
    newlineAfter: ['c'],
    scopes: { section: 'nn', attr: 'py', punctuation: 'p', operator: 'p' }
  }
}
