import { formatTable, formatTokens, rougeBlock, rougeLexerFor } from './rouge-html'
import { rougeTokens } from './tokens'

export { rougeLexerFor } from './rouge-html'

/**
 * Rouge's HTML for a block as kramdown emits it for a fenced code block:
 * `<div class="language-x highlighter-rouge"><div class="highlight"><pre class="highlight"><code>…`,
 * with Rouge's gutter table inside `<code>` when `lineNumbers`. A language Rouge does not know
 * gives kramdown's unhighlighted `<pre><code class="language-x">`.
 */
export function highlightBlock(
  code: string,
  language: string,
  options: { lineNumbers?: boolean; lineNumberStart?: number } = {}
): string {
  const lang = language === '' ? 'plaintext' : language
  const lexer = rougeLexerFor(lang, code)
  const bare = lang.split('?')[0]
  if (lexer === null) {
    const escaped = code.replace(/[&<>]/g, (c) =>
      c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'
    )
    return `<pre><code class="language-${bare}">${escaped.replace(/\n$/, '')}\n</code></pre>\n`
  }
  const inner = rougeBlock(code, lexer, {
    lineNumbers: options.lineNumbers ?? false,
    startLine: options.lineNumberStart ?? 1,
    wrap: true
  })
  return `<div class="language-${bare} highlighter-rouge">${inner}</div>\n`
}

/** Jekyll strips line terminators around the tag's body (LEADING_OR_TRAILING_LINE_TERMINATORS). */
const outerLineTerminators = /^(?:\r\n|\r|\n)+|(?:\r\n|\r|\n)+$/g

/**
 * The `{% highlight lang [linenos] %}` tag as Jekyll 4.3 renders it with Rouge:
 * `<figure class="highlight"><pre><code class="language-x" data-lang="x">…</code></pre></figure>`,
 * the code in Rouge's gutter table (classes `gutter`, `code`) with `linenos`. Jekyll 4.3 has no
 * `mark_lines` (4.4 added it), so `markLines` is accepted and ignored as 4.3 ignores it.
 */
export function highlightTag(
  code: string,
  language: string,
  options: { linenos?: boolean | 'table' | 'inline'; markLines?: number[] } = {}
): string {
  const body = code.replace(outerLineTerminators, '')
  // Lexer.find_fancy(lang) || PlainText.
  const lexer = rougeLexerFor(language, body) ?? 'plaintext'
  const tokens = rougeTokens(body, lexer)
  const linenos = options.linenos !== undefined && options.linenos !== false
  const output = linenos
    ? formatTable(tokens, {
        startLine: 1,
        tableClass: 'rouge-table',
        gutterClass: 'gutter',
        codeClass: 'code'
      })
    : formatTokens(tokens)
  const attrs = `class="language-${language.replace(/\+/g, '-')}" data-lang="${language}"`
  return `<figure class="highlight"><pre><code ${attrs}>${output.replace(/(?:\r\n|\r|\n)$/, '')}</code></pre></figure>`
}
