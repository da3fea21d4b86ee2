// What the fidelity comparison looks at in a page, read with parse5 (the HTML5 parsing
// algorithm, so both pages are understood the way Chromium understands them):
// - the visible text of <body> as whitespace-separated tokens, with text inside <pre> kept apart
//   (code blocks are compared on their own: a highlighter difference should not read as prose);
// - the element skeleton: tag and classes of every element of <body>, in document order;
// - the stylesheets the page links.
import { parse } from 'parse5'
import type { DefaultTreeAdapterTypes } from 'parse5'

type Node = DefaultTreeAdapterTypes.Node
type Element = DefaultTreeAdapterTypes.Element

export interface SkeletonEntry {
  /** `tag.class1.class2`, classes sorted: their order in the attribute changes nothing. */
  label: string
  /** The nearest ancestors' labels, for diff hints ("body>main>article.post"). */
  path: string
  /** Inside a <pre>: Rouge's token spans and line-number tables, told apart from the page's
   * structure so a highlighter difference can be seen for what it is. */
  inCode: boolean
}

export interface PageFeatures {
  text: string[]
  code: string[]
  skeleton: SkeletonEntry[]
  stylesheets: string[]
  /** What <head> says, one entry per element (`meta property=og:title «…»`): not a target of
   * the issue, shown as a figure because {% seo %} and {% feed_meta %} write only there. */
  head: string[]
}

// Elements whose edges do not break a word in rendered text; every other element does (a <p>
// after an <h2> is two lines, so the last word of one and the first of the other stay apart).
const inlineTags = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var'
])

// Their text is not on the screen.
const invisibleTags = new Set(['script', 'style', 'template', 'head', 'title'])

function isElement(node: Node): node is Element {
  return 'tagName' in node
}

function attribute(element: Element, name: string): string | null {
  return element.attrs.find((attr) => attr.name === name)?.value ?? null
}

export function elementLabel(element: Element): string {
  const classes = (attribute(element, 'class') ?? '').split(/\s+/).filter(Boolean).sort()
  return [element.tagName, ...classes].join('.')
}

function findBody(node: Node): Element | null {
  if (isElement(node) && node.tagName === 'body') return node
  const children = 'childNodes' in node ? node.childNodes : []
  for (const child of children) {
    const found = findBody(child)
    if (found) return found
  }
  return null
}

function collectStylesheets(node: Node, into: string[]): void {
  if (isElement(node) && node.tagName === 'link') {
    const rel = (attribute(node, 'rel') ?? '').toLowerCase().split(/\s+/)
    const href = attribute(node, 'href')
    if (rel.includes('stylesheet') && href !== null) into.push(href)
  }
  const children = 'childNodes' in node ? node.childNodes : []
  for (const child of children) collectStylesheets(child, into)
}

function findHead(node: Node): Element | null {
  if (isElement(node) && node.tagName === 'head') return node
  const children = 'childNodes' in node ? node.childNodes : []
  for (const child of children) {
    const found = findHead(child)
    if (found) return found
  }
  return null
}

function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value
  const children = 'childNodes' in node ? node.childNodes : []
  return children.map(textOf).join('')
}

function headEntry(element: Element): string {
  const attrs = element.attrs
    .filter((attr) => attr.name !== 'content')
    .map((attr) => `${attr.name}=${attr.value}`)
    .sort()
  const content = attribute(element, 'content') ?? textOf(element).trim()
  return [element.tagName, ...attrs].join(' ') + (content ? ` «${content}»` : '')
}

function headEntries(document: Node): string[] {
  const head = findHead(document)
  return head ? head.childNodes.filter(isElement).map(headEntry) : []
}

function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

export function pageFeatures(html: string): PageFeatures {
  // scriptingEnabled: false parses <noscript> as markup, as Chromium does with scripts off.
  const document = parse(html, { scriptingEnabled: false })
  const stylesheets: string[] = []
  collectStylesheets(document, stylesheets)
  const body = findBody(document)
  const skeleton: SkeletonEntry[] = []
  let prose = ''
  let code = ''

  const walk = (node: Node, ancestors: string[], inPre: boolean, visible: boolean): void => {
    if (!isElement(node)) {
      if ('value' in node && node.nodeName === '#text' && visible) {
        if (inPre) code += node.value
        else prose += node.value
      }
      return
    }
    const label = elementLabel(node)
    skeleton.push({ label, path: ancestors.slice(-4).join('>'), inCode: inPre })
    const pre = inPre || node.tagName === 'pre'
    const shown = visible && !invisibleTags.has(node.tagName) && attribute(node, 'hidden') === null
    const breaks = !inlineTags.has(node.tagName)
    if (breaks) {
      if (pre) code += ' '
      else prose += ' '
    }
    for (const child of node.childNodes) walk(child, [...ancestors, label], pre, shown)
    if (breaks) {
      if (pre) code += ' '
      else prose += ' '
    }
  }

  if (body) for (const child of body.childNodes) walk(child, ['body'], false, true)
  return {
    text: tokens(prose),
    code: tokens(code),
    skeleton,
    stylesheets,
    head: headEntries(document)
  }
}
