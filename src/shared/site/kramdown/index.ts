import type { Env, Token } from 'markdown-it'
import { sourceLineAttribute } from '../../markdown/blocks'
import { blockElements, type BlockContext } from './block-tree'
import { type Element, element } from './elements'
import { assignHeaderIds } from './header-pass'
import { insertBlankLines } from './blank-lines'
import { indentLazyLines } from './lazy-lines'
import { HtmlConverter } from './html-converter'
import { applyListRules, joinBulletLists } from './list-rules'
import { kramdownOptions, type KramdownOptions } from './options'
import { parseAttributeList } from './attribute-list'
import { kramdownMarkdownIt } from './parser'
import { smartify } from './smartify'

export interface KramdownRenderOptions {
  /**
   * Add `data-source-line="N"` (0-based line of the markdown input) to each top-level block
   * element, for the window's scroll sync; off for the published page.
   */
  sourceLines?: boolean
}

export interface Kramdown {
  /** Markdown -> HTML as kramdown produces it (what Jekyll puts in `content`). */
  render(markdown: string, options?: KramdownRenderOptions): string
  /** Jekyll's `smartify` filter: kramdown's SmartyPants on a string (HTML with entities as Jekyll gives). */
  smartify(text: string): string
}

export type { KramdownOptions } from './options'

interface FootnoteEnv extends Env {
  footnotes?: { list?: { label?: string }[] }
}

/**
 * Markdown rendered as Jekyll 4.3 renders it with kramdown 2.4 and `input: GFM`: markdown-it
 * (with plugins and rules for kramdown's syntax) parses, its tokens become kramdown's element
 * tree, and a port of kramdown's HTML converter writes it. `config` is the site's merged
 * `_config.yml`; Jekyll's kramdown defaults fill the keys it lacks.
 */
export function createKramdown(config: Record<string, unknown>): Kramdown {
  const options = kramdownOptions(config)
  const md = kramdownMarkdownIt(options)
  return {
    render(markdown: string, renderOptions: KramdownRenderOptions = {}): string {
      const env: FootnoteEnv = {}
      const prepared = indentLazyLines(markdown)
      const tokens = md.parse(prepared.text, env)
      const context = documentContext(
        tokens,
        env,
        markdown,
        options.hardWrap,
        (text) => md.parseInline(text, env)[0]?.children ?? []
      )
      const root = element('root')
      context.lazyCodeLines = prepared.lazyCodeLines
      root.children = blockElements(tokens, context)
      joinBulletLists(root, context.lines)
      applyListRules(root.children, context.lines, context.definitions, options.gfm)
      const own = documentOptions(tokens, config) ?? options
      assignHeaderIds(root.children, own)
      insertBlankLines(root, context.lines)
      if (renderOptions.sourceLines === true) markSourceLines(root.children)
      return new HtmlConverter(own).convert(root)
    },
    smartify(text: string): string {
      return smartify(text, options)
    }
  }
}

function documentContext(
  tokens: readonly Token[],
  env: FootnoteEnv,
  markdown: string,
  hardWrap: boolean,
  parseInline: (text: string) => Token[]
): BlockContext {
  const footnoteTokens = new Map<number, Token[]>()
  const cache = new Map<number, Element[]>()
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'footnote_open') continue
    const id = Number((tokens[i].meta as { id: number }).id)
    const body: Token[] = []
    for (i++; i < tokens.length && tokens[i].type !== 'footnote_close'; i++) {
      if (tokens[i].type !== 'footnote_anchor') body.push(tokens[i])
    }
    footnoteTokens.set(id, body)
  }
  const context: BlockContext = {
    definitions: new Map(),
    hardWrap,
    lines: sourceLines(markdown),
    parseInline,
    footnote(id: number): { label: string; content: Element[] } {
      const label = env.footnotes?.list?.[id]?.label ?? String(id + 1)
      let content = cache.get(id)
      if (content === undefined) {
        content = []
        cache.set(id, content)
        content.push(...blockElements(footnoteTokens.get(id) ?? [], context))
        applyListRules(content, context.lines, context.definitions)
      }
      return { label, content }
    }
  }
  return context
}

/**
 * `{::options key="value" /}` in the document: kramdown sets the options for the rest of the
 * parse and for the whole conversion. Those the converter reads (ids, TOC levels, footnotes,
 * header offset, math, highlighting) apply to the whole page here; parsing ones (smart quotes,
 * `parse_block_html`) do not.
 */
function documentOptions(
  tokens: readonly Token[],
  config: Record<string, unknown>
): KramdownOptions | null {
  const own: Record<string, string> = {}
  for (const token of tokens.flatMap((t) => [t, ...(t.children ?? [])])) {
    if (token.type !== 'kd_options') continue
    const list = parseAttributeList((token.meta as { options: string }).options)
    for (const [key, value] of list.attr) own[key] = value
  }
  if (Object.keys(own).length === 0) return null
  const site =
    config.kramdown !== null && typeof config.kramdown === 'object' ? config.kramdown : {}
  return kramdownOptions({ ...config, kramdown: { ...site, ...own } })
}

/** The source's lines, without the empty "line" after a final newline. */
function sourceLines(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** Elements that write one tag kramdown's layout keeps at the top level. */
const taggedBlocks = new Set([
  'p',
  'header',
  'codeblock',
  'blockquote',
  'hr',
  'ul',
  'ol',
  'dl',
  'table',
  'html_element'
])

function markSourceLines(elements: readonly Element[]): void {
  for (const el of elements) {
    if (!taggedBlocks.has(el.type) || el.options.line === undefined) continue
    if (el.type === 'p' && el.options.transparent) continue
    el.attr.set(sourceLineAttribute, String(el.options.line))
  }
}
