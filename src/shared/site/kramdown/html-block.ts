import type { Token } from 'markdown-it'
import { type Element, element } from './elements'
import type { BlockContext } from './block-tree'
import { inlineElements } from './inline-tree'
import { normalizeInlineHtml } from './inline-html'

/** kramdown's HTML_SPAN_ELEMENTS: a line starting with one of these begins a paragraph. */
export const spanElements = new Set(
  'a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var'.split(
    ' '
  )
)

const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

function attributes(text: string): Map<string, string> {
  const attr = new Map<string, string>()
  for (const m of text.matchAll(attribute)) attr.set(m[1], m[2] ?? m[3] ?? m[4] ?? '')
  return attr
}

/**
 * An HTML block: kept raw as kramdown keeps it (its start tag written back with quoted
 * attributes), a comment as it is, and HTML starting with a span element (`<img>`, `<span>`,
 * `<a>`) made the paragraph kramdown makes of it. For `kd_html_open` (an element with
 * `markdown="1"`), the element whose body markdown-it parsed.
 */
/** Elements whose content kramdown keeps as written, and comments. */
const verbatim =
  /(<(script|style|math|option|textarea|pre|code|kbd|samp|var)\b[^>]*>[^]*?<\/\2\s*>|<!--[^]*?-->)/i

/**
 * kramdown re-writes an HTML block from the elements it parsed: tags with quoted attributes
 * (`<br />`), text with a bare `&`, `<` or `>` escaped; raw content (scripts, `<pre>`) and
 * comments stay as written.
 */
function normalizeBlockHtml(html: string): string {
  return html
    .split(verbatim)
    .map((part, i) => (i % 3 === 0 ? normalizeMarkup(part) : i % 3 === 1 ? part : ''))
    .join('')
}

const tagPattern = /(<\/?[A-Za-z][^<>]*>)/

function normalizeMarkup(html: string): string {
  return html
    .split(tagPattern)
    .map((part, i) =>
      i % 2 === 1
        ? normalizeInlineHtml(part)
        : part
            .replace(/&(?!(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9a-fA-F]+);)/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
    )
    .join('')
}

export function htmlBlockElement(content: string, context: BlockContext, open?: Token): Element {
  if (open !== undefined) {
    const meta = open.meta as { attributes: string }
    return element('html_element', open.tag, attributes(meta.attributes), {
      category: 'block',
      blockContent: true
    })
  }
  const text = content.replace(/\s+$/, '')
  // A closing tag with nothing open is text to kramdown (`<p>&lt;/div&gt;</p>`).
  if (/^\s*<\/[A-Za-z][\w-]*\s*>$/.test(text)) {
    const p = element('p')
    p.children.push(element('text', text.trim()))
    return p
  }
  const tag = /^\s*<([A-Za-z][\w:-]*)/.exec(text)?.[1]?.toLowerCase()
  if (tag !== undefined && spanElements.has(tag)) {
    const p = element('p')
    p.children = inlineElements(context.parseInline(text.trim()), context)
    return p
  }
  return element('raw', normalizeBlockHtml(text.trimStart()), new Map(), { category: 'block' })
}
