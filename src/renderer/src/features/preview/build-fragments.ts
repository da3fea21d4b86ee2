import type { BuildFragments } from './block-patcher'
import { blockedImageAttribute } from './sanitize'
import type { BlockedImage, Sanitize, SanitizeContext } from './sanitize'

export interface BlockedImageText {
  remote: string
  unsafe: string
}

const chunkAttribute = 'data-preview-chunk'

/**
 * Sanitizes new blocks. Blocks made only by markdown-it are well formed, so they are sanitized
 * together in one DOMPurify call (one parse instead of thousands when a long post opens), each
 * inside a marker element; a block with the writer's raw HTML may close elements it never
 * opened, so it is sanitized on its own and cannot disturb its neighbours.
 */
export function fragmentBuilder(
  sanitize: Sanitize,
  context: SanitizeContext,
  blockedText: BlockedImageText
): BuildFragments {
  const one = (html: string): DocumentFragment => finish(sanitize(html, context), blockedText)
  return (blocks) => {
    const fragments: DocumentFragment[] = new Array(blocks.length)
    const batch: number[] = []
    blocks.forEach((block, i) => {
      if (block.raw) fragments[i] = one(block.html)
      else batch.push(i)
    })
    if (batch.length === 0) return fragments
    const joined = batch.map((i) => `<div ${chunkAttribute}>${blocks[i].html}</div>`).join('')
    const chunks = [...finish(sanitize(joined, context), blockedText).children]
    const intact =
      chunks.length === batch.length && chunks.every((chunk) => chunk.hasAttribute(chunkAttribute))
    batch.forEach((blockIndex, k) => {
      if (!intact) {
        fragments[blockIndex] = one(blocks[blockIndex].html)
        return
      }
      const fragment = document.createDocumentFragment()
      fragment.append(...chunks[k].childNodes)
      fragments[blockIndex] = fragment
    })
    return fragments
  }
}

/** Replaces blocked images by a quiet placeholder; loaded images send no referrer. */
function finish(fragment: DocumentFragment, blockedText: BlockedImageText): DocumentFragment {
  for (const image of fragment.querySelectorAll('img')) {
    const blocked = image.getAttribute(blockedImageAttribute) as BlockedImage | null
    if (blocked === null) {
      image.setAttribute('referrerpolicy', 'no-referrer')
      continue
    }
    const placeholder = document.createElement('span')
    placeholder.className = 'preview-image-blocked'
    placeholder.setAttribute('role', 'img')
    const label = blocked === 'remote' ? blockedText.remote : blockedText.unsafe
    const alt = image.getAttribute('alt') ?? ''
    placeholder.setAttribute('aria-label', alt === '' ? label : `${label}: ${alt}`)
    placeholder.append(label)
    if (alt !== '') {
      const altText = document.createElement('span')
      altText.className = 'preview-image-alt'
      altText.textContent = alt
      placeholder.append(altText)
    }
    image.replaceWith(placeholder)
  }
  return fragment
}
