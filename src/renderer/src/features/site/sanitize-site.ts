import DOMPurify from 'dompurify'
import type { Config } from 'dompurify'
import { forbiddenAttributes, forbiddenTags, frameContentSecurityPolicy } from './frame-policy'
import { placeResources } from './place-resources'
import type { ResourceContext } from './site-urls'

export interface SiteSanitizeContext extends ResourceContext {
  /** How the frame's CSP names the asset route: `'self'` (web host) or `postcloud-asset:`. */
  assetSource: string
}

/** Marks the elements Postcloud put into the page itself (the CSP and the scroll style). */
export const ownElementAttribute = 'data-postcloud'

/**
 * DOMPurify on the whole document. Its defaults already drop scripts, event handlers,
 * `javascript:` and `data:` links and ids or names that would shadow the document's own
 * properties (SANITIZE_DOM: the window reads the frame's document). The page keeps its head:
 * title, stylesheets, style elements, the charset and viewport.
 */
const config: Config & { RETURN_DOM: true } = {
  WHOLE_DOCUMENT: true,
  RETURN_DOM: true,
  ADD_TAGS: ['title', 'link', 'meta'],
  ADD_ATTR: ['charset', 'content'],
  FORBID_TAGS: forbiddenTags,
  FORBID_ATTR: forbiddenAttributes
}

export type SanitizeSite = (html: string, context: SiteSanitizeContext) => HTMLElement

/**
 * A sanitizer of site pages with a DOMPurify instance of its own. It returns the page's `<html>`
 * element in an inert document (nothing in it has loaded), with the frame's CSP first in its head.
 */
export function createSiteSanitizer(): SanitizeSite {
  const purifier = DOMPurify(window)
  return (html, context) => {
    // Parsed here, in a document without a browsing context: nothing loads or runs while we look.
    const parsed = new DOMParser().parseFromString(html, 'text/html')
    const root = purifier.sanitize(parsed.documentElement, config) as HTMLElement
    placeResources(root, context)
    const document = root.ownerDocument
    let head = root.querySelector('head')
    if (!head) {
      head = document.createElement('head')
      root.prepend(head)
    }
    const csp = document.createElement('meta')
    csp.setAttribute('http-equiv', 'Content-Security-Policy')
    csp.setAttribute(
      'content',
      frameContentSecurityPolicy(context.assetSource, context.allowRemote)
    )
    // Scroll sync sets offsets itself: a theme's smooth scrolling would fight it.
    const scroll = document.createElement('style')
    scroll.textContent = 'html, body { scroll-behavior: auto !important; }'
    for (const element of [csp, scroll]) element.setAttribute(ownElementAttribute, '')
    head.prepend(csp, scroll)
    return root
  }
}

/** The page as the frame's first `srcdoc`. */
export function serializePage(root: HTMLElement): string {
  return `<!DOCTYPE html>\n${root.outerHTML}`
}
