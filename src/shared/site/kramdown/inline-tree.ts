import type { Token } from 'markdown-it'
import { type Element, element, textElement } from './elements'
import { applyAttributeList, type Definitions, parseAttributeList } from './attribute-list'
import { normalizeInlineHtml } from './inline-html'

/** What turning inline tokens into elements needs from the document. */
export interface InlineContext {
  definitions: Definitions
  /** kramdown's `hard_wrap`: every line break in a paragraph is a `<br />`. */
  hardWrap: boolean
  /** A footnote's content by its markdown-it id. */
  footnote(id: number): { label: string; content: Element[] }
}

/** kramdown's escapable characters, removed from image alt text as kramdown removes them. */
const escaped = /\\([\\.*_+`<>()[\]{}#!:|"'$=\-~])/g

/** markdown-it's inline tokens as kramdown's span elements. */
export function inlineElements(tokens: readonly Token[], context: InlineContext): Element[] {
  const root = element('p')
  const stack: Element[] = [root]
  const top = (): Element => stack[stack.length - 1]
  const add = (el: Element): void => {
    top().children.push(el)
  }
  const open = (el: Element): void => {
    add(el)
    stack.push(el)
  }
  let mailtoText = false
  const spanHtml = new SpanHtml()
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        if (token.content === '') break
        addText(top(), mailtoText ? token.content.replace(/^mailto:/, '') : token.content)
        mailtoText = false
        break
      case 'softbreak':
        if (context.hardWrap) add(element('br'))
        addText(top(), '\n')
        break
      case 'hardbreak':
        add(element('br'))
        addText(top(), '\n')
        break
      case 'code_inline':
        add(element('codespan', token.content))
        break
      case 'em_open':
      case 'strong_open':
        open(element(token.type === 'em_open' ? 'em' : 'strong'))
        break
      case 's_open':
        open(element('html_element', 'del', new Map(), { category: 'span' }))
        break
      case 'link_open': {
        const href = attrString(token, 'href') ?? ''
        const attr = new Map<string, string>([['href', href]])
        // kramdown writes an autolink's text without its `mailto:`.
        if (token.markup === 'autolink') mailtoText = href.startsWith('mailto:')
        const title = attrString(token, 'title')
        if (title !== null) attr.set('title', title)
        open(element('a', '', attr))
        break
      }
      case 'image': {
        const attr = new Map<string, string>([
          ['src', attrString(token, 'src') ?? ''],
          ['alt', token.content.replace(escaped, '$1')]
        ])
        const title = attrString(token, 'title')
        if (title !== null && title !== '') attr.set('title', title)
        add(element('img', '', attr))
        break
      }
      case 'abbr_open':
        open(element('abbreviation', '', new Map(), { title: attrString(token, 'title') ?? '' }))
        break
      case 'em_close':
        stack.pop()
        strongInsideEm(top())
        break
      case 'strong_close':
      case 's_close':
      case 'link_close':
        stack.pop()
        break
      case 'abbr_close': {
        const abbr = stack.pop()
        if (abbr) abbr.value = abbr.children.map((c) => c.value).join('')
        if (abbr) abbr.children = []
        break
      }
      case 'html_inline':
        if (spanHtml.isText(token.content)) addText(top(), token.content)
        else
          add(element('raw', normalizeInlineHtml(token.content), new Map(), { category: 'span' }))
        break
      case 'footnote_ref': {
        const note = context.footnote(Number((token.meta as { id: number }).id))
        add(element('footnote', '', new Map(), { name: note.label, content: note.content }))
        break
      }
      case 'kd_math_inline':
        add(element('math', token.content, new Map(), { category: 'span' }))
        break
      case 'kd_comment_inline':
        add(element('comment', token.content, new Map(), { category: 'span' }))
        break
      case 'kd_raw_inline':
        add(element('raw', token.content, new Map(), { category: 'span' }))
        break
      case 'kd_span_ial': {
        const children = top().children
        const last = children[children.length - 1]
        if (last !== undefined && last.type !== 'text') {
          const refs = applyAttributeList(
            last.attr,
            parseAttributeList(token.content),
            context.definitions
          )
          if (refs.length > 0) last.options.refs = [...(last.options.refs ?? []), ...refs]
        }
        break
      }
      default:
        if (token.content !== '') addText(top(), token.content)
    }
  }
  return root.children
}

/** A token attribute as text (markdown-it types them as string or number). */
export function attrString(token: Token, name: string): string | null {
  const value = token.attrGet(name)
  return value === null ? null : String(value)
}

/** kramdown's HTML_BLOCK_ELEMENTS: inside a paragraph their tags are text. */
const blockElements = new Set(
  'address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul'.split(
    ' '
  )
)

/**
 * kramdown's span HTML parser writes a block element's tag, and a closing tag with nothing open,
 * as text (escaped), warning "invalidly used HTML closing tag".
 */
class SpanHtml {
  private readonly open: string[] = []

  isText(html: string): boolean {
    const m = /^<(\/?)([A-Za-z][\w:-]*)/.exec(html)
    if (!m) return false
    const tag = m[2].toLowerCase()
    if (blockElements.has(tag)) return true
    if (m[1] === '') {
      if (!/\/>$/.test(html)) this.open.push(tag)
      return false
    }
    const at = this.open.lastIndexOf(tag)
    if (at < 0) return true
    this.open.length = at
    return false
  }
}

/**
 * `***text***`: kramdown puts the `<em>` inside the `<strong>`, markdown-it the other way round.
 * An em that holds nothing but a strong is turned inside out.
 */
function strongInsideEm(parent: Element): void {
  const em = parent.children[parent.children.length - 1]
  const strong = em?.children[0]
  if (em?.type !== 'em' || em.children.length !== 1 || strong?.type !== 'strong') return
  em.children = strong.children
  strong.children = [em]
  parent.children[parent.children.length - 1] = strong
}

function addText(parent: Element, text: string): void {
  const last = parent.children[parent.children.length - 1]
  if (last?.type === 'text') last.value += text
  else parent.children.push(textElement(text))
}
