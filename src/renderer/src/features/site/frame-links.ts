import { linkTarget } from '@shared/markdown/link-target'
import { classifySiteUrl } from './site-urls'
import type { SiteUrlContext } from './site-urls'

/** What a click on a link of the site page asks for, decided from its `href` alone. */
export type FrameLinkAction =
  | { kind: 'external'; url: string }
  | { kind: 'anchor'; id: string }
  /** Another page of the site (`path` relative to the site's root, decoded). */
  | { kind: 'site'; path: string; hash: string }
  | { kind: 'none' }

/**
 * The site's own links stay the site's: a URL under the baseurl, or on the site's own `url`, is a
 * page of the site (the current one when only its `#hash` differs), never the network. Other
 * http(s) and mailto links go out through the window's confirmation; everything else does nothing.
 */
export function frameLinkAction(href: string, context: SiteUrlContext): FrameLinkAction {
  const written = href.trim()
  const anchor = linkTarget(written)
  if (anchor?.kind === 'anchor') return anchor
  const url = classifySiteUrl(written, context)
  if (url.kind === 'site') {
    const here = classifySiteUrl(context.pageUrl, { ...context, baseurl: '' })
    if (url.hash !== '' && here.kind === 'site' && here.path === url.path) {
      return { kind: 'anchor', id: decodeHash(url.hash) }
    }
    return { kind: 'site', path: url.path, hash: url.hash }
  }
  return anchor?.kind === 'external' ? anchor : { kind: 'none' }
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash)
  } catch {
    return hash
  }
}

export interface FrameLinkHandlers {
  /** An http(s) or mailto link: the window asks the writer before anything opens it. */
  askAboutLink(url: string): void
  /** A link to another page of the site; it opens nothing by itself. */
  openSitePage?(path: string): void
}

/**
 * Every click and middle click in the frame: the browser's own action is cancelled, so nothing
 * the page holds navigates the frame or the window, opens a window or submits a form. Only a
 * `<summary>` keeps its click: opening `<details>` changes nothing outside the page.
 */
export function handleFrameClick(
  event: MouseEvent,
  document: Document,
  context: SiteUrlContext,
  handlers: FrameLinkHandlers
): void {
  // The frame's nodes belong to its own realm: `instanceof Element` of the window would fail.
  const target = event.target as Node | null
  const element = target?.nodeType === 1 ? (target as Element) : (target?.parentElement ?? null)
  const link = element?.closest('a[href], area[href]') ?? null
  if (!link && element?.closest('summary') && event.type === 'click') return
  event.preventDefault()
  if (!link || event.type !== 'click' || event.button !== 0) return
  const action = frameLinkAction(link.getAttribute('href') ?? '', context)
  if (action.kind === 'external') handlers.askAboutLink(action.url)
  else if (action.kind === 'anchor') scrollFrameTo(document, action.id)
  else if (action.kind === 'site') handlers.openSitePage?.(action.path)
}

/** Scrolls the frame (and only the frame) to the element a `#` link names. */
export function scrollFrameTo(document: Document, id: string): void {
  const element =
    document.getElementById(id) ?? document.querySelector(`[name="${CSS.escape(id)}"]`)
  const scroller = document.scrollingElement
  if (!element || !scroller) return
  scroller.scrollTop += element.getBoundingClientRect().top
}
