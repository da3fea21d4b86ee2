/**
 * A small copy of kramdown's element tree. markdown-it's tokens are turned into this tree (see
 * ./token-tree) and ./html-converter serialises it the way Kramdown::Converter::Html does, so
 * block layout, list-item paragraphs, footnotes and the TOC follow kramdown's own rules.
 */
export type ElementType =
  | 'root'
  | 'blank'
  | 'p'
  | 'header'
  | 'codeblock'
  | 'blockquote'
  | 'hr'
  | 'ul'
  | 'ol'
  | 'li'
  | 'dl'
  | 'dt'
  | 'dd'
  | 'table'
  | 'thead'
  | 'tbody'
  | 'tfoot'
  | 'tr'
  | 'td'
  | 'html_element'
  | 'raw'
  | 'comment'
  | 'math'
  | 'text'
  | 'em'
  | 'strong'
  | 'a'
  | 'img'
  | 'codespan'
  | 'br'
  | 'footnote'
  | 'abbreviation'

export type Alignment = 'default' | 'left' | 'center' | 'right'

export interface ElementOptions {
  /** Block or span, for elements that can be both (math, raw, comment, html_element). */
  category?: 'block' | 'span'
  /** A list item's first paragraph rendered without `<p>` (kramdown's `transparent`). */
  transparent?: boolean
  /** Header level. */
  level?: number
  /** The header's text as kramdown collects it for its id. */
  rawText?: string
  /** Fenced code block language. */
  lang?: string
  /** Column alignments of a table. */
  alignment?: Alignment[]
  /** Footnote name (`1`, `note`). */
  name?: string
  /** A footnote's content, rendered at the end. */
  content?: Element[]
  /** IAL references (`{: toc}`, `{:standalone}`, ALD names already resolved). */
  refs?: string[]
  /** 0-based source line, for scroll sync. */
  line?: number
  /** 0-based line after the block (markdown-it's map end). */
  end?: number
  /** Abbreviation title. */
  title?: string
  /** Raw HTML element that must be written with a newline after its start tag. */
  blockContent?: boolean
}

export interface Element {
  type: ElementType
  /** Text, code, HTML, tag name (html_element) or math, depending on the type. */
  value: string
  /** Attributes in insertion order, as kramdown keeps them. */
  attr: Map<string, string>
  options: ElementOptions
  children: Element[]
}

export function element(
  type: ElementType,
  value = '',
  attr: Map<string, string> = new Map(),
  options: ElementOptions = {}
): Element {
  return { type, value, attr, options, children: [] }
}

export function textElement(value: string): Element {
  return element('text', value)
}
