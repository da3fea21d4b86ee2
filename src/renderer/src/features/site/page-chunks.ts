import { sourceLineAttribute } from '@shared/markdown/blocks'

/** Marks where a chunk of the post sat in the page while the rest is sanitized on its own. */
export const chunkAttribute = 'data-postcloud-chunk'

const htmlNamespace = 'http://www.w3.org/1999/xhtml'

/**
 * Takes the post's blocks out of a parsed page (in an inert document): every outermost element
 * with a source line, in the HTML namespace under an HTML parent, is replaced by an empty
 * placeholder `<div data-postcloud-chunk="i">` and returned, detached, in order. A keystroke
 * changes one or two of them, so each can be sanitized on its own and reused while its HTML stays
 * the same. Any `data-postcloud-chunk` the page carried itself is dropped first: only ours count.
 */
export function takeChunks(document: Document): Element[] {
  for (const marked of Array.from(document.querySelectorAll(`[${chunkAttribute}]`))) {
    marked.removeAttribute(chunkAttribute)
  }
  const chunks: Element[] = []
  const body = document.body as HTMLElement | null
  if (!body) return chunks
  for (const element of Array.from(body.querySelectorAll(`[${sourceLineAttribute}]`))) {
    const parent = element.parentElement
    if (
      !parent ||
      element.namespaceURI !== htmlNamespace ||
      parent.namespaceURI !== htmlNamespace
    ) {
      continue
    }
    // Inside a block already taken: it travels with that block.
    if (parent.closest(`[${sourceLineAttribute}]`)) continue
    const placeholder = document.createElement('div')
    placeholder.setAttribute(chunkAttribute, String(chunks.length))
    element.replaceWith(placeholder)
    chunks.push(element)
  }
  return chunks
}

/** Puts the sanitized chunks back where their placeholders are (a placeholder with none goes). */
export function putChunks(root: Element, chunks: readonly (DocumentFragment | null)[]): void {
  for (const placeholder of Array.from(root.querySelectorAll(`[${chunkAttribute}]`))) {
    const chunk = chunks[Number(placeholder.getAttribute(chunkAttribute))]
    if (chunk) placeholder.replaceWith(chunk.cloneNode(true))
    else placeholder.remove()
  }
}
