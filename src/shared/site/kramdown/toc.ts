import { type Element, element } from './elements'

export interface TocEntry {
  level: number
  id: string
  children: Element[]
}

/**
 * kramdown's `generate_toc_tree`: nested lists of links to the headers, the list given by
 * `{:toc}` (its attributes kept, `id="markdown-toc"` unless it has one), each link's id
 * `markdown-toc-<header id>`, footnotes dropped and links unwrapped from the header text.
 */
export function tocTree(toc: TocEntry[], type: 'ul' | 'ol', attr: Map<string, string>): Element {
  const sections = element(type, '', new Map(attr))
  if (!sections.attr.has('id')) sections.attr.set('id', 'markdown-toc')
  const listId = sections.attr.get('id') ?? ''
  const stack: Element[] = []
  const dropEmptySublist = (item: Element): void => {
    const last = item.children[item.children.length - 1]
    if (last.children.length === 0) item.children.pop()
  }
  for (const entry of toc) {
    const li = element('li', '', new Map(), { level: entry.level })
    const p = element('p', '', new Map(), { transparent: true })
    const a = element(
      'a',
      '',
      new Map([
        ['href', `#${entry.id}`],
        ['id', `${listId}-${entry.id}`]
      ])
    )
    a.children = fixForTocEntry(structuredClone(entry.children))
    p.children.push(a)
    li.children.push(p, element(type))
    for (;;) {
      const top = stack[stack.length - 1]
      if (top === undefined) {
        sections.children.push(li)
        stack.push(li)
        break
      }
      if ((top.options.level ?? 0) < entry.level) {
        top.children[top.children.length - 1].children.push(li)
        stack.push(li)
        break
      }
      const item = stack.pop()
      if (item) dropEmptySublist(item)
    }
  }
  while (stack.length > 0) {
    const item = stack.pop()
    if (item) dropEmptySublist(item)
  }
  return sections
}

function fixForTocEntry(elements: Element[]): Element[] {
  const out: Element[] = []
  for (const el of elements) {
    if (el.type === 'footnote') continue
    el.children = fixForTocEntry(el.children)
    if (el.type === 'a') out.push(...el.children)
    else out.push(el)
  }
  return out
}
