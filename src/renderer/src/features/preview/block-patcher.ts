import { sourceLineAttribute } from '@shared/markdown/blocks'
import type { RenderedBlock } from '@shared/markdown/blocks'

/** Turns blocks of unsanitized HTML into sanitized, ready-to-insert fragments (same order). */
export type BuildFragments = (blocks: readonly RenderedBlock[]) => DocumentFragment[]

interface MountedBlock {
  /** The block's HTML as rendered (lines relative to the block): the key for reuse. */
  html: string
  line: number
  nodes: ChildNode[]
  /** Elements carrying a source line, with their line relative to the block's first line. */
  lined: { element: Element; offset: number }[]
}

/**
 * Keeps the preview's body in step with the rendered blocks without replacing it: a block whose
 * HTML did not change keeps its DOM nodes (no re-sanitizing, no image reload, no layout of the
 * whole post); only its source line attributes follow when lines were added above it.
 */
export class BlockPatcher {
  private mounted: MountedBlock[] = []

  constructor(
    private readonly root: HTMLElement,
    private readonly build: BuildFragments
  ) {}

  patch(blocks: readonly RenderedBlock[]): void {
    const pool = new Map<string, MountedBlock[]>()
    for (const block of this.mounted) {
      const same = pool.get(block.html)
      if (same) same.push(block)
      else pool.set(block.html, [block])
    }
    const next: (MountedBlock | null)[] = blocks.map(
      (block) => pool.get(block.html)?.shift() ?? null
    )
    const missing = blocks.filter((_, i) => next[i] === null)
    const fragments = missing.length > 0 ? this.build(missing) : []
    let built = 0
    const placed = blocks.map((block, i) => next[i] ?? mount(block, fragments[built++]))

    for (const unused of pool.values()) for (const block of unused) removeNodes(block)
    for (let i = 0; i < placed.length; i++) {
      if (next[i] !== null && placed[i].line !== blocks[i].line) {
        placed[i].line = blocks[i].line
        setLines(placed[i])
      }
    }
    this.order(placed)
    this.mounted = placed
  }

  clear(): void {
    for (const block of this.mounted) removeNodes(block)
    this.mounted = []
  }

  /** Puts the blocks' nodes in order, moving only the nodes that are out of place. */
  private order(blocks: readonly MountedBlock[]): void {
    let cursor: ChildNode | null = this.root.firstChild
    for (const block of blocks) {
      for (const node of block.nodes) {
        if (node === cursor) cursor = cursor.nextSibling
        else this.root.insertBefore(node, cursor)
      }
    }
  }
}

function mount(block: RenderedBlock, fragment: DocumentFragment): MountedBlock {
  const nodes = [...fragment.childNodes]
  const lined: MountedBlock['lined'] = []
  for (const node of nodes) {
    if (!(node instanceof Element)) continue
    // Raw HTML carries no line of its own: its top-level elements start where the block starts.
    if (!node.hasAttribute(sourceLineAttribute)) node.setAttribute(sourceLineAttribute, '0')
    for (const element of [node, ...node.querySelectorAll(`[${sourceLineAttribute}]`)]) {
      const offset = Number(element.getAttribute(sourceLineAttribute))
      if (Number.isInteger(offset) && offset >= 0) lined.push({ element, offset })
    }
  }
  const mounted = { html: block.html, line: block.line, nodes, lined }
  setLines(mounted)
  return mounted
}

function setLines(block: MountedBlock): void {
  for (const { element, offset } of block.lined) {
    element.setAttribute(sourceLineAttribute, String(block.line + offset))
  }
}

function removeNodes(block: MountedBlock): void {
  for (const node of block.nodes) node.remove()
}
