/**
 * How many wrapping elements a piece of raw HTML leaves open: `<details><summary>…</summary>`
 * gives 1, a lone `</details>` gives -1. The preview renders a post block by block, and a raw
 * HTML block that opens a wrapper closed blocks later (`<details>` or `<div>` around Markdown)
 * must be rendered together with them. Only elements that wrap Markdown in real posts count: an
 * unclosed `<p>`, `<svg>` or `<table>` is the browser's to repair within its own block. One pass,
 * no backtracking: hostile HTML costs linear time.
 */

const wrappers = new Set([
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'div',
  'figure',
  'footer',
  'header',
  'main',
  'nav',
  'section'
])

export function openElementBalance(html: string): number {
  let balance = 0
  let at = html.indexOf('<')
  while (at >= 0) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4)
      if (end < 0) break
      at = html.indexOf('<', end + 3)
      continue
    }
    const closing = html[at + 1] === '/'
    const nameStart = at + (closing ? 2 : 1)
    let nameEnd = nameStart
    while (nameEnd < html.length && /[A-Za-z0-9-]/.test(html[nameEnd])) nameEnd++
    const name = html.slice(nameStart, nameEnd).toLowerCase()
    if (name === '' || !/[a-z]/.test(name[0])) {
      at = html.indexOf('<', at + 1)
      continue
    }
    // With no `>` after this tag there is no later tag either.
    const end = html.indexOf('>', nameEnd)
    if (end < 0) break
    if (wrappers.has(name) && html[end - 1] !== '/') balance += closing ? -1 : 1
    at = html.indexOf('<', end + 1)
  }
  return balance
}
