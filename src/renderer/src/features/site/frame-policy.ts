import type { ResourceKind } from './site-urls'

/**
 * The decisions the Site view's sanitizer takes, as pure functions: which `<link>` and `<meta>`
 * elements stay, which attributes load what, and the frame's Content-Security-Policy. The frame
 * shows someone else's HTML (a theme), so everything here errs towards leaving things out.
 */

/**
 * The frame's policy, the first element of its `<head>`: nothing runs, and styles, images, fonts
 * and media come only from the folder's asset route (`assets`: `'self'` on the web host,
 * `postcloud-asset:` in Electron), inline styles and `data:` images and fonts, plus the network
 * when the writer turned remote content on.
 */
export function frameContentSecurityPolicy(assets: string, allowRemote: boolean): string {
  const remote = allowRemote ? ' https: http:' : ''
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src ${assets} 'unsafe-inline'${remote}`,
    `img-src ${assets} data:${remote}`,
    `font-src ${assets} data:${remote}`,
    `media-src ${assets}${remote}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "object-src 'none'"
  ].join('; ')
}

/**
 * Whether a `<link>` may stay: only a plain stylesheet (`rel="stylesheet"`, nothing else in it).
 * Prefetch, preload, import, preconnect, icons, manifests and alternate stylesheets go: they load
 * things the page does not show, or open connections.
 */
export function isPlainStylesheet(rel: string): boolean {
  const tokens = rel.toLowerCase().split(/\s+/).filter(Boolean)
  return tokens.length > 0 && tokens.every((token) => token === 'stylesheet')
}

/**
 * Whether a `<meta>` may stay: the charset and the viewport. Never `http-equiv` (refresh, a CSP
 * or cookies of the theme's own), and nothing else: the rest only describes the page to robots.
 */
export function isKeptMeta(attributes: {
  charset: string | null
  name: string | null
  httpEquiv: string | null
}): boolean {
  if (attributes.httpEquiv !== null) return false
  return attributes.charset !== null || attributes.name?.trim().toLowerCase() === 'viewport'
}

/** Elements that run, embed another document, or change where URLs and forms lead. */
export const forbiddenTags = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'fencedframe',
  'noscript'
]

/**
 * Attributes dropped wherever they appear: where a form or link would send things (`action`,
 * `formaction`, `ping`, `target`), focus stolen from the editor while the writer types
 * (`autofocus`), checks the asset route cannot satisfy (`integrity` and `crossorigin` need CORS),
 * documents inside the page (`srcdoc`), and the application cache (`manifest`).
 */
export const forbiddenAttributes = [
  'action',
  'formaction',
  'ping',
  'target',
  'autofocus',
  'integrity',
  'crossorigin',
  'srcdoc',
  'manifest',
  'http-equiv',
  'nonce',
  'codebase',
  'archive',
  'lowsrc',
  'dynsrc'
]

/**
 * What an attribute of an element loads, or null when it loads nothing by itself (a link's `href`
 * only matters when clicked, and clicks are handled by the window). Tag and attribute lower case.
 */
export function attributeLoads(tag: string, attribute: string): ResourceKind | null {
  if (attribute === 'poster' || attribute === 'background') return 'image'
  if (attribute === 'src') {
    // `<video>`, `<audio>`, `<source>`, `<track>`, and any other element: media, no `data:`.
    return tag === 'img' || tag === 'input' ? 'image' : 'media'
  }
  if (attribute === 'href' || attribute === 'xlink:href') {
    // In SVG, `<image>`, `<use>`, `<feImage>` and friends load what `href` names.
    return tag === 'a' || tag === 'area' || tag === 'link' ? null : 'image'
  }
  return null
}
