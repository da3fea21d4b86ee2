/**
 * A site's stylesheet names its fonts and images by the site's own URLs (`/blog/assets/a.woff2`).
 * Served through the asset route, a root-relative URL would leave the route (the web host's root
 * is the app, Electron's asset origin has no such file), so each one under the `baseurl` becomes a
 * URL relative to the stylesheet, which resolves inside the route on both hosts. Relative and
 * remote URLs are left alone: the first already resolve, the second the frame's policy decides.
 */
const urlFunction = /url\(\s*(['"]?)([^'")]*)\1\s*\)/gi
const importString = /@import\s+(['"])([^'"]*)\1/gi

export function relativeCssUrls(css: string, cssPath: string, baseurl: string): string {
  const rewrite = (url: string): string => relativeUrl(url, cssPath, baseurl) ?? url
  return css
    .replace(urlFunction, (whole, quote: string, url: string) => {
      const next = rewrite(url)
      return next === url ? whole : `url(${quote}${next}${quote})`
    })
    .replace(importString, (whole, quote: string, url: string) => {
      const next = rewrite(url)
      return next === url ? whole : `@import ${quote}${next}${quote}`
    })
}

/** `url` (root-relative, under `baseurl`) relative to the folder of `fromPath`; null to keep it. */
function relativeUrl(url: string, fromPath: string, baseurl: string): string | null {
  if (!url.startsWith('/') || url.startsWith('//')) return null
  const base = baseurl.replace(/\/+$/, '')
  if (base !== '' && url !== base && !url.startsWith(`${base}/`)) return null
  const target = url.slice(base.length).replace(/^\/+/, '').split('/')
  const from = fromPath.split('/').slice(0, -1)
  let shared = 0
  while (shared < from.length && shared < target.length - 1 && from[shared] === target[shared]) {
    shared++
  }
  const ups = from.length - shared
  const rest = target.slice(shared).join('/')
  return ups === 0 ? `./${rest}` : `${'../'.repeat(ups)}${rest}`
}
