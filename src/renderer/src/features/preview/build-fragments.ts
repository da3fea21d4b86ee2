import type { BuildFragments } from './block-patcher'
import { blockedImageAttribute } from './sanitize'
import type { BlockedImage, Sanitize, SanitizeContext } from './sanitize'

export interface BlockedImageText {
  remote: string
  unsafe: string
  /** A local image that could not be loaded (missing, unreadable, not an image). */
  missing: string
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

/**
 * Replaces blocked images by a quiet placeholder; loaded images send no referrer, and one that
 * fails to load (a cloud not generated yet, a moved file) turns into the same kind of placeholder
 * instead of a broken-image icon.
 */
function finish(fragment: DocumentFragment, text: BlockedImageText): DocumentFragment {
  for (const image of fragment.querySelectorAll('img')) {
    const blocked = image.getAttribute(blockedImageAttribute) as BlockedImage | null
    if (blocked === null) {
      image.setAttribute('referrerpolicy', 'no-referrer')
      const source = image.getAttribute('src') ?? ''
      image.addEventListener(
        'error',
        () => image.replaceWith(placeholder(text.missing, image.getAttribute('alt') ?? '', source)),
        { once: true }
      )
      continue
    }
    const label = blocked === 'remote' ? text.remote : text.unsafe
    image.replaceWith(placeholder(label, image.getAttribute('alt') ?? ''))
  }
  return fragment
}

/** A muted box saying why an image is not shown, with its alt text (and where it was looked for). */
function placeholder(label: string, alt: string, source?: string): HTMLElement {
  const box = document.createElement('span')
  box.className = 'preview-image-blocked'
  box.setAttribute('role', 'img')
  box.setAttribute('aria-label', alt === '' ? label : `${label}: ${alt}`)
  if (source) box.title = fileNameOf(source)
  box.append(label)
  if (alt !== '') {
    const altText = document.createElement('span')
    altText.className = 'preview-image-alt'
    altText.textContent = alt
    box.append(altText)
  }
  return box
}

/**
 * The file name at the end of an image URL as a person reads it (`%E8%AF%8D` back to 词): the
 * route or protocol in front of it is ours, not the writer's.
 */
function fileNameOf(url: string): string {
  const name = url.slice(url.lastIndexOf('/') + 1)
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}
