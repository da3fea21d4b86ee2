import type { BuildFragments } from './block-patcher'
import { cloudPlaceholder, fileNameOf, isCloudImage } from './cloud-placeholder'
import type { CloudPlaceholderText } from './cloud-placeholder'
import { blockedImageAttribute } from './sanitize'
import type { BlockedImage, Sanitize, SanitizeContext } from './sanitize'

export interface BlockedImageText {
  remote: string
  unsafe: string
  /** A local image that could not be loaded (missing, unreadable, not an image). */
  missing: string
  /** The post's word cloud that could not be loaded: not exported yet. */
  cloud: CloudPlaceholderText
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
  blockedText: BlockedImageText,
  onExportCloud: () => void
): BuildFragments {
  const finish = (fragment: DocumentFragment): DocumentFragment =>
    finishImages(fragment, blockedText, onExportCloud)
  const one = (html: string): DocumentFragment => finish(sanitize(html, context))
  return (blocks) => {
    const fragments: DocumentFragment[] = new Array(blocks.length)
    const batch: number[] = []
    blocks.forEach((block, i) => {
      if (block.raw) fragments[i] = one(block.html)
      else batch.push(i)
    })
    if (batch.length === 0) return fragments
    const joined = batch.map((i) => `<div ${chunkAttribute}>${blocks[i].html}</div>`).join('')
    const chunks = [...finish(sanitize(joined, context)).children]
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
 * fails to load (a moved file) turns into the same kind of placeholder instead of a broken-image
 * icon. The post's cloud that fails to load has not been exported yet: its placeholder says so
 * and offers the export.
 */
function finishImages(
  fragment: DocumentFragment,
  text: BlockedImageText,
  onExportCloud: () => void
): DocumentFragment {
  for (const image of fragment.querySelectorAll('img')) {
    const blocked = image.getAttribute(blockedImageAttribute) as BlockedImage | null
    if (blocked === null) {
      image.setAttribute('referrerpolicy', 'no-referrer')
      const source = image.getAttribute('src') ?? ''
      const failed = (): void => {
        if (!isCloudImage(image)) {
          image.replaceWith(placeholder(text.missing, image.getAttribute('alt') ?? '', source))
          return
        }
        const { box, button } = cloudPlaceholder(document, text.cloud, source)
        box.classList.add('preview-image-blocked')
        button.addEventListener('click', onExportCloud)
        image.replaceWith(box)
      }
      image.addEventListener('error', failed, { once: true })
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
