import { rougeLexerTag } from './lexer-names'
import { rougeTokens, type RougeToken } from './tokens'

/**
 * Rouge's formatters as kramdown and Jekyll's highlight tag use them: HTML (one span per token,
 * its short class; plain text bare), HTMLTable (the line-number gutter) and HTMLPygments (the
 * `div.highlight > pre.highlight > code` wrapper).
 */

/**
 * `Rouge::Lexer.find_fancy`: a name with `?options` drops them, `guess` guesses (we only tell
 * plain text, which is Rouge's answer when its guessers disagree or find nothing).
 */
export function rougeLexerFor(name: string | null, _code: string): string | null {
  if (name === null || name === 'guess') return 'plaintext'
  const bare = name.includes('?') ? name.slice(0, name.indexOf('?')) : name
  if (bare === 'guess' || bare === '') return 'plaintext'
  return rougeLexerTag(bare)
}

/** Rouge escapes only `&`, `<` and `>` (quotes stay as written). */
export function rougeEscape(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
}

/** Rouge::Formatters::HTML. */
export function formatTokens(tokens: readonly RougeToken[]): string {
  let out = ''
  for (const [cls, text] of tokens) {
    const safe = rougeEscape(text)
    out += cls === '' ? safe : `<span class="${cls}">${safe}</span>`
  }
  return out
}

export interface TableClasses {
  startLine: number
  tableClass: string
  gutterClass: string
  codeClass: string
}

/** Rouge::Formatters::HTMLTable: numbers in a gutter cell, the code in the next. */
export function formatTable(tokens: readonly RougeToken[], classes: TableClasses): string {
  let lines = 0
  for (const [, text] of tokens) lines += text.split('\n').length - 1
  let formatted = formatTokens(tokens)
  const last = tokens[tokens.length - 1]
  if (last === undefined || !last[1].endsWith('\n')) {
    lines += 1
    formatted += '\n'
  }
  const numbers: string[] = []
  for (let i = classes.startLine; i <= classes.startLine + lines - 1; i++) numbers.push(String(i))
  return (
    `<table class="${classes.tableClass}"><tbody><tr>` +
    `<td class="${classes.gutterClass} gl"><pre class="lineno">${numbers.join('\n')}\n</pre></td>` +
    `<td class="${classes.codeClass}"><pre>${formatted}</pre></td>` +
    '</tr></tbody></table>'
  )
}

export interface BlockFormat {
  lineNumbers: boolean
  startLine: number
  wrap: boolean
  /** HTMLPygments' css class, on the `<pre>` (kramdown's default `highlight`). */
  cssClass?: string
}

/** Rouge::Formatters::HTMLLegacy with kramdown's options (css_class `highlight`). */
export function rougeBlock(code: string, lexer: string, format: BlockFormat): string {
  const tokens = rougeTokens(code, lexer)
  const inner = format.lineNumbers
    ? formatTable(tokens, {
        startLine: format.startLine,
        tableClass: 'rouge-table',
        gutterClass: 'rouge-gutter',
        codeClass: 'rouge-code'
      })
    : formatTokens(tokens)
  const cls = format.cssClass ?? 'highlight'
  return format.wrap
    ? `<div class="highlight"><pre class="${cls}"><code>${inner}</code></pre></div>`
    : inner
}

/** A code span: kramdown turns the wrapper off. */
export function rougeSpan(code: string, lexer: string): string {
  return formatTokens(rougeTokens(code, lexer))
}
