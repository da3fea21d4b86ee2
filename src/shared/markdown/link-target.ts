/**
 * What a click on a link in the preview may do. Nothing navigates the window: `#` anchors scroll
 * inside the preview, absolute http(s) and mailto URLs go to the system browser or mail program
 * (after the app asks), and everything else — relative paths, `file:`, `javascript:`, UNC paths,
 * custom schemes — does nothing.
 */
export type LinkTarget = { kind: 'anchor'; id: string } | { kind: 'external'; url: string } | null

const externalProtocols = new Set(['http:', 'https:', 'mailto:'])

export function linkTarget(href: string): LinkTarget {
  const written = href.trim()
  if (written.startsWith('#')) {
    const id = decodeOnce(written.slice(1))
    return id === null || id === '' ? null : { kind: 'anchor', id }
  }
  // A backslash makes browsers read `\\host\share` and `http:\\host` in surprising ways.
  if (written.includes('\\')) return null
  let url: URL
  try {
    url = new URL(written)
  } catch {
    return null
  }
  if (!externalProtocols.has(url.protocol)) return null
  if (url.protocol !== 'mailto:' && url.hostname === '') return null
  return { kind: 'external', url: url.href }
}

function decodeOnce(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}
