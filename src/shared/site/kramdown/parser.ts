import markdownIt from 'markdown-it'
import type { MarkdownIt } from 'markdown-it'
import abbr from 'markdown-it-abbr'
import deflist from 'markdown-it-deflist'
import footnote from 'markdown-it-footnote'
import { kramdownBlockRules } from './block-rules'
import { kramdownBlockGates } from './kramdown-gates'
import { kramdownTables } from './table-rule'
import { kramdownInlineRules } from './inline-rules'
import { flattenNestedEmphasis, kramdownEmphasis } from './emphasis-flanking'
import { kramdownCodeSpans } from './codespan-rules'
import { kramdownFootnoteLabels } from './footnote-labels'
import { kramdownLinkDefinitions } from './link-definitions'
import type { KramdownOptions } from './options'
import { typographyRule } from './typography'
import { headerIdRule } from './header-id-rule'
import { kramdownFence } from './kramdown-gates'

/**
 * The markdown-it that reads Markdown as kramdown's GFM parser does: raw HTML on, bare URLs left
 * as text (kramdown links only `<…>` autolinks), no typographer of its own (./typography does
 * kramdown's), URLs kept as written (kramdown does not percent-encode them), and plugins for
 * footnotes, definition lists, abbreviations and kramdown's own syntax.
 */
export function kramdownMarkdownIt(options: KramdownOptions): MarkdownIt {
  const md = markdownIt({
    html: true,
    linkify: false,
    typographer: false,
    breaks: options.hardWrap
  })
  md.normalizeLink = (url: string): string => url
  md.normalizeLinkText = (url: string): string => url
  // kramdown writes any URL it is given (the site preview's sanitizer and sandbox deal with them).
  md.validateLink = (): boolean => true
  md.use(footnote)
  kramdownFootnoteLabels(md)
  kramdownLinkDefinitions(md)
  md.use(deflist)
  md.use(abbr)
  kramdownBlockRules(md)
  kramdownBlockGates(md)
  kramdownTables(md)
  kramdownInlineRules(md, options.autoTypographic)
  kramdownEmphasis(md)
  kramdownCodeSpans(md)
  md.core.ruler.after('block', 'kd_header_id', headerIdRule)
  // kramdown's own parser (`input: kramdown`) has no ~~strikethrough~~ and no ``` fences.
  if (!options.gfm) {
    md.disable('strikethrough')
    md.block.ruler.at('fence', kramdownFence(md))
  }
  md.core.ruler.before('text_join', 'kd_flat_emphasis', flattenNestedEmphasis)
  md.core.ruler.before('text_join', 'kd_typography', typographyRule(options))
  return md
}
