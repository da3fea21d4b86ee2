/**
 * How each language's Rouge lexer names things, for the mapping from highlight.js scopes. Rouge's
 * lexers differ (JavaScript's names are `nx`, Python's `n`, the shell's plain text; Python's and
 * Java's declarations are `k`/`kd`…): a base table, with each language's own choices on top.
 */
export interface LanguageProfile {
  /** Rouge class of an hljs scope, undefined to look at the enclosing scope. */
  scope(scope: string, text: string): string | undefined
  name: string
  punctuation: string
  operator: string
  whitespace: string
  other: string
  number(text: string): string
  /** Strings split into `dl` quotes and an `s2`/`s1` body (JavaScript). */
  stringDelimiters: boolean
  commentTakesNewline: boolean
}

function numberClass(text: string): string {
  if (/^0[xX]/.test(text)) return 'mh'
  return /[.eE]/.test(text) ? 'mf' : 'mi'
}

const base: Record<string, string> = {
  keyword: 'k',
  'keyword.declaration': 'kd',
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

interface Overrides {
  scopes?: Record<string, string>
  name?: string
  punctuation?: string
  whitespace?: string
  /** String class: fixed, or by the opening quote (`"` s2, `'` s1). */
  string?: string
  comment?: string
  number?: (text: string) => string
  stringDelimiters?: boolean
  commentTakesNewline?: boolean
}

const overrides: Record<string, Overrides> = {
  javascript: {
    name: 'nx',
    stringDelimiters: true,
    scopes: {
      'title.function': 'nx',
      attr: 'na',
      literal: 'kc',
      'variable.language': 'k',
      'title.class': 'nc'
    }
  },
  typescript: {
    name: 'nx',
    stringDelimiters: true,
    scopes: { 'title.function': 'nx', 'variable.language': 'k' }
  },
  python: {
    string: 's',
    commentTakesNewline: true,
    scopes: { literal: 'bp', keyword: 'k', meta: 'nd' }
  },
  ruby: { scopes: { 'variable.language': 'nb' } },
  shell: { name: '', punctuation: '', string: 's2', comment: 'c', scopes: { attr: 'nt' } },
  console: { name: '', punctuation: '' },
  yaml: {
    name: 's',
    punctuation: 'pi',
    string: 's',
    number: () => 'm',
    scopes: { attr: 'na', bullet: 'pi', literal: 'kc' }
  },
  json: { whitespace: 'w', string: 's2', scopes: { attr: 'nl', literal: 'kc' } },
  css: { name: '', number: () => 'm', scopes: { attribute: 'nl', number: 'm' } },
  scss: { name: '', number: () => 'm', scopes: { attribute: 'nl', number: 'm' } },
  html: {
    name: '',
    punctuation: '',
    string: 's',
    comment: 'c',
    scopes: { tag: 'nt', name: 'nt', attr: 'na' }
  },
  xml: {
    name: '',
    punctuation: '',
    string: 's',
    comment: 'c',
    scopes: { tag: 'nt', name: 'nt', attr: 'na' }
  },
  sql: { scopes: { built_in: 'k', type: 'k' } },
  go: { string: 's' },
  java: { punctuation: 'o', scopes: { keyword: 'kd' } },
  markdown: { name: '', punctuation: '' },
  plaintext: { name: '', punctuation: '' },
  diff: { name: '', punctuation: '' }
}

export function profileFor(lexer: string): LanguageProfile {
  const own = overrides[lexer] ?? {}
  const scopes = { ...base, ...own.scopes }
  return {
    scope(scope: string, text: string): string | undefined {
      if (scope === 'string') {
        if (own.string !== undefined) return own.string
        return text.startsWith("'") ? 's1' : text.startsWith('"') ? 's2' : 's'
      }
      if (scope === 'comment') return own.comment ?? (text.startsWith('/*') ? 'cm' : 'c1')
      if (scope === 'number') return scopes.number ?? (own.number ?? numberClass)(text)
      if (scope === 'params') return undefined
      return scopes[scope]
    },
    name: own.name ?? 'n',
    punctuation: own.punctuation ?? 'p',
    operator: 'o',
    whitespace: own.whitespace ?? '',
    other: '',
    number: own.number ?? numberClass,
    stringDelimiters: own.stringDelimiters ?? false,
    commentTakesNewline: own.commentTakesNewline ?? false
  }
}
