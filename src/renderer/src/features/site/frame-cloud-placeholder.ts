import { cloudPlaceholder, isCloudImage } from '../preview/cloud-placeholder'
import type { CloudPlaceholderText } from '../preview/cloud-placeholder'

const exportAttribute = 'data-postcloud-export'

// The page's own styles do not know the placeholder: it carries its look inline (the frame's CSP
// allows inline styles), muted as the Preview's.
const boxStyle =
  'display:inline-flex;align-items:center;gap:0.5em;padding:0.4em 0.8em;' +
  'border:1px dashed #d0d7de;border-radius:6px;background:#f6f8fa;color:#59636e;' +
  'font:0.875em/1.5 system-ui,sans-serif'
const buttonStyle = 'font:inherit;cursor:pointer'

/**
 * Puts the "not exported yet — Export" placeholder where each cloud image of a sanitized page
 * failed to load in the frame (`missing`: their URLs). The page is patched into the frame with
 * this already in place, so a keystroke does not bring the broken image back; an export gives
 * the image a new URL, which loads.
 */
export function placeCloudPlaceholders(
  root: HTMLElement,
  missing: ReadonlySet<string>,
  text: CloudPlaceholderText,
  nonce: string
): void {
  if (missing.size === 0) return
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const source = image.getAttribute('src') ?? ''
    if (!missing.has(source) || !isCloudImage(image)) continue
    const { box, button } = cloudPlaceholder(root.ownerDocument, text, source)
    box.setAttribute('style', boxStyle)
    button.setAttribute('style', buttonStyle)
    button.setAttribute(exportAttribute, nonce)
    image.replaceWith(box)
  }
}

/**
 * Whether a click in the frame is on the placeholder's Export. The frame runs no script, so the
 * window's own click handler acts for it; only our button carries this frame's `nonce`, which a
 * page cannot know, so no page can dress up a button of its own as ours.
 */
export function isExportClick(event: MouseEvent, nonce: string): boolean {
  // The frame's nodes belong to its own realm: `instanceof Element` of the window would fail.
  const target = event.target as Node | null
  const element = target?.nodeType === 1 ? (target as Element) : (target?.parentElement ?? null)
  return element?.closest(`[${exportAttribute}]`)?.getAttribute(exportAttribute) === nonce
}

/** The URL of a cloud image of the frame that failed to load, or null for any other event. */
export function failedCloudImage(event: Event): string | null {
  const target = event.target as Element | null
  if (target?.nodeType !== 1 || target.localName !== 'img' || !isCloudImage(target)) return null
  return target.getAttribute('src')
}

/**
 * The URLs of the document's cloud images that already failed: the first page of a post loads
 * its images before the frame's load event, so before anyone listens for their errors.
 */
export function brokenCloudImages(document: Document): string[] {
  return Array.from(document.images)
    .filter((image) => image.complete && image.naturalWidth === 0 && isCloudImage(image))
    .map((image) => image.getAttribute('src') ?? '')
    .filter((source) => source !== '')
}
