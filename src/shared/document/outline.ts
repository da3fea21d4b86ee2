import type { Heading } from './headings'

/** A heading with the headings under it, for a nested outline. */
export interface OutlineNode {
  heading: Heading
  /** The heading's index in the flat list (what `headingAt` returns). */
  index: number
  children: OutlineNode[]
}

/**
 * Nests headings by level: a heading goes under the nearest earlier heading of a smaller level.
 * Skipped levels do not add depth (`##` then `####` nests one step), and a post that starts at
 * `###` has its `###`s at the top.
 */
export function outlineTree(headings: readonly Heading[]): OutlineNode[] {
  const roots: OutlineNode[] = []
  const open: OutlineNode[] = []
  headings.forEach((heading, index) => {
    const node: OutlineNode = { heading, index, children: [] }
    while (open.length > 0 && open[open.length - 1].heading.level >= heading.level) open.pop()
    const parent = open[open.length - 1]
    if (parent) parent.children.push(node)
    else roots.push(node)
    open.push(node)
  })
  return roots
}
