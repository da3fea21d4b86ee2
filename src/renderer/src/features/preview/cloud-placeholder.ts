import { cloudAlt, isCloudFileName } from '@shared/cloud/link'

/** The placeholder's words, in the window's language. */
export interface CloudPlaceholderText {
  notExported: string
  exportLabel: string
}

/**
 * Whether an image of a rendered post is its word cloud, by the rule `findCloudLink` applies to
 * the link: the alt 词云图, or a file name starting with `wordcloud` (the image's URL ends with it).
 */
export function isCloudImage(image: Element): boolean {
  const alt = image.getAttribute('alt') ?? ''
  return alt.trim() === cloudAlt || isCloudFileName(image.getAttribute('src') ?? '')
}

/**
 * The quiet box where the cloud goes until its first export, "Word cloud not exported yet —
 * Export", made in `document` (the preview's, or the Site view's frame): a missing cloud is a
 * step not taken yet, not a broken link. The caller makes the button work.
 */
export function cloudPlaceholder(
  document: Document,
  text: CloudPlaceholderText,
  source: string
): { box: HTMLElement; button: HTMLButtonElement } {
  const box = document.createElement('span')
  box.className = 'preview-cloud-missing'
  box.setAttribute('data-testid', 'cloud-not-exported')
  box.title = fileNameOf(source)
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'preview-cloud-export'
  button.textContent = text.exportLabel
  box.append(`${text.notExported} — `, button)
  return { box, button }
}

/**
 * The file name at the end of an image URL as a person reads it (`%E8%AF%8D` back to 词): the
 * route or protocol in front of it is ours, not the writer's.
 */
export function fileNameOf(url: string): string {
  const name = url.slice(url.lastIndexOf('/') + 1)
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}
