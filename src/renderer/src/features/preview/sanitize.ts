import DOMPurify from 'dompurify'
import type { Config, UponSanitizeAttributeHookEvent } from 'dompurify'
import { resolveImageSource } from '@shared/markdown/image-source'
import type { ImageContext } from '@shared/markdown/image-source'
import { unsafeStyle } from '@shared/markdown/unsafe-style'

/** What decides where images may come from, for one post. */
export interface SanitizeContext {
  image: ImageContext
  allowRemote: boolean
  assetUrl(path: string): string
}

/** Why an `<img>` was not loaded; set as `data-image-blocked` for the placeholder. */
export type BlockedImage = 'remote' | 'unsafe'
export const blockedImageAttribute = 'data-image-blocked'

/**
 * Everything the preview shows passes through here. Beyond DOMPurify's defaults: no elements that
 * run, embed, submit, restyle the page, load media on their own or lie over the window; no
 * event handlers, no style that loads or leaves the preview's box (`unsafeStyle`), no `target`,
 * `srcset` or other loading attributes; links only to http(s), mailto and `#` anchors; images only
 * where src/shared/markdown/image-source allows. Ids get DOMPurify's `user-content-`
 * prefix, so a heading called "Title" cannot shadow `document.title`.
 */
const config: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'optgroup',
    'datalist',
    'output',
    'base',
    'meta',
    'link',
    'audio',
    'video',
    'source',
    'track',
    'picture',
    'template',
    'slot',
    'noscript',
    // An open <dialog> is placed absolutely by the browser: it would lie over the window.
    'dialog'
  ],
  FORBID_ATTR: [
    'target',
    'srcset',
    'sizes',
    'background',
    'poster',
    'action',
    'formaction',
    'ping',
    'popover',
    'popovertarget',
    'popovertargetaction',
    'command',
    'commandfor',
    'autofocus',
    'integrity',
    'nonce',
    'crossorigin'
  ],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  SANITIZE_NAMED_PROPS: true,
  RETURN_DOM_FRAGMENT: true
}

export type Sanitize = (html: string, context: SanitizeContext) => DocumentFragment

/** A DOMPurify instance of our own (hooks are per instance), bound to the current post. */
export function createSanitizer(): Sanitize {
  const purifier = DOMPurify(window)
  let context: SanitizeContext | null = null
  // Images whose `src` we set ourselves from the resolver: DOMPurify's URI check must keep them.
  let trusted = new WeakSet<Element>()

  purifier.addHook('beforeSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG' && context) placeImage(node, context, trusted)
  })
  purifier.addHook(
    'uponSanitizeAttribute',
    (node: Element, event: UponSanitizeAttributeHookEvent) => {
      if (/^on/i.test(event.attrName)) event.keepAttr = false
      else if (event.attrName === 'style' && unsafeStyle(event.attrValue)) {
        event.keepAttr = false
      } else if (event.attrName === 'src' && trusted.has(node)) event.forceKeepAttr = true
    }
  )

  return (html, current) => {
    context = current
    trusted = new WeakSet()
    try {
      return purifier.sanitize(html, config)
    } finally {
      context = null
    }
  }
}

/** Points an `<img>` at the file, remote URL or data URL it may show, or marks it blocked. */
function placeImage(image: Element, context: SanitizeContext, trusted: WeakSet<Element>): void {
  const source = resolveImageSource(image.getAttribute('src') ?? '', context.image)
  image.removeAttribute(blockedImageAttribute)
  let url: string | null = null
  if (source.kind === 'local') url = context.assetUrl(source.path)
  else if (source.kind === 'data') url = source.url
  else if (source.kind === 'remote' && context.allowRemote) url = source.url
  if (url === null) {
    image.removeAttribute('src')
    const reason: BlockedImage = source.kind === 'remote' ? 'remote' : 'unsafe'
    image.setAttribute(blockedImageAttribute, reason)
    return
  }
  image.setAttribute('src', url)
  trusted.add(image)
}
