import DOMPurify from 'dompurify'
import type { Config } from 'dompurify'
import { forbiddenAttributes, forbiddenTags, frameContentSecurityPolicy } from './frame-policy'
import { putChunks, takeChunks } from './page-chunks'
import { placeResources } from './place-resources'
import type { ResourceContext } from './site-urls'

export interface SiteSanitizeContext extends ResourceContext {
  /** How the frame's CSP names the asset route: `'self'` (web host) or `postcloud-asset:`. */
  assetSource: string
}

/** Marks the elements Postcloud put into the page itself (the CSP and the scroll style). */
export const ownElementAttribute = 'data-postcloud'

/**
 * DOMPurify's defaults already drop scripts, event handlers, `javascript:` and `data:` links and
 * ids or names that would shadow the document's own properties (SANITIZE_DOM: the window reads
 * the frame's document). The page keeps its head: title, stylesheets, style elements, the
 * charset and viewport.
 */
const shared: Config = {
  ADD_TAGS: ['title', 'link', 'meta'],
  ADD_ATTR: ['charset', 'content'],
  FORBID_TAGS: forbiddenTags,
  FORBID_ATTR: forbiddenAttributes
}
const wholeDocument: Config & { RETURN_DOM: true } = {
  ...shared,
  WHOLE_DOCUMENT: true,
  RETURN_DOM: true
}
const chunk: Config & { RETURN_DOM_FRAGMENT: true } = { ...shared, RETURN_DOM_FRAGMENT: true }

export type SanitizeSite = (html: string, context: SiteSanitizeContext) => HTMLElement

/**
 * A sanitizer of site pages with a DOMPurify instance of its own. It returns the page's `<html>`
 * element in an inert document (nothing in it has loaded), with the frame's CSP first in its head.
 *
 * DOMPurify costs tens of milliseconds on a whole page, on every keystroke. So the post's blocks
 * (../page-chunks.ts) are sanitized one by one and the page around them on its own, each
 * remembered by its raw HTML until a render no longer has it: a keystroke sanitizes the block it
 * changed. Every part still passes DOMPurify and the resource pass exactly once per distinct
 * HTML and context; nothing is ever parsed again from a string in between.
 */
export function createSiteSanitizer(): SanitizeSite {
  const purifier = DOMPurify(window)
  let contextKey = ''
  let chunks = new Map<string, DocumentFragment>()
  let skeleton: { raw: string; clean: HTMLElement } | null = null

  return (html, context) => {
    const key = JSON.stringify([
      context.baseurl,
      context.pageUrl,
      context.siteUrl,
      context.allowRemote,
      context.assetSource,
      // A new export bumps the asset URLs' version: images must load again.
      context.assetUrl('')
    ])
    if (key !== contextKey) {
      contextKey = key
      chunks = new Map()
      skeleton = null
    }
    // Parsed here, in a document without a browsing context: nothing loads or runs while we look.
    const parsed = new DOMParser().parseFromString(html, 'text/html')
    const next = new Map<string, DocumentFragment>()
    const clean = takeChunks(parsed).map((element) => {
      const raw = element.outerHTML
      let fragment = next.get(raw) ?? chunks.get(raw)
      if (!fragment) {
        fragment = purifier.sanitize(element, chunk)
        placeResources(fragment, context)
      }
      next.set(raw, fragment)
      return fragment
    })
    chunks = next

    const raw = parsed.documentElement.outerHTML
    if (skeleton?.raw !== raw) {
      skeleton = { raw, clean: sanitizeSkeleton(purifier, parsed.documentElement, context) }
    }
    const root = skeleton.clean.cloneNode(true) as HTMLElement
    putChunks(root, clean)
    return root
  }
}

/** The page around the post's blocks: sanitized, resources placed, our CSP first in its head. */
function sanitizeSkeleton(
  purifier: ReturnType<typeof DOMPurify>,
  page: HTMLElement,
  context: SiteSanitizeContext
): HTMLElement {
  const root = purifier.sanitize(page, wholeDocument) as HTMLElement
  placeResources(root, context)
  const document = root.ownerDocument
  let head = root.querySelector('head')
  if (!head) {
    head = document.createElement('head')
    root.prepend(head)
  }
  const csp = document.createElement('meta')
  csp.setAttribute('http-equiv', 'Content-Security-Policy')
  csp.setAttribute('content', frameContentSecurityPolicy(context.assetSource, context.allowRemote))
  // Scroll sync sets offsets itself: a theme's smooth scrolling would fight it.
  const scroll = document.createElement('style')
  scroll.textContent = 'html, body { scroll-behavior: auto !important; }'
  for (const element of [csp, scroll]) element.setAttribute(ownElementAttribute, '')
  head.prepend(csp, scroll)
  return root
}

/** The page as the frame's first `srcdoc`. */
export function serializePage(root: HTMLElement): string {
  return `<!DOCTYPE html>\n${root.outerHTML}`
}
