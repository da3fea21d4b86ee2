import { attributeLoads, isKeptMeta, isPlainStylesheet } from './frame-policy'
import { mapCssUrls, mapResourceUrl, mapSrcset } from './site-urls'
import type { ResourceContext } from './site-urls'

/**
 * The second pass over a page DOMPurify has cleaned (in an inert document, nothing loads yet):
 * every URL that would load something is pointed at the folder's asset route, at the network
 * (only when remote content is on) or at a `data:` image or font; whatever may not load loses its
 * URL. `<link>` keeps only plain stylesheets that load, `<meta>` only the charset and viewport.
 */
export function placeResources(root: Element | DocumentFragment, context: ResourceContext): void {
  const within = Array.from(root.querySelectorAll('*'))
  for (const element of root.nodeType === 1 ? [root as Element, ...within] : within) {
    const tag = element.localName.toLowerCase()
    if (tag === 'link') placeStylesheet(element, context)
    else if (tag === 'meta') {
      const kept = isKeptMeta({
        charset: element.getAttribute('charset'),
        name: element.getAttribute('name'),
        httpEquiv: element.getAttribute('http-equiv')
      })
      if (!kept) element.remove()
    } else {
      if (tag === 'style') element.textContent = mapCssUrls(element.textContent ?? '', context)
      placeAttributes(element, tag, context)
    }
  }
}

function placeStylesheet(link: Element, context: ResourceContext): void {
  const href = isPlainStylesheet(link.getAttribute('rel') ?? '')
    ? mapResourceUrl(link.getAttribute('href') ?? '', 'style', context)
    : null
  if (href === null) {
    link.remove()
    return
  }
  link.setAttribute('href', href)
  for (const attribute of [...link.attributes]) {
    // Only what a stylesheet needs to apply: no preloading, no image candidates, no handlers.
    if (!['rel', 'href', 'media', 'type', 'title'].includes(attribute.name.toLowerCase())) {
      link.removeAttribute(attribute.name)
    }
  }
}

function placeAttributes(element: Element, tag: string, context: ResourceContext): void {
  for (const attribute of [...element.attributes]) {
    const name = attribute.name.toLowerCase()
    let value: string | null
    if (name === 'style') value = mapCssUrls(attribute.value, context)
    else if (name === 'srcset' || name === 'imagesrcset')
      value = mapSrcset(attribute.value, context)
    else {
      const kind = attributeLoads(tag, name)
      if (kind === null) continue
      value = mapResourceUrl(attribute.value, kind, context)
    }
    if (value === null) element.removeAttribute(attribute.name)
    else if (value !== attribute.value) element.setAttribute(attribute.name, value)
  }
}
