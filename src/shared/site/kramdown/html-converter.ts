import type { Element } from './elements'
import { entityChar, escapeText, htmlAttributes } from './entities'
import type { KramdownOptions } from './options'
import { footnoteSection } from './footnote-section'
import { tocTree } from './toc'
import { highlightCodeBlock, highlightCodeSpan } from './code'
import { extractLanguage, fixCjkLineBreak, placeholder, span, voidElements } from './html-helpers'

/**
 * A port of Kramdown::Converter::Html (kramdown 2.4): the same elements, attributes, indentation
 * and newlines, so the page's skeleton and text match what Jekyll writes.
 */
export class HtmlConverter {
  private readonly indentStep = 2
  private readonly stack: Element[] = []
  readonly footnotes: { name: string; content: Element[]; number: number; repeat: number }[] = []
  private readonly footnotesByName = new Map<string, (typeof this.footnotes)[number]>()
  private footnoteCounter: number
  private footnotePlaceholder: string | null = null
  private readonly toc: { level: number; id: string; children: Element[] }[] = []
  private tocPlaceholder: { type: 'ul' | 'ol'; attr: Map<string, string>; marker: string } | null =
    null

  constructor(readonly options: KramdownOptions) {
    this.footnoteCounter = options.footnoteNr
  }

  convert(el: Element, indent = -this.indentStep): string {
    switch (el.type) {
      case 'root':
        return this.root(el, indent)
      case 'blank':
        return '\n'
      case 'text': {
        const escaped = escapeText(el.value)
        return this.options.removeLineBreaksForCjk ? fixCjkLineBreak(escaped) : escaped
      }
      case 'p':
        return this.paragraph(el, indent)
      case 'codeblock':
        return this.codeblock(el, indent)
      case 'blockquote':
      case 'dl':
      case 'table':
      case 'thead':
      case 'tbody':
      case 'tfoot':
      case 'tr':
        return this.indentedBlock(el.type, el.attr, this.inner(el, indent), indent)
      case 'header':
        return this.header(el, indent)
      case 'hr':
        return `${' '.repeat(indent)}<hr${htmlAttributes(el.attr)} />\n`
      case 'ul':
      case 'ol':
        return this.list(el, indent)
      case 'li':
      case 'dd':
        return this.listItem(el, indent)
      case 'dt':
        return this.block('dt', el.attr, this.inner(el, indent), indent)
      case 'html_element':
        return this.htmlElement(el, indent)
      case 'td':
        return this.cell(el, indent)
      case 'comment':
        return el.options.category === 'block'
          ? `${' '.repeat(indent)}<!-- ${el.value} -->\n`
          : `<!-- ${el.value} -->`
      case 'br':
        return '<br />'
      case 'a':
      case 'em':
      case 'strong':
        return span(el.type, el.attr, this.inner(el, indent))
      case 'img':
        return `<img${htmlAttributes(el.attr)} />`
      case 'codespan':
        return this.codespan(el)
      case 'footnote':
        return this.footnote(el)
      case 'raw':
        return el.value + (el.options.category === 'block' ? '\n' : '')
      case 'math':
        return this.math(el, indent)
      case 'abbreviation': {
        const attr = new Map(el.attr)
        if (el.options.title) attr.set('title', el.options.title)
        return span('abbr', attr, escapeText(el.value))
      }
    }
  }

  inner(el: Element, indent: number): string {
    let result = ''
    this.stack.push(el)
    for (const child of el.children) result += this.convert(child, indent + this.indentStep)
    this.stack.pop()
    return result
  }

  block(name: string, attr: Map<string, string>, body: string, indent: number): string {
    return `${' '.repeat(indent)}<${name}${htmlAttributes(attr)}>${body}</${name}>\n`
  }

  indentedBlock(name: string, attr: Map<string, string>, body: string, indent: number): string {
    const pad = ' '.repeat(indent)
    return `${pad}<${name}${htmlAttributes(attr)}>\n${body}${pad}</${name}>\n`
  }

  private root(el: Element, indent: number): string {
    let result = this.inner(el, indent)
    const notes = footnoteSection(this)
    if (this.footnotePlaceholder !== null)
      result = result.replace(this.footnotePlaceholder, () => notes)
    else result += notes
    if (this.tocPlaceholder !== null) {
      const { type, attr, marker } = this.tocPlaceholder
      const tree = tocTree(this.toc, type, attr)
      const text = tree.children.length > 0 ? this.convert(tree, 0) : ''
      result = result.replace(marker, () => text)
    }
    return result
  }

  private paragraph(el: Element, indent: number): string {
    if (el.options.transparent) return this.inner(el, indent)
    const only = el.children.length === 1 ? el.children[0] : undefined
    if (only?.type === 'img' && only.options.refs?.includes('standalone'))
      return this.standaloneImage(el, only, indent)
    return this.block('p', el.attr, this.inner(el, indent), indent)
  }

  private standaloneImage(el: Element, img: Element, indent: number): string {
    const figure = new Map(el.attr)
    const image = new Map(img.attr)
    for (const key of ['class', 'id']) {
      const value = image.get(key)
      if (value !== undefined && !figure.has(key)) {
        figure.set(key, value)
        image.delete(key)
      }
    }
    const pad = ' '.repeat(indent + this.indentStep)
    const body = `${pad}<img${htmlAttributes(image)} />\n${pad}<figcaption>${image.get('alt') ?? ''}</figcaption>\n`
    return this.indentedBlock('figure', figure, body, indent)
  }

  private codeblock(el: Element, indent: number): string {
    const highlighted = highlightCodeBlock(el, this.options)
    const pad = ' '.repeat(indent)
    if (highlighted !== null)
      return `${pad}<div${htmlAttributes(highlighted.attr)}>${highlighted.html}${pad}</div>\n`
    const attr = new Map(el.attr)
    const lang = extractLanguage(attr)
    const code = escapeText(el.value).replace(/\n$/, '')
    const codeAttr = new Map<string, string>()
    if (lang !== null) codeAttr.set('class', `language-${lang}`)
    return `${pad}<pre${htmlAttributes(attr)}><code${htmlAttributes(codeAttr)}>${code}\n</code></pre>\n`
  }

  private header(el: Element, indent: number): string {
    const id = el.attr.get('id')
    const level = el.options.level ?? 1
    const inToc = this.options.toc.has(level) && !/\bno_toc\b/.test(el.attr.get('class') ?? '')
    if (id !== undefined && inToc) this.toc.push({ level, id, children: el.children })
    const output = Math.min(6, Math.max(1, level + this.options.headerOffset))
    return this.block(`h${output}`, el.attr, this.inner(el, indent), indent)
  }

  private list(el: Element, indent: number): string {
    const type = el.type === 'ol' ? 'ol' : 'ul'
    if (this.tocPlaceholder === null && el.options.refs?.includes('toc')) {
      this.tocPlaceholder = { type, attr: el.attr, marker: placeholder('toc') }
      return this.tocPlaceholder.marker
    }
    if (this.footnotePlaceholder === null && el.options.refs?.includes('footnotes')) {
      this.footnotePlaceholder = placeholder('footnotes')
      return this.footnotePlaceholder
    }
    return this.indentedBlock(type, el.attr, this.inner(el, indent), indent)
  }

  private listItem(el: Element, indent: number): string {
    const pad = ' '.repeat(indent)
    let output = `${pad}<${el.type}${htmlAttributes(el.attr)}>`
    const res = this.inner(el, indent)
    const first = el.children[0]
    if (first === undefined || (first.type === 'p' && first.options.transparent)) {
      output += res + (/\n$/.test(res) ? pad : '')
    } else {
      output += `\n${res}${pad}`
    }
    return `${output}</${el.type}>\n`
  }

  private htmlElement(el: Element, indent: number): string {
    const res = this.inner(el, indent)
    const tag = el.value
    if (el.options.category === 'span') {
      return (
        `<${tag}${htmlAttributes(el.attr)}` +
        (res === '' && voidElements.has(tag) ? ' />' : `>${res}</${tag}>`)
      )
    }
    const pad = ' '.repeat(indent)
    let output = `${pad}<${tag}${htmlAttributes(el.attr)}`
    if (res !== '' && !el.options.blockContent) output += `>${res}</${tag}>`
    else if (res !== '') output += `>\n${res.replace(/\n$/, '')}\n${pad}</${tag}>`
    else if (voidElements.has(tag)) output += ' />'
    else output += `></${tag}>`
    return `${output}\n`
  }

  private cell(el: Element, indent: number): string {
    const res = this.inner(el, indent)
    const row = this.stack[this.stack.length - 1]
    const section = this.stack[this.stack.length - 2]
    const table = this.stack[this.stack.length - 3]
    const type = section?.type === 'thead' ? 'th' : 'td'
    const alignment = table?.options.alignment?.[row.children.indexOf(el)] ?? 'default'
    let attr = el.attr
    if (alignment !== 'default') {
      attr = new Map(el.attr)
      const style = attr.get('style')
      attr.set('style', `${style === undefined ? '' : `${style}; `}text-align: ${alignment}`)
    }
    return this.block(type, attr, res === '' ? entityChar('nbsp') : res, indent)
  }

  private codespan(el: Element): string {
    const highlighted = highlightCodeSpan(el, this.options)
    if (highlighted !== null) return span('code', highlighted.attr, highlighted.html)
    return span('code', el.attr, escapeText(el.value))
  }

  private footnote(el: Element): string {
    const name = this.options.footnotePrefix + (el.options.name ?? '')
    let repeat = ''
    let note = this.footnotesByName.get(name)
    if (note !== undefined) repeat = `:${++note.repeat}`
    else {
      note = { name, content: el.options.content ?? [], number: this.footnoteCounter++, repeat: 0 }
      this.footnotes.push(note)
      this.footnotesByName.set(name, note)
    }
    return (
      `<sup id="fnref:${name}${repeat}" role="doc-noteref">` +
      `<a href="#fn:${name}" class="footnote" rel="footnote">${note.number}</a></sup>`
    )
  }

  private math(el: Element, indent: number): string {
    const block = el.options.category === 'block'
    if (this.options.mathEngine === 'mathjax') {
      const value = escapeText(el.value)
      const result = block ? `\\[${value}\\]\n` : `\\(${value}\\)`
      if (el.attr.size === 0) return result
      return block
        ? this.block('div', el.attr, result, indent)
        : span('span', el.attr, `$${el.value}$`)
    }
    const attr = new Map(el.attr)
    attr.set('class', `${attr.get('class') ?? ''} kdmath`.trimStart())
    return block
      ? this.block('div', attr, `$$\n${el.value}\n$$`, indent)
      : span('span', attr, `$${el.value}$`)
  }
}
