/**
 * How many elements a piece of raw HTML leaves open: `<details><summary>…</summary>` gives 1,
 * a lone `</details>` gives -1. The preview renders a post block by block, and a raw HTML block
 * that opens an element closed blocks later (`<details>` around Markdown) must be rendered
 * together with them. One pass, no backtracking: hostile HTML costs linear time.
 */

/** Elements that never take a closing tag. */
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr'
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
    const selfClosing = html[end - 1] === '/'
    if (!voidElements.has(name) && !selfClosing) balance += closing ? -1 : 1
    at = html.indexOf('<', end + 1)
  }
  return balance
}
