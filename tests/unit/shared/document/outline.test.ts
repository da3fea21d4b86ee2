import { describe, expect, it } from 'vitest'
import { parseHeadings } from '@shared/document/headings'
import { outlineTree } from '@shared/document/outline'
import type { OutlineNode } from '@shared/document/outline'

/** The tree as `text(children…)` for compact expectations. */
function shape(nodes: OutlineNode[]): string {
  return nodes
    .map((node) => node.heading.text + (node.children.length ? `(${shape(node.children)})` : ''))
    .join(' ')
}

describe('outlineTree', () => {
  it.each([
    ['flat', '## a\n## b\n## c', 'a b c'],
    ['nested', '# a\n## b\n### c\n## d\n# e', 'a(b(c) d) e'],
    ['skipped levels nest one step', '## a\n#### b\n### c', 'a(b c)'],
    ['a post starting deep', '### a\n### b\n# c\n## d', 'a b c(d)'],
    ['setext and ATX mixed', '标题\n===\n## 小节\n另一个\n---', '标题(小节 另一个)'],
    ['nothing', '正文', '']
  ])('%s', (_name, source, expected) => {
    expect(shape(outlineTree(parseHeadings(source)))).toBe(expected)
  })

  it('keeps each heading’s index in the flat list', () => {
    const tree = outlineTree(parseHeadings('# a\n## b\n## c\n# d'))
    expect(tree.map((node) => node.index)).toEqual([0, 3])
    expect(tree[0].children.map((node) => node.index)).toEqual([1, 2])
  })
})
