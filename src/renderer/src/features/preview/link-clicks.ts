import { linkTarget } from '@shared/markdown/link-target'

/**
 * Handles every click (and middle click) on a link inside the preview: the browser's own action
 * is always cancelled, so no link ever navigates the window or opens one. See
 * src/shared/markdown/link-target for what a link may do instead.
 */
export function handleLinkClick(
  event: MouseEvent,
  scroller: HTMLElement,
  openExternal: (url: string) => void
): void {
  const link = event.target instanceof Element ? event.target.closest('a, area') : null
  if (!link || !scroller.contains(link)) return
  event.preventDefault()
  if (event.type !== 'click' || event.button !== 0) return
  const target = linkTarget(link.getAttribute('href') ?? link.getAttribute('xlink:href') ?? '')
  if (target?.kind === 'external') openExternal(target.url)
  else if (target?.kind === 'anchor') scrollToAnchor(scroller, target.id)
}

/** Scrolls the preview (and only the preview) to the element a `#` link names. */
export function scrollToAnchor(scroller: HTMLElement, id: string): void {
  // The sanitizer prefixes ids and names with `user-content-`; a link names the id as written.
  const prefixed = CSS.escape(`user-content-${id}`)
  const element =
    scroller.querySelector(`#${prefixed}`) ?? scroller.querySelector(`[name="${prefixed}"]`)
  if (!element) return
  const offset = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top
  scroller.scrollTop += offset
}
