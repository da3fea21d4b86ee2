import type { MarkdownIt, Token } from 'markdown-it'
import { openElementBalance } from './html-balance'
import type { PreviewEnv } from './markdown'

/** One top-level block of the rendered body (a paragraph, a list, a table, a code block…). */
export interface RenderedBlock {
  /**
   * The block's HTML, not yet sanitized. Its `data-source-line` values count from the block's
   * first line, so a block that only moved (lines added above it) renders to the same string and
   * the window keeps its nodes.
   */
  html: string
  /** 0-based line where the block starts (of the whole source, once the post is assembled). */
  line: number
  /** The block holds raw HTML from the writer, which may not be well formed. */
  raw: boolean
}

export const sourceLineAttribute = 'data-source-line'

/** Raw HTML opening an element is rendered with the blocks up to its close, at most this many. */
const maxMergedBlocks = 64

export interface RenderedSection {
  /** The section's blocks; their `line` counts from the section's first line. */
  blocks: RenderedBlock[]
  /**
   * The section ends inside something the next section would continue: a fence or raw HTML
   * block (`<pre>`, `<!--`…) that runs to its end, or an HTML wrapper (`<details>`) left open.
   */
  leavesOpen: boolean
}

/** Parses a piece of Markdown and renders it block by block. */
export function renderSection(md: MarkdownIt, text: string, env: PreviewEnv): RenderedSection {
  const tokens = md.parse(text, env)
  const blocks: RenderedBlock[] = []
  let previousEnd = 0
  let htmlBalance = 0
  let lastTopLevel: Token | undefined
  for (const group of mergeOpenHtml(topLevelGroups(tokens))) {
    const first = group.find((token) => token.map !== null)?.map
    const start = first ? first[0] : previousEnd
    let raw = false
    for (const token of group) {
      if (token.map && token.block && token.nesting !== -1) {
        token.attrSet(sourceLineAttribute, String(token.map[0] - start))
      }
      if (token.map) previousEnd = Math.max(previousEnd, token.map[1])
      if (token.level === 0 && token.map) lastTopLevel = token
      if (token.type === 'html_block' && token.level === 0) {
        htmlBalance = Math.max(0, htmlBalance + openElementBalance(token.content))
      }
      raw ||= token.type === 'html_block' || hasInlineHtml(token)
    }
    blocks.push({ html: md.renderer.render(group, md.options, env), line: start, raw })
  }
  return { blocks, leavesOpen: htmlBalance > 0 || runsToEnd(lastTopLevel, text) }
}

/** A closed fence or `<pre>` ends before the blank line that ends a section; an open one not. */
function runsToEnd(token: Token | undefined, text: string): boolean {
  if (!token?.map || (token.type !== 'fence' && token.type !== 'html_block')) return false
  return token.map[1] >= lineCount(text)
}

function lineCount(text: string): number {
  let lines = text.endsWith('\n') ? 0 : 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++
  return lines
}

function hasInlineHtml(token: Token): boolean {
  return token.children?.some((child) => child.type === 'html_inline') ?? false
}

/** Splits the token stream at level 0: each group is one top-level block with its children. */
export function topLevelGroups(tokens: Token[]): Token[][] {
  const groups: Token[][] = []
  let start = 0
  let depth = 0
  for (let i = 0; i < tokens.length; i++) {
    depth += tokens[i].nesting
    if (depth === 0) {
      groups.push(tokens.slice(start, i + 1))
      start = i + 1
    }
  }
  if (start < tokens.length) groups.push(tokens.slice(start))
  return groups
}

/** Joins a raw HTML block that leaves elements open with the groups up to where they close. */
function mergeOpenHtml(groups: Token[][]): Token[][] {
  const merged: Token[][] = []
  for (let i = 0; i < groups.length; i++) {
    let balance = groupBalance(groups[i])
    if (balance <= 0) {
      merged.push(groups[i])
      continue
    }
    const joined = [...groups[i]]
    const last = Math.min(groups.length - 1, i + maxMergedBlocks)
    while (balance > 0 && i < last) {
      i++
      joined.push(...groups[i])
      balance += groupBalance(groups[i])
    }
    merged.push(joined)
  }
  return merged
}

function groupBalance(group: Token[]): number {
  return group.length === 1 && group[0].type === 'html_block'
    ? openElementBalance(group[0].content)
    : 0
}
