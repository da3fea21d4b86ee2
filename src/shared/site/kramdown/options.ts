/**
 * kramdown's options as Jekyll 4.3 sets them: Jekyll's `kramdown:` defaults (configuration.rb)
 * merged under the site's own keys, then the adjustments of Jekyll's KramdownParser#setup
 * (syntax highlighter from `highlighter`, `default_lang: plaintext`, `guess_lang`).
 */
export interface HighlighterOptions {
  defaultLang: string | null
  guessLang: boolean
  disable: boolean
  lineNumbers: boolean
  startLine: number
  wrap: boolean
  /** Rouge's `css_class`: the class of the `<pre>` in the wrapper. */
  cssClass: string
}

export interface KramdownOptions {
  /** `input: GFM` (Jekyll's default); false for kramdown's own parser (`input: kramdown`). */
  gfm: boolean
  autoIds: boolean
  autoIdPrefix: string
  toc: Set<number>
  smartQuotes: [string, string, string, string]
  typographicSymbols: Map<string, string>
  autoTypographic: boolean
  hardWrap: boolean
  footnoteNr: number
  footnoteBacklink: string
  footnoteBacklinkInline: boolean
  footnotePrefix: string
  headerOffset: number
  /** `rouge` or null when code is not highlighted (a highlighter we cannot imitate). */
  syntaxHighlighter: string | null
  block: HighlighterOptions
  span: HighlighterOptions
  mathEngine: string | null
  removeLineBreaksForCjk: boolean
  parseBlockHtml: boolean
}

type ConfigMap = Record<string, unknown>

function map(value: unknown): ConfigMap {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as ConfigMap)
    : {}
}

function bool(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value
  if (value === 'true') return true
  if (value === 'false') return false
  return fallback
}

function int(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10)
  return Number.isFinite(n) ? Math.trunc(n) : fallback
}

function str(value: unknown, fallback: string): string {
  return value === undefined || value === null ? fallback : String(value)
}

/** `toc_levels` as kramdown accepts it: `1..3`, `1,2,3` or an array. */
function tocLevels(value: unknown): Set<number> {
  if (Array.isArray(value)) return new Set(value.map((v) => int(v, 0)))
  if (typeof value === 'string') {
    const range = /^(\d)\.\.(\d)$/.exec(value)
    if (range) {
      const levels = new Set<number>()
      for (let i = Number(range[1]); i <= Number(range[2]); i++) levels.add(i)
      return levels
    }
    return new Set(value.split(/,\s*/).map((v) => int(v, 0)))
  }
  return new Set([1, 2, 3, 4, 5, 6])
}

function smartQuotes(value: unknown): [string, string, string, string] {
  const parts = Array.isArray(value) ? value.map(String) : str(value, '').split(/\s*,\s*/)
  if (parts.length !== 4) return ['lsquo', 'rsquo', 'ldquo', 'rdquo']
  return [parts[0], parts[1], parts[2], parts[3]]
}

/** kramdown's symbol keys for `typographic_symbols` (`hellip: "..."`). */
function typographicSymbols(value: unknown): Map<string, string> {
  return new Map(Object.entries(map(value)).map(([k, v]) => [k, String(v)]))
}

function highlighter(opts: ConfigMap, own: ConfigMap, wrap: boolean): HighlighterOptions {
  const merged = { ...opts, ...own }
  const defaultLang = merged.default_lang
  return {
    defaultLang: defaultLang === undefined || defaultLang === null ? null : String(defaultLang),
    guessLang: bool(merged.guess_lang, false),
    disable: bool(merged.disable, false),
    lineNumbers: bool(merged.line_numbers, false) || merged.line_numbers === 'table',
    startLine: int(merged.start_line, 1),
    wrap,
    cssClass: str(merged.css_class, 'highlight')
  }
}

export function kramdownOptions(config: ConfigMap): KramdownOptions {
  const k = map(config.kramdown)
  const gfmQuirks = Array.isArray(k.gfm_quirks)
    ? k.gfm_quirks.map(String)
    : str(k.gfm_quirks, 'paragraph_end').split(/\s*,\s*/)
  // KramdownParser#highlighter: kramdown.syntax_highlighter, enable_coderay, then `highlighter`.
  const named =
    k.syntax_highlighter ??
    (bool(k.enable_coderay, false) ? 'coderay' : (config.highlighter ?? 'rouge'))
  const syntaxHighlighter = named === 'rouge' ? 'rouge' : null
  const opts = { ...map(k.syntax_highlighter_opts) }
  opts.default_lang ??= 'plaintext'
  // Jekyll copies `kramdown.guess_lang` (true by default) over whatever the opts said.
  opts.guess_lang = k.guess_lang ?? true
  const mathEngine =
    k.math_engine === undefined ? 'mathjax' : k.math_engine === null ? null : String(k.math_engine)
  return {
    gfm: str(k.input, 'GFM').toLowerCase() !== 'kramdown',
    autoIds: bool(k.auto_ids, true),
    autoIdPrefix: str(k.auto_id_prefix, ''),
    toc: tocLevels(k.toc_levels),
    smartQuotes: smartQuotes(k.smart_quotes ?? 'lsquo,rsquo,ldquo,rdquo'),
    typographicSymbols: typographicSymbols(k.typographic_symbols),
    autoTypographic: !gfmQuirks.includes('no_auto_typographic'),
    hardWrap: bool(k.hard_wrap, false),
    footnoteNr: int(k.footnote_nr, 1),
    footnoteBacklink: str(k.footnote_backlink, '&#8617;'),
    footnoteBacklinkInline: bool(k.footnote_backlink_inline, false),
    footnotePrefix: str(k.footnote_prefix, ''),
    headerOffset: int(k.header_offset, 0),
    syntaxHighlighter,
    block: highlighter(opts, map(opts.block), true),
    span: highlighter(opts, map(opts.span), false),
    mathEngine: mathEngine === 'mathjax' ? 'mathjax' : null,
    removeLineBreaksForCjk: bool(k.remove_line_breaks_for_cjk, false),
    parseBlockHtml: bool(k.parse_block_html, false)
  }
}
