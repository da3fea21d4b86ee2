import { type Element, element } from './elements'
import { entityChar } from './entities'
import type { HtmlConverter } from './html-converter'

/**
 * kramdown's `footnote_content`: the used footnotes as `<div class="footnotes">` with an ordered
 * list, each note ending with its back link(s) in its last paragraph.
 */
export function footnoteSection(converter: HtmlConverter): string {
  const { options } = converter
  if (converter.footnotes.length === 0) return ''
  const ol = element('ol')
  if (options.footnoteNr !== 1) ol.attr.set('start', String(options.footnoteNr))
  // `escape_html(backlink, :text)` leaves the default `&#8617;` as the reference it is.
  const backlink = options.footnoteBacklink.replace(
    /&(?!(?:[A-Za-z_:][-\w:.]*|#\d+|#x[0-9a-fA-F]+);)|</g,
    (c) => (c === '<' ? '&lt;' : '&amp;')
  )
  for (const note of converter.footnotes) {
    const li = element(
      'li',
      '',
      new Map([
        ['id', `fn:${note.name}`],
        ['role', 'doc-endnote']
      ])
    )
    li.children = structuredClone(note.content)
    let para: Element | null = null
    let insertSpace = false
    const last = li.children[li.children.length - 1]
    if (last?.type === 'p' || options.footnoteBacklinkInline) {
      let parent = li
      while (
        parent.children.length > 0 &&
        !['p', 'header'].includes(parent.children[parent.children.length - 1].type)
      ) {
        parent = parent.children[parent.children.length - 1]
      }
      para = parent.children[parent.children.length - 1] ?? null
      insertSpace = true
    }
    if (para === null) {
      para = element('p')
      li.children.push(para)
      insertSpace = false
    }
    if (options.footnoteBacklink !== '') {
      const nbsp = entityChar('nbsp')
      const link = (space: string, target: string, text: string): Element =>
        element(
          'raw',
          `${space}<a href="#fnref:${target}" class="reversefootnote" role="doc-backlink">${text}</a>`
        )
      para.children.push(link(insertSpace ? nbsp : '', note.name, backlink))
      for (let i = 1; i <= note.repeat; i++) {
        para.children.push(link(nbsp, `${note.name}:${i}`, `${backlink}<sup>${i + 1}</sup>`))
      }
    }
    ol.children.push(element('raw', converter.convert(li, 4)))
  }
  return converter.indentedBlock(
    'div',
    new Map([
      ['class', 'footnotes'],
      ['role', 'doc-endnotes']
    ]),
    converter.convert(ol, 2),
    0
  )
}
