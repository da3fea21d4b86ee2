import type { Token } from 'markdown-it'
import { type Alignment, type Element, element } from './elements'
import {
  applyAttributeList,
  type AttributeList,
  type Definitions,
  parseAttributeList
} from './attribute-list'
import { attrString, type InlineContext, inlineElements } from './inline-tree'
import { htmlBlockElement } from './html-block'

/** What the block walk needs besides the tokens. */
export interface BlockContext extends InlineContext {
  /** The source's lines, to see blank lines kramdown's list rules depend on. */
  lines: readonly string[]
  /** Source lines kramdown joins to the indented code block above (see ./lazy-lines). */
  lazyCodeLines?: Set<number>
  /** Parses inline markdown (an HTML block kramdown treats as a paragraph). */
  parseInline(text: string): Token[]
}

/**
 * markdown-it's block tokens as kramdown's block elements. Attribute lists on their own line go
 * to the block just above (no blank line between) or else to the next block, as kramdown applies
 * them.
 */
export function blockElements(tokens: readonly Token[], context: BlockContext): Element[] {
  const root = element('root')
  const stack: Element[] = [root]
  let pending: AttributeList[] = []
  let lastBlock: { el: Element; end: number } | null = null
  const top = (): Element => stack[stack.length - 1]

  // Where each open block ends: closing tokens carry no line map.
  const ends = new WeakMap<Element, number>()
  const attach = (el: Element, token: Token): void => {
    el.options.line = token.map?.[0]
    el.options.end = contentEnd(token, context.lines)
    ends.set(el, el.options.end ?? 0)
    for (const list of pending) applyList(el, list, context.definitions)
    pending = []
    top().children.push(el)
    lastBlock = { el, end: el.options.end ?? 0 }
  }
  const open = (el: Element, token: Token): void => {
    attach(el, token)
    stack.push(el)
  }
  const close = (): void => {
    const el = stack.pop()
    if (el) lastBlock = { el, end: ends.get(el) ?? 0 }
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    switch (token.type) {
      case 'paragraph_open':
        open(element('p'), token)
        break
      case 'heading_open': {
        // kramdown's ATX header needs text after the hashes; `##` alone stays a paragraph.
        const inline = tokens[i + 1]
        if (token.markup.startsWith('#') && inline?.content.trim() === '') {
          const p = element('p')
          p.children.push(element('text', (context.lines[token.map?.[0] ?? 0] ?? '').trim()))
          attach(p, token)
          i += 2
          break
        }
        const header = element('header', '', new Map(), { level: Number(token.tag.slice(1)) })
        const id = attrString(token, 'id')
        if (id !== null) header.attr.set('id', id)
        open(header, token)
        break
      }
      case 'bullet_list_open':
        open(element('ul'), token)
        break
      case 'ordered_list_open':
        open(element('ol'), token)
        break
      case 'list_item_open':
      case 'blockquote_open':
      case 'dl_open':
      case 'dt_open':
      case 'dd_open':
      case 'thead_open':
      case 'tbody_open':
      case 'tr_open': {
        const type = token.type.slice(0, -5) as
          'blockquote' | 'dl' | 'dt' | 'dd' | 'thead' | 'tbody' | 'tr'
        open(element(token.type === 'list_item_open' ? 'li' : type), token)
        break
      }
      case 'table_open':
        open(
          element('table', '', new Map(), {
            alignment: (token.meta as { alignment: Alignment[] }).alignment
          }),
          token
        )
        break
      case 'td_open':
        open(element('td'), token)
        break
      case 'tfoot_open':
        open(element('tfoot'), token)
        break
      case 'paragraph_close':
      case 'heading_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
      case 'dl_close':
      case 'dt_close':
      case 'dd_close':
      case 'table_close':
      case 'thead_close':
      case 'tbody_close':
      case 'tr_close':
      case 'tfoot_close':
      case 'td_close':
      case 'kd_html_close':
        close()
        break
      case 'inline':
        top().children.push(...inlineElements(token.children ?? [], context))
        break
      case 'hr':
        attach(element('hr'), token)
        break
      case 'code_block':
        attach(element('codeblock', joinLazyLines(token, context.lazyCodeLines)), token)
        break
      case 'fence': {
        const el = element('codeblock', token.content)
        const info = /^(\S+?)(?:\?\S*)?$/.exec(token.info.trim().split(/\s+/)[0] ?? '')
        if (info && token.info.trim() !== '') {
          el.options.lang = token.info.trim().split(/\s+/)[0]
          el.attr.set('class', `language-${info[1]}`)
        }
        attach(el, token)
        break
      }
      case 'html_block':
        attach(htmlBlockElement(token.content, context), token)
        break
      case 'kd_html_open':
        open(htmlBlockElement(token.markup, context, token), token)
        break
      case 'kd_math_block':
        attach(element('math', token.content, new Map(), { category: 'block' }), token)
        break
      case 'kd_comment':
        attach(element('comment', token.content, new Map(), { category: 'block' }), token)
        break
      case 'kd_nomarkdown':
        attach(element('raw', token.content, new Map(), { category: 'block' }), token)
        break
      case 'kd_ald': {
        const meta = token.meta as { name: string; list: string }
        context.definitions.set(meta.name, parseAttributeList(meta.list))
        break
      }
      case 'kd_ial': {
        const list = parseAttributeList((token.meta as { list: string }).list)
        const previous = lastBlock as { el: Element; end: number } | null
        if (previous !== null && previous.end === token.map?.[0] && isChild(top(), previous.el)) {
          applyList(previous.el, list, context.definitions)
        } else pending.push(list)
        break
      }
      case 'footnote_block_open':
        i = skipTo(tokens, i, 'footnote_block_close')
        break
      default:
        break
    }
  }
  return root.children
}

/** The line after a block's last non-blank line (markdown-it counts a list's trailing blanks). */
function contentEnd(token: Token, lines: readonly string[]): number | undefined {
  if (token.map === null) return undefined
  let end = token.map[1]
  while (end > token.map[0] + 1 && (lines[end - 1] ?? '').trim() === '') end--
  return end
}

/** kramdown's codeblock: a lazy line is joined to the line above with a blank. */
function joinLazyLines(token: Token, lazy: Set<number> | undefined): string {
  if (lazy === undefined || lazy.size === 0 || token.map === null) return token.content
  const first = token.map[0]
  return token.content
    .split('\n')
    .reduce(
      (out, line, k) => (k === 0 ? line : `${out}${lazy.has(first + k) ? ' ' : '\n'}${line}`),
      ''
    )
}

function applyList(el: Element, list: AttributeList, definitions: Definitions): void {
  const refs = applyAttributeList(el.attr, list, definitions)
  if (refs.length > 0) el.options.refs = [...(el.options.refs ?? []), ...refs]
}

function isChild(parent: Element, child: Element): boolean {
  return parent.children.includes(child)
}

function skipTo(tokens: readonly Token[], from: number, type: string): number {
  let i = from
  while (i < tokens.length && tokens[i].type !== type) i++
  return i
}
